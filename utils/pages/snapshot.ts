/**
 * Scrubbed page snapshot for bug reports about pages a reader did not recognise
 * (architecture.md "Failure policy": "copy scrubbed page snapshot").
 *
 * Keeps what a developer needs to write a new fixture: the element tree (open shadow roots as
 * declarative `<template shadowrootmode="open">`, same-origin frames as `srcdoc`), data-test-id, id,
 * class, role, aria-* and label text. Removes what could identify a person: names, addresses,
 * e-mails, phone numbers, message bodies and any other free text become placeholders; scripts,
 * styles, event handlers, form values and URL queries are dropped; digits are masked so that
 * dates and ids keep their shape ("Nov 00, 0000 PST") but not their value.
 *
 * Free text is kept only when every word of it is in a closed vocabulary of Seller Central labels
 * (snapshot-vocabulary.ts): an allow-list, so an unknown word (a name, a city) never survives.
 */
import { isLabelText, maskDigits } from './snapshot-vocabulary';

/** Placeholder kinds written in place of personal or free text. */
type Placeholder = '[name]' | '[address]' | '[email]' | '[phone]' | '[message]' | '[text]';

const DROP_ELEMENTS = new Set(['script', 'style', 'noscript', 'link', 'meta', 'base', 'object', 'embed', 'canvas']);
const EMPTY_ELEMENTS = new Set(['svg', 'math', 'textarea', 'video', 'audio']);
const VOID_ELEMENTS = new Set(['area', 'br', 'col', 'hr', 'img', 'input', 'source', 'track', 'wbr']);
/** Attributes kept verbatim: structure, not content. */
const KEEP_ATTRS = new Set([
  'id', 'class', 'role', 'data-test-id', 'data-testid', 'lang', 'dir', 'name', 'type', 'for', 'hidden',
  'disabled', 'colspan', 'rowspan', 'slot', 'part', 'autocomplete', 'selected-tab', 'shadowrootmode',
]);
/** Attributes whose value is label text (kat-* components render their text from `label`). */
const TEXT_ATTRS = new Set(['title', 'alt', 'placeholder', 'label', 'heading', 'aria-label', 'aria-description',
  'aria-valuetext', 'aria-placeholder', 'aria-roledescription', 'aria-braillelabel']);
const URL_ATTRS = new Set(['href', 'src', 'action', 'formaction', 'poster', 'data-href']);
/** Form state: never copied (the seller may have typed a buyer's details). */
const FORM_VALUE_ATTRS = new Set(['value', 'checked', 'selected', 'srcset', 'style']);

const EMAIL = /[^\s@<>"']+@[^\s@<>"']+\.[^\s@<>"']+/;
// Only digits and phone punctuation, optionally a leading +.
const PHONE = /^\+?[\d ()./-]{7,}$/;
const ORDER_ID = /^\d{3}-\d{7}-\d{7}$/;

/** Element hints (data-test-id, id, class, name, autocomplete) that mark personal content. */
const HINTS: ReadonlyArray<[RegExp, Placeholder]> = [
  [/e-?mail/i, '[email]'],
  [/phone|\btel\b|mobile/i, '[phone]'],
  [/address|street|postal|zip-?code|\bcity\b/i, '[address]'],
  [/message-?(body|text|content)|body-?text|snippet|comment|\bnote/i, '[message]'],
  [/buyer|recipient|customer-?name|sender-?name|\bname\b|full-?name/i, '[name]'],
];

function hintOf(el: Element): Placeholder | null {
  const keys = [el.getAttribute('data-test-id'), el.getAttribute('data-testid'), el.id,
    el.getAttribute('class'), el.getAttribute('name'), el.getAttribute('autocomplete')]
    .filter((v): v is string => !!v).join(' ');
  if (!keys) return null;
  // A label element ("buyer-name-label") describes the personal value; its own text is a label.
  if (/label|heading|title/i.test(keys)) return null;
  for (const [re, placeholder] of HINTS) if (re.test(keys)) return placeholder;
  return null;
}

/** Free text → itself (label vocabulary, digits masked) or a placeholder. */
export function scrubText(text: string, context: Placeholder | null = null): string {
  const trimmed = text.trim();
  // Whitespace collapses to one space, so a snapshot of a snapshot is the same snapshot.
  if (!trimmed) return text ? ' ' : '';
  if (context) return context;
  if (EMAIL.test(trimmed)) return '[email]';
  if (ORDER_ID.test(trimmed)) return maskDigits(trimmed);
  // Digits are masked anyway; a number that looks like a phone number is named so for the reader.
  if (PHONE.test(trimmed) && (/^\+|\(/.test(trimmed) || (trimmed.match(/\d/g)?.length ?? 0) >= 10)) return '[phone]';
  if (isLabelText(trimmed)) return maskDigits(trimmed);
  // "Label: value" keeps the label so the snapshot still shows which field held the value.
  const colon = /^([^:：]{1,60}[:：])\s*(.+)$/s.exec(trimmed);
  if (colon && isLabelText(colon[1] ?? '')) return `${colon[1]} ${scrubText(colon[2] ?? '')}`;
  return '[text]';
}

/** Absolute http(s) URL without query or hash, digits masked; anything else is dropped. */
export function shapeUrl(value: string, base: string): string | null {
  let u: URL;
  try {
    u = new URL(value, base);
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
  // Ids in paths (order, claim, thread) lose their digits; route names such as "orders-v3" keep theirs.
  const path = u.pathname.split('/').map((seg) => {
    if (seg.includes('@') || seg.includes('%40')) return '[email]';
    return (seg.match(/\d/g)?.length ?? 0) >= 4 ? maskDigits(seg) : seg;
  }).join('/');
  return `${u.protocol}//${u.host}${path}`;
}

const escText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escAttr = (s: string) => escText(s).replace(/"/g, '&quot;');

function attributes(el: Element, base: string): string {
  let out = '';
  for (const attr of Array.from(el.attributes)) {
    const name = attr.name.toLowerCase();
    let value: string | null = null;
    if (name.startsWith('on') || FORM_VALUE_ATTRS.has(name)) continue;
    if (KEEP_ATTRS.has(name)) value = attr.value;
    else if (TEXT_ATTRS.has(name)) value = scrubText(attr.value);
    else if (URL_ATTRS.has(name)) value = shapeUrl(attr.value, base);
    // Other aria-* carry id references and states (aria-selected, aria-controls): structure.
    else if (name.startsWith('aria-')) value = attr.value;
    // Other data-* may carry ids or text: keep the name, scrub the value.
    else if (name.startsWith('data-')) value = attr.value === '' ? '' : scrubText(attr.value);
    if (value === null) continue;
    out += value === '' ? ` ${name}` : ` ${name}="${escAttr(value)}"`;
  }
  return out;
}

function frameDocument(el: Element): Document | null {
  try {
    // Cross-origin frames throw (or return null): they are left empty.
    return (el as HTMLIFrameElement).contentDocument ?? null;
  } catch {
    return null;
  }
}

function serializeChildren(parent: Node, base: string, context: Placeholder | null, depth: number): string {
  let out = '';
  for (const child of Array.from(parent.childNodes)) {
    const piece = serializeNode(child, base, context, depth);
    // Dropped elements leave neighbouring spaces; one is enough (and keeps snapshots idempotent).
    if (piece === ' ' && (out === '' ? false : out.endsWith(' '))) continue;
    out += piece;
  }
  return out;
}

function serializeNode(node: Node, base: string, context: Placeholder | null, depth: number): string {
  if (depth > 200) return '';
  if (node.nodeType === 3) {
    const parentTag = node.parentElement?.localName;
    const text = node.textContent ?? '';
    return parentTag && EMPTY_ELEMENTS.has(parentTag) ? '' : escText(scrubText(text, text.trim() ? context : null));
  }
  if (node.nodeType !== 1) return '';
  const el = node as Element;
  const tag = el.localName;
  // SFP Guide's own overlay and row chips are not the page being reported.
  if (DROP_ELEMENTS.has(tag) || tag.startsWith('sfp-guide-') || !/^[a-z][a-z0-9-]*$/.test(tag)) return '';
  const ctx = context ?? hintOf(el);
  let open = `<${tag}${attributes(el, base)}`;
  if (tag === 'iframe' || tag === 'frame') {
    const inner = frameDocument(el);
    if (inner?.documentElement) {
      const innerBase = inner.URL && inner.URL !== 'about:srcdoc' && inner.URL !== 'about:blank' ? inner.URL : base;
      open += ` srcdoc="${escAttr(serializeDocument(inner, innerBase, depth + 1))}"`;
    }
    return `${open}></${tag}>`;
  }
  if (VOID_ELEMENTS.has(tag)) return `${open}>`;
  if (EMPTY_ELEMENTS.has(tag)) return `${open}></${tag}>`;
  let inner = '';
  const shadow = (el as HTMLElement).shadowRoot;
  if (shadow && shadow.mode === 'open') {
    inner += `<template shadowrootmode="open">${serializeChildren(shadow, base, ctx, depth + 1)}</template>`;
  }
  const content = tag === 'template' ? (el as HTMLTemplateElement).content : el;
  inner += serializeChildren(content ?? el, base, ctx, depth + 1);
  return `${open}>${inner}</${tag}>`;
}

function serializeDocument(doc: Document, base: string, depth: number): string {
  const root = doc.documentElement;
  return `<!doctype html>${root ? serializeNode(root, base, null, depth) : ''}`;
}

/**
 * Scrubbed HTML snapshot of a page for bug reports: structure and labels kept, personal text removed.
 * Never throws; a failure yields a one-line comment saying so.
 */
export function snapshotPage(doc: Document): string {
  try {
    const base = doc.URL || 'https://invalid.example/';
    const where = shapeUrl(base, base) ?? '';
    return `<!-- SFP Guide scrubbed snapshot of ${where}; text replaced by placeholders, digits masked -->\n`
      + serializeDocument(doc, base, 0);
  } catch (error) {
    return `<!-- SFP Guide snapshot failed: ${escText(error instanceof Error ? error.name : 'error')} -->`;
  }
}

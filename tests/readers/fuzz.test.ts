/**
 * Fuzzing every reader on mutated fixture pages (issue 4 "Fuzzing"): nodes dropped, duplicated and shuffled (light
 * DOM, open shadow roots and same-origin frames alike), random text injected, the page language swapped. Whatever
 * the mutation, a reader must not throw, must answer within a bound, must answer a schema-valid result, and must
 * not return a date that is not on the (mutated) page.
 */
import * as v from 'valibot';
import fc from 'fast-check';
import { parseDate, parseDateRange } from '../../utils/pages/dates';
import { scanRow } from '../../utils/pages/list-rows';
import { readMessages } from '../../utils/pages/messages';
import { MESSAGE_DECISIONS } from '../../utils/policy/classify';
import { ObservationSchema, type ReadResult } from '../../utils/pages/observation';
import { readOrderDetails } from '../../utils/pages/order-details';
import { readOrderList } from '../../utils/pages/order-list';
import type { ReadContext } from '../../utils/pages/read-context';
import { readReturns } from '../../utils/pages/returns';
import { readSafet } from '../../utils/pages/safet';
import { MARKETPLACES, MARKETPLACE_CODES } from '../../utils/marketplaces';
import { fixtureText, pageFixtures, parsePage } from './page-fixtures';

const NOW = new Date('2026-11-27T13:00:00.000Z');
const LANGS = ['en-US', 'en-GB', 'de-DE', 'fr-FR', 'it-IT', 'es-ES', 'ja-JP', '', 'xx-YY'];
const RUNS = 30;
/** A reader must answer well within this, even though it waits (waitMs below) for anchors that may be gone. */
const ANSWER_WITHIN_MS = 4000;

type Reader = (doc: Document, ctx: ReadContext) => Promise<ReadResult>;
const READERS: ReadonlyArray<{ kind: string; read: Reader; prefix: string; url: string }> = [
  { kind: 'order-details', read: readOrderDetails, prefix: 'order-details-', url: 'https://sellercentral.amazon.com/orders-v3/order/112-4738291-5047863' },
  { kind: 'order-list', read: readOrderList, prefix: 'order-list-', url: 'https://sellercentral.amazon.com/orders-v3' },
  { kind: 'messages', read: (doc, c) => readMessages(doc, c, MESSAGE_DECISIONS), prefix: 'messages-', url: 'https://sellercentral.amazon.com/messaging/inbox-v3' },
  { kind: 'returns', read: readReturns, prefix: 'returns-', url: 'https://sellercentral.amazon.com/returns/list' },
  { kind: 'safet', read: readSafet, prefix: 'safet-', url: 'https://sellercentral.amazon.com/safet-claims#/claims' },
];

/** The fixture's own URL (its header comment says "URL: …"), else the kind's default. */
function fixtureUrl(html: string, fallback: string): string {
  const m = /URL:\s+(https:\/\/\S+)/.exec(html);
  return m?.[1] ?? fallback;
}

/** Every element of a document: light DOM, open shadow roots, same-origin frame documents. */
function allElements(root: Document | ShadowRoot | Element, out: Element[] = []): Element[] {
  for (let c = root.firstElementChild; c; c = c.nextElementSibling) {
    out.push(c);
    if (c.shadowRoot) allElements(c.shadowRoot, out);
    const frame = c.localName === 'iframe' ? (c as HTMLIFrameElement).contentDocument : null;
    if (frame) allElements(frame, out);
    allElements(c, out);
  }
  return out;
}

/** Text of a whole page, frames included, for the "date on the page" check. */
function pageText(doc: Document): string {
  const frames = allElements(doc).filter((e) => e.localName === 'iframe')
    .map((f) => (f as HTMLIFrameElement).contentDocument).filter((d): d is Document => !!d);
  return [scanRow(doc).text, ...frames.map((d) => scanRow(d).text)].join(' ');
}

/**
 * Every instant a run of up to 14 words of the page can be read as (single dates and ranges, in the given languages
 * and zones): a generous superset of what a reader may legitimately return. Runs without a year are skipped
 * (dates.ts refuses dates without one; a range side borrows it from the other side, which is in the run).
 */
function instantsOnPage(text: string, langs: readonly string[], zones: readonly string[]): Set<string> {
  const words = text.split(' ');
  const out = new Set<string>();
  const add = (r: { from: Date; to: Date } | null) => {
    if (r) out.add(r.from.toISOString()).add(r.to.toISOString());
  };
  for (let i = 0; i < words.length; i++) {
    for (let n = 1; n <= 14 && i + n <= words.length; n++) {
      const s = words.slice(i, i + n).join(' ');
      if (!/\d{4}|年/.test(s)) continue;
      for (const lang of langs) {
        for (const timeZone of zones) {
          add(parseDate(s, { lang, timeZone }));
          if (n >= 3) add(parseDateRange(s, { lang, timeZone }));
        }
      }
    }
  }
  return out;
}

/** Zones a reader may use on this page: the host's marketplace and any marketplace named on the page. */
function zonesFor(url: string, text: string): string[] {
  const zones = new Set<string>();
  const host = new URL(url).hostname;
  for (const c of MARKETPLACE_CODES) {
    const m = MARKETPLACES[c];
    if (m.hosts.includes(host) || text.toLowerCase().includes(m.salesChannel.toLowerCase())) zones.add(m.timeZone);
  }
  return [...zones];
}

/** ISO instants anywhere in an observation. */
function instantsIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)) out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => instantsIn(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => instantsIn(v, out));
  return out;
}

type Op =
  | { op: 'drop'; at: number }
  | { op: 'duplicate'; at: number }
  | { op: 'shuffle'; at: number; seed: number }
  | { op: 'inject'; at: number; text: string }
  | { op: 'lang'; lang: string };

const HOSTILE = ['', ' ', '\u200b', '\u202e', '<b>x</b>', 'Order ID:', 'Reply by', 'Status:', '?', '年月日', '99:99 PM PST', 'NaN', '－'];

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant('drop' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('shuffle' as const), at: fc.nat(), seed: fc.nat() }),
  fc.record({ op: fc.constant('inject' as const), at: fc.nat(), text: fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom(...HOSTILE)) }),
  fc.record({ op: fc.constant('lang' as const), lang: fc.constantFrom(...LANGS) }),
);

function mutate(doc: Document, ops: Op[]): void {
  for (const o of ops) {
    if (o.op === 'lang') {
      doc.documentElement?.setAttribute('lang', o.lang);
      continue;
    }
    const els = allElements(doc).filter((e) => e.localName !== 'html' && e.localName !== 'head' && e.localName !== 'body');
    if (!els.length) return;
    const el = els[o.at % els.length] as Element;
    const parent = el.parentNode;
    if (!parent) continue;
    if (o.op === 'drop') el.remove();
    else if (o.op === 'duplicate') parent.insertBefore(el.cloneNode(true), el.nextSibling);
    else if (o.op === 'inject') el.insertBefore(el.ownerDocument.createTextNode(o.text), el.childNodes[o.at % (el.childNodes.length + 1)] ?? null);
    else {
      const kids = Array.from(parent.childNodes);
      let seed = o.seed;
      for (let i = kids.length - 1; i > 0; i--) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        const j = seed % (i + 1);
        [kids[i], kids[j]] = [kids[j] as ChildNode, kids[i] as ChildNode];
      }
      for (const k of kids) parent.appendChild(k);
    }
  }
}

function withinBound<T>(p: Promise<T>): Promise<T> {
  return Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error('reader hung')), ANSWER_WITHIN_MS))]);
}

describe.each(READERS)('fuzzing $kind', ({ read, prefix, url }) => {
  const files = pageFixtures(prefix);
  const pages = files.map((f) => ({ file: f, html: fixtureText(`pages/${f}`) }));

  it('has fixtures to mutate', () => expect(files.length).toBeGreaterThanOrEqual(4));

  // Instants the unmutated page shows, in every language the mutations may switch to (computed once per fixture).
  const cache = new Map<string, Set<string>>();
  const original = (page: { file: string; html: string }) => {
    let set = cache.get(page.file);
    if (!set) {
      const pageUrl = fixtureUrl(page.html, url);
      const text = pageText(parsePage(page.html, pageUrl));
      cache.set(page.file, (set = instantsOnPage(text, LANGS, zonesFor(pageUrl, text))));
    }
    return set;
  };

  it('never throws, never hangs, answers a valid result and no date that is not on the page', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...pages), fc.array(opArb, { minLength: 1, maxLength: 6 }), async (page, ops) => {
        const pageUrl = fixtureUrl(page.html, url);
        const doc = parsePage(page.html, pageUrl);
        mutate(doc, ops);
        const result = await withinBound(read(doc, { url: pageUrl, now: NOW, fetchJson: null, waitMs: 5 }));
        expect(['ok', 'unrecognised', 'signed-out']).toContain(result.status);
        if (result.status !== 'ok') return;
        expect(v.safeParse(ObservationSchema, result.observation).success).toBe(true);
        const returned = instantsIn({ ...result.observation, observedAt: undefined });
        const unmutated = original(page);
        const unexplained = returned.filter((i) => !unmutated.has(i));
        if (!unexplained.length) return;
        // Mutations can bring words together: read the mutated page itself for what the original did not show.
        const text = pageText(doc);
        const lang = doc.documentElement?.getAttribute('lang') ?? '';
        const onPage = instantsOnPage(text, [...new Set([lang, ...LANGS])], zonesFor(pageUrl, text));
        for (const instant of unexplained) expect(onPage, `${page.file}: ${instant}`).toContain(instant);
      }),
      { numRuns: RUNS },
    );
  }, 120_000);
});

describe('the "date on the page" check can fail', () => {
  it('finds dates that are on the page and refuses one that is not', () => {
    const onPage = instantsOnPage('Reply by Nov 30, 2026 11:59 PM PST and Fri, Nov 27, 2026', ['en-US'], ['America/Los_Angeles']);
    expect(onPage).toContain('2026-12-01T07:59:00.000Z');
    expect(onPage).toContain('2026-11-27T08:00:00.000Z');
    expect(onPage).not.toContain('2026-11-29T08:00:00.000Z');
  });
});

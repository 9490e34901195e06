/**
 * Finds, for each list row, the element that shows its key (order id, claim id) so a chip can sit beside it.
 * One linear pass over the document's text, descending into open shadow roots (Seller Central renders
 * rows inside kat-* web components) and same-origin frames (seller-central-pages.md, Buyer Messages).
 * Never clicks or changes anything; only reads.
 */

const ORDER_ID_IN_TEXT = /(?<![\d-])\d{3}-\d{7}-\d{7}(?![\d-])/g;
const ORDER_ID_LENGTH = 19;
/** Our own hosts and non-visible content are skipped. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'SFP-GUIDE-CHIP', 'SFP-GUIDE-OVERLAY']);
/** Row-like containers: an occurrence inside one of these beats one in a page header or thread view. */
const ROW_SELECTOR = 'tr, [role="row"], li, kat-table-row, [data-test-id*="row"]';

/** Where a row's chip goes: the element showing the key, and whether it sits inside a row container. */
export interface RowAnchor {
  element: Element;
  inRow: boolean;
}

/**
 * Key → anchor element. Keys shaped like order ids are matched as whole ids; other keys (claim ids)
 * by substring. The first occurrence inside a row container wins, else the first occurrence.
 */
export function findRowAnchors(root: Document, keys: readonly string[]): Map<string, RowAnchor> {
  const found = new Map<string, RowAnchor>();
  if (keys.length === 0 || !root.body) return found;
  const orderKeys = new Set(keys.filter((k) => /^\d{3}-\d{7}-\d{7}$/.test(k)));
  const otherKeys = keys.filter((k) => k && !orderKeys.has(k));

  const consider = (key: string, element: Element) => {
    const prev = found.get(key);
    if (prev?.inRow) return;
    const inRow = inRowContainer(element);
    if (!prev || inRow) found.set(key, { element, inRow });
  };

  // Most text nodes are short labels: those that cannot hold a key are passed over without a regex.
  const shortest = Math.max(4, Math.min(orderKeys.size > 0 ? ORDER_ID_LENGTH : Infinity, ...otherKeys.map((k) => k.length)));
  const visitText = (text: string, parent: Element) => {
    if (orderKeys.size > 0 && text.length >= ORDER_ID_LENGTH && text.includes('-')) {
      for (const m of text.matchAll(ORDER_ID_IN_TEXT)) if (orderKeys.has(m[0])) consider(m[0], parent);
    }
    for (const k of otherKeys) if (text.includes(k)) consider(k, parent);
  };

  const walk = (node: Node, depth: number) => {
    // Depth guard: hostile or pathological markup must not make us recurse without end.
    if (depth > 400) return;
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const parent = child.parentElement;
        const text = child.nodeValue;
        if (parent && text && text.length >= shortest) visitText(text, parent);
      } else if (child.nodeType === 1) {
        const el = child as Element;
        if (SKIP.has(el.tagName)) continue;
        if (el.shadowRoot) walk(el.shadowRoot, depth + 1);
        if (el.tagName === 'IFRAME') {
          const inner = sameOriginDocument(el as HTMLIFrameElement);
          if (inner?.body) walk(inner.body, depth + 1);
          continue;
        }
        walk(el, depth + 1);
      }
    }
  };
  walk(root.body, 0);
  return found;
}

/** Whether the element sits in a row container, looking through shadow roots (a cell inside a kat-table-row). */
function inRowContainer(element: Element): boolean {
  let el: Element | null = element;
  for (let hops = 0; el && hops < 50; hops++) {
    if (el.closest(ROW_SELECTOR)) return true;
    const root = el.getRootNode();
    el = root instanceof ShadowRoot ? root.host : null;
  }
  return false;
}

function sameOriginDocument(frame: HTMLIFrameElement): Document | null {
  try {
    return frame.contentDocument;
  } catch {
    return null; // cross-origin: not ours to read
  }
}

const INLINE = new Set(['A', 'SPAN', 'STRONG', 'B', 'EM', 'I', 'SMALL', 'LABEL', 'KAT-LINK', 'ABBR', 'CODE']);

/**
 * Puts `host` beside the anchor without touching the table structure: after an inline element that shows
 * the key (a link, a span), or as the last child of a block that shows it (a cell, a div).
 */
export function placeBeside(anchor: Element, host: Element): void {
  if (INLINE.has(anchor.tagName) && anchor.parentNode) anchor.after(host);
  else anchor.append(host);
}

/**
 * Reader of Manage Seller Fulfilled Returns (/returns/list): per return request the order id, state, request /
 * delivery / refund dates, refunded at first scan, refund issued and Amazon's reason code or label.
 * Sources in order (issue 4): the page's own JSON (returns-json.ts; one GET per page view, cached by api.ts,
 * skipped when ctx.fetchJson is off), then the DOM rows (returns-anchors.ts). Source: shared/domain/
 * seller-central-pages.md "Manage Returns". Buyer comments are never read. Never throws.
 */
import * as v from 'valibot';
import { getJson } from './api';
import { deepQuery, deepQueryFirst, normText } from './dom';
import {
  buttonTexts, dateIn, firstMatching, labelledValues, looksSignedOut, orderIdIn, pageContext, safeId, scanRow, type PageContext,
} from './list-rows';
import { ReturnsObservationSchema, type ReadResult, type ReturnsObservation, type Source } from './observation';
import { DEFAULT_WAIT_MS, type ReadContext } from './read-context';
import {
  FIRST_SCAN_TEXT, ISSUE_REFUND_BUTTON, ISSUE_REFUND_WORDS, LABELS, LIST_SELECTORS, PRIOR_REFUND_TEXT, ROW_SELECTORS, STATUS_WORDS, STOPS,
} from './returns-anchors';
import { ReturnRequestsEnvelopeSchema, returnsJsonPath, rowsFromJson } from './returns-json';
import { waitForAnchors } from './wait';

type ReturnRow = ReturnsObservation['rows'][number];

function stateOf(status: string | null): ReturnRow['state'] {
  if (!status) return 'unknown';
  for (const [re, state] of STATUS_WORDS) if (re.test(status)) return state;
  return 'unknown';
}


/** Amazon's reason label: short, no digits, no e-mail; anything else is dropped rather than kept as free text. */
function reasonOf(text: string | null): string | undefined {
  const t = text ? normText(text) : '';
  return t && t.length <= 80 && !/[\d@]/.test(t) ? t : undefined;
}

function readDomRow(el: Element, page: PageContext): ReturnRow | null {
  const { text } = scanRow(el);
  const v = labelledValues(text, LABELS, STOPS);
  const orderId = orderIdIn(v.orderId) ?? orderIdIn(text);
  if (!orderId) return null;
  const status = v.status;
  let state = stateOf(status);
  const firstScan = FIRST_SCAN_TEXT.test(text);
  // Buttons are looked up only when the words are there at all: most rows cost no query.
  const issueButton = ISSUE_REFUND_WORDS.test(text) && buttonTexts(el).some((b) => ISSUE_REFUND_BUTTON.test(b));
  // A refund date shown ("Refund issued: …", "Remboursé le : …", "Erstattet am: …") is a refund issued, whatever the
  // status word says — also when the date itself cannot be placed (no zone, no marketplace): its label says enough.
  const refundShown = !!v.refunded?.trim();
  const refundIssued = PRIOR_REFUND_TEXT.test(text) || state === 'refunded' || refundShown ? true : issueButton ? false : null;
  if (state === 'closed' && refundIssued) state = 'refunded';
  const row: ReturnRow = {
    orderId, state,
    // Absence of the badge is not evidence: the badges show only under "View more details".
    refundedAtFirstScan: firstScan ? true : null,
    refundIssued,
  };
  const id = safeId(el.getAttribute('data-return-request-id'), 60);
  if (id) row.returnRequestId = id;
  const requested = dateIn(v.requested, page);
  if (requested) row.requestedAt = requested.from.toISOString();
  const delivered = dateIn(v.delivered, page);
  if (delivered) row.deliveredAt = delivered.from.toISOString();
  const refunded = dateIn(v.refunded, page);
  if (refunded) row.refundedAt = refunded.from.toISOString();
  const reason = reasonOf(v.reason);
  if (reason) row.reason = reason;
  return row;
}

function findList(doc: Document): Element | null {
  return deepQueryFirst(doc, LIST_SELECTORS);
}

function observation(page: PageContext, ctx: ReadContext, source: Source, rows: ReturnRow[]): ReadResult<ReturnsObservation> {
  const o: ReturnsObservation = { kind: 'returns', marketplace: page.marketplace, observedAt: ctx.now.toISOString(), source, rows };
  const checked = v.safeParse(ReturnsObservationSchema, o);
  return checked.success ? { status: 'ok', observation: checked.output as ReturnsObservation } : { status: 'unrecognised', missing: ['valid-observation'] };
}

async function readDom(doc: Document, ctx: ReadContext, page: PageContext): Promise<ReadResult<ReturnsObservation>> {
  const waited = await waitForAnchors(doc, [{
    name: 'returns-list|return-request-row',
    test: (d) => findList(d) ?? deepQuery(d, ROW_SELECTORS[0]),
  }], { timeoutMs: ctx.waitMs ?? DEFAULT_WAIT_MS, signal: ctx.signal, deep: true });
  if (ctx.signal?.aborted) return { status: 'unrecognised', missing: ['aborted'] };
  const list = findList(doc);
  const found = list ? firstMatching(list, ROW_SELECTORS) : firstMatching(doc, ROW_SELECTORS.slice(0, 1));
  if (!list && !found) {
    return { status: 'unrecognised', missing: waited.missing.length ? ['returns-list', 'return-request-row'] : ['return-request-row'] };
  }
  const rows: ReturnRow[] = [];
  for (const el of found?.els ?? []) {
    const row = readDomRow(el, page);
    if (row) rows.push(row);
  }
  // Rows on screen but none with an order id: the layout changed; say so rather than "no returns".
  if (found?.els.length && !rows.length && found.selector === ROW_SELECTORS[0]) {
    return { status: 'unrecognised', missing: ['readable-return-row'] };
  }
  return observation(page, ctx, found && found.selector !== ROW_SELECTORS[0] ? 'text' : 'dom', rows);
}

/**
 * Reads the Manage Returns page: JSON first (when allowed and valid), else the DOM. JSON that answers signed-out
 * makes the reader answer 'signed-out'; invalid or failed JSON falls back to the DOM; an empty JSON list defers to
 * rows shown in the DOM, if any.
 */
export async function readReturns(doc: Document, ctx: ReadContext): Promise<ReadResult<ReturnsObservation>> {
  try {
    if (looksSignedOut(doc)) return { status: 'signed-out' };
    const page = pageContext(doc, ctx);
    const json = await getJson(ctx, returnsJsonPath(ctx.url), ReturnRequestsEnvelopeSchema);
    if (json.status === 'signed-out') return json;
    if (json.status === 'ok') {
      const { rows } = rowsFromJson(json.data);
      if (rows.length || !json.data.returnRequests.length) {
        if (rows.length) return observation(page, ctx, 'json', rows);
        const dom = await readDom(doc, { ...ctx, waitMs: 0 }, page);
        return dom.status === 'ok' && dom.observation.rows.length ? dom : observation(page, ctx, 'json', []);
      }
      // Every request failed validation: the JSON changed shape; the DOM decides.
    }
    return await readDom(doc, ctx, page);
  } catch {
    return { status: 'unrecognised', missing: ['reader-error'] };
  }
}

/**
 * Reader of SAFE-T claims: the claims list (/safet-claims, hash-routed), a claim's page (/safet-claims/claim/<id>)
 * and the filing page (/safet-claims/create-v2, where only the order id the seller entered is read).
 * Per claim: claim id, order id, status (per-claim text, else the selected tab), reply-by and appeal-by deadlines.
 * A deadline shown without a time stands for the end of that day (its last instant), never its start.
 * Source: shared/domain/seller-central-pages.md "SAFE-T"; anchors and words in safet-anchors.ts. Never throws.
 */
import * as v from 'valibot';
import { pagePath } from './detect';
import { deepQuery, deepQueryFirst, normText } from './dom';
import {
  collectRows, dateIn, firstMatching, labelledValues, looksSignedOut, orderIdIn, pageContext, scanRow,
  type PageContext,
} from './list-rows';
import { SafetObservationSchema, type ReadResult, type SafetObservation, type Source } from './observation';
import { DEFAULT_WAIT_MS, type ReadContext } from './read-context';
import {
  CLAIM_ID, FILING_INPUT_SELECTORS, LABELS, LIST_SELECTORS, ROW_SELECTORS, STATUS_WORDS, STOPS,
} from './safet-anchors';
import { waitForAnchors } from './wait';

type Claim = SafetObservation['claims'][number];

function statusIn(text: string | null | undefined): Claim['status'] | null {
  if (!text) return null;
  for (const [re, status] of STATUS_WORDS) if (re.test(text)) return status;
  return null;
}

/** The selected tab's status ("Awaiting Seller Response" …), from role="tab" aria-selected or kat-tab selected. */
function selectedTabStatus(doc: Document): Claim['status'] | null {
  const tabs = collectRows(doc, (el) => el.getAttribute('role') === 'tab' || el.localName === 'kat-tab');
  for (const tab of tabs) {
    const selected = tab.getAttribute('aria-selected') === 'true' || tab.hasAttribute('selected');
    if (selected) return statusIn(scanRow(tab).text);
  }
  // kat-tabs names its selected tab in an attribute.
  const katTabs = deepQuery(doc, 'kat-tabs[selected]');
  return katTabs ? statusIn(katTabs.getAttribute('selected')) : null;
}

function deadline(value: string | null, page: PageContext): string | undefined {
  const d = dateIn(value, page);
  return d ? d.to.toISOString() : undefined;
}

function readClaim(el: Element | Document, page: PageContext, tabStatus: Claim['status'] | null, urlClaimId?: string): Claim | null {
  const { text } = scanRow(el);
  const v = labelledValues(text, LABELS, STOPS);
  const claimId = (v.claimId ? CLAIM_ID.exec(v.claimId)?.[1] : undefined) ?? urlClaimId;
  if (!claimId) return null;
  const status = statusIn(v.status) ?? statusIn(text) ?? tabStatus ?? 'unknown';
  const claim: Claim = { claimId, status };
  const orderId = orderIdIn(v.orderId) ?? orderIdIn(text);
  if (orderId) claim.orderId = orderId;
  const replyBy = deadline(v.replyBy, page);
  if (replyBy) claim.replyBy = replyBy;
  const appealBy = deadline(v.appealBy, page);
  if (appealBy) claim.appealBy = appealBy;
  return claim;
}

function observation(page: PageContext, ctx: ReadContext, source: Source, claims: Claim[], filingOrderId?: string): ReadResult<SafetObservation> {
  const o: SafetObservation = { kind: 'safet', marketplace: page.marketplace, observedAt: ctx.now.toISOString(), source, claims };
  if (filingOrderId) o.filingOrderId = filingOrderId;
  const checked = v.safeParse(SafetObservationSchema, o);
  return checked.success ? { status: 'ok', observation: checked.output as SafetObservation } : { status: 'unrecognised', missing: ['valid-observation'] };
}

function filingInput(doc: Document): Element | null {
  return deepQueryFirst(doc, FILING_INPUT_SELECTORS);
}

async function readFiling(doc: Document, ctx: ReadContext, page: PageContext): Promise<ReadResult<SafetObservation>> {
  await waitForAnchors(doc, [{ name: 'safet-order-id-input', test: filingInput }],
    { timeoutMs: ctx.waitMs ?? DEFAULT_WAIT_MS, signal: ctx.signal, deep: true });
  const input = filingInput(doc);
  if (!input) return { status: 'unrecognised', missing: ['safet-order-id-input'] };
  // The typed value lives in the property (kat-input mirrors it to its inner input); the attribute is the default.
  const inner = input.shadowRoot?.querySelector('input');
  const value = normText((input as HTMLInputElement).value ?? (inner as HTMLInputElement | null)?.value ?? input.getAttribute('value'));
  const orderId = /^\d{3}-\d{7}-\d{7}$/.test(value) ? value : undefined;
  return observation(page, ctx, 'dom', [], orderId);
}

function findList(doc: Document): Element | null {
  return deepQueryFirst(doc, LIST_SELECTORS);
}

/** Reads a SAFE-T page (list, claim page or filing page). */
export async function readSafet(doc: Document, ctx: ReadContext): Promise<ReadResult<SafetObservation>> {
  try {
    if (looksSignedOut(doc)) return { status: 'signed-out' };
    const page = pageContext(doc, ctx);
    // The same path detectPage judged the page by: Amazon's `/ref=…` segments dropped (a claim e-mail link).
    let path = '';
    try {
      path = pagePath(new URL(ctx.url));
    } catch { /* bad URL: read as a list */ }
    if (/^\/safet-claims\/create(-v2)?$/.test(path)) return await readFiling(doc, ctx, page);
    const urlClaimId = /^\/safet-claims\/claim\/([A-Za-z0-9-]{4,60})$/.exec(path)?.[1];

    const waited = await waitForAnchors(doc, [{
      name: 'safet-claims-list|safet-claim-row',
      test: (d) => findList(d) ?? deepQuery(d, ROW_SELECTORS[0]) ?? (urlClaimId ? deepQuery(d, '[data-test-id="safet-claim-detail"]') : null),
    }], { timeoutMs: ctx.waitMs ?? DEFAULT_WAIT_MS, signal: ctx.signal, deep: true });
    if (ctx.signal?.aborted) return { status: 'unrecognised', missing: ['aborted'] };

    if (urlClaimId) {
      const detail = deepQuery(doc, '[data-test-id="safet-claim-detail"]');
      const claim = detail ? readClaim(detail, page, null, urlClaimId) : null;
      return claim ? observation(page, ctx, 'dom', [claim]) : { status: 'unrecognised', missing: ['safet-claim-detail'] };
    }
    const list = findList(doc);
    const found = list ? firstMatching(list, ROW_SELECTORS) : firstMatching(doc, ROW_SELECTORS.slice(0, 1));
    if (!list && !found) {
      return { status: 'unrecognised', missing: waited.missing.length ? ['safet-claims-list', 'safet-claim-row'] : ['safet-claim-row'] };
    }
    const tabStatus = selectedTabStatus(doc);
    const claims: Claim[] = [];
    for (const el of found?.els ?? []) {
      const claim = readClaim(el, page, tabStatus);
      if (claim) claims.push(claim);
    }
    if (found?.els.length && !claims.length && found.selector === ROW_SELECTORS[0]) {
      return { status: 'unrecognised', missing: ['readable-safet-claim'] };
    }
    return observation(page, ctx, found && found.selector !== ROW_SELECTORS[0] ? 'text' : 'dom', claims);
  } catch {
    return { status: 'unrecognised', missing: ['reader-error'] };
  }
}

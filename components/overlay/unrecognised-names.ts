/**
 * The "page not recognised" chip's tooltip in the UI's language: what the reader could not find, named in
 * the seller's words (`overlay.unrecognised.anchor.*`). A name without a text (a selector added to a reader
 * later) is listed apart as a technical name for the bug report, not passed off as prose.
 */
import { DETAILS_ANCHORS as A, LIST_SELECTORS as S } from '@/utils/pages/order-labels';
import { t } from '@/utils/i18n/active';
import type { MessageKey } from '@/utils/i18n/translate';

/** The controller's name for "the page is not the one the URL names" (stale page after a navigation). */
export const PAGE_FOR_URL = 'page-for-url';

const NAMES: Readonly<Record<string, string>> = {
  [PAGE_FOR_URL]: 'pageForUrl',
  [A.orderId]: 'orderId',
  [A.purchaseDate]: 'purchaseDate',
  [A.shipBy]: 'shipBy',
  [A.deliverBy]: 'deliverBy',
  [A.salesChannel]: 'salesChannel',
  [A.fulfillment]: 'fulfillment',
  [A.itemStatus]: 'itemStatus',
  [S.table]: 'ordersTable',
  [S.orderIdLink]: 'orderLink',
  'inbox-thread-list': 'threadList',
  'inbox-thread-row': 'threadRow',
  'readable-inbox-row': 'threadRow',
  'thread-view': 'threadView',
  'returns-list': 'returnsList',
  'return-request-row': 'returnRow',
  'readable-return-row': 'returnRow',
  'safet-claims-list': 'claimsList',
  'safet-claim-row': 'claimRow',
  'readable-safet-claim': 'claimRow',
  'safet-claim-detail': 'claimDetail',
  'safet-order-id-input': 'safetOrderInput',
  'valid-observation': 'readableData',
  'observation-schema': 'readableData',
  'reader-error': 'readerError',
  aborted: 'aborted',
};

/** Whether the chip can name this missing anchor in the seller's words. */
export function hasAnchorName(id: string): boolean {
  return Object.hasOwn(NAMES, id);
}

/** "Not found: order ID, purchase date." (+ the technical names of anything unnamed); undefined when nothing is missing. */
export function unrecognisedTooltip(missing: readonly string[]): string | undefined {
  if (!missing.length) return undefined;
  const named = [...new Set(missing.filter(hasAnchorName).map((id) => t(`overlay.unrecognised.anchor.${NAMES[id]!}` as MessageKey)))];
  const technical = missing.filter((id) => !hasAnchorName(id));
  const join = t('overlay.unrecognised.join');
  const parts: string[] = [];
  if (named.length) parts.push(t('overlay.unrecognised.notFound', { list: named.join(join) }));
  if (technical.length) parts.push(t('overlay.unrecognised.technical', { list: technical.join(', ') }));
  return parts.join(' ');
}

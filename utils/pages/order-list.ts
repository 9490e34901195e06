/**
 * Manage Orders reader (`/orders-v3…`): the orders table → per row order id, Prime, ship-by, deliver-by and status
 * (shared/domain/seller-central-pages.md, "Manage Orders"). Never throws; 'unrecognised' when the table never
 * appears or rows exist but none shows an order id. Rows without a readable id are skipped; unreadable dates are
 * left out. Buyer names in the rows are never read.
 *
 * Row Prime (sfp) decision: fulfilled by Amazon → false (not seller-fulfilled); Prime badge beside the order id →
 * true; a fully rendered row (id, order-type cell and ship-by date shown) without a badge → false; otherwise null.
 */
import * as v from 'valibot';
import { marketplaceForSalesChannel, MARKETPLACES, type MarketplaceCode } from '../marketplaces';
import { parseDateRange, toInstantRange, type DateParseOptions } from './dates';
import { detectPage } from './detect';
import { deepQueryAll, hasBadge, pageLang, textOf, valueByLabel, valuesByLabels } from './dom';
import { OrderListObservationSchema, type InstantRange, type OrderListObservation, type ReadResult } from './observation';
import { LABELS, LIST_SELECTORS as S, PRIME_BADGE, normaliseFulfillment } from './order-labels';
import { normaliseOrderStatus } from './order-status';
import { DEFAULT_WAIT_MS, type ReadContext } from './read-context';
import { waitForAnchors } from './wait';

type Row = OrderListObservation['rows'][number];

const ORDER_ID = /(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)/;
const LIST_LABELS = {
  fulfillment: ['Fulfilment method', 'Fulfillment method', ...LABELS.fulfillment],
  salesChannel: LABELS.salesChannel,
  shipBy: LABELS.shipBy,
  deliverBy: LABELS.deliverBy,
};

// Lists repeat the same ship-by / deliver-by texts on many rows: parse each distinct text once per read.
type RangeCache = Map<string, InstantRange | undefined>;
function parsedRange(text: string, opts: DateParseOptions, cache: RangeCache): InstantRange | undefined {
  if (cache.has(text)) return cache.get(text);
  const r = parseDateRange(text, opts);
  const v = r ? toInstantRange(r) : undefined;
  cache.set(text, v);
  return v;
}

/** The row's cells by data-test-id, falling back to the column positions seen (3 order, 7 order type, 8 status). */
function cellsOf(tr: Element): { order: Element | null; option: Element | null; status: Element | null } {
  let order: Element | null = null, option: Element | null = null, status: Element | null = null;
  const byColumn: Element[] = [];
  for (let c = tr.firstElementChild; c; c = c.nextElementSibling) {
    byColumn.push(c);
    const id = c.getAttribute('data-test-id');
    if (id === 'oth-order-details') order = c;
    else if (id === 'oth-customer-option') option = c;
    else if (id === 'oth-order-status') status = c;
  }
  const cells = byColumn;
  return { order: order ?? cells[2] ?? null, option: option ?? cells[6] ?? null, status: status ?? cells[7] ?? null };
}

const ORDER_CELL_LABELS = { fulfillment: LIST_LABELS.fulfillment, salesChannel: LIST_LABELS.salesChannel };
const OPTION_CELL_LABELS = { shipBy: LIST_LABELS.shipBy, deliverBy: LIST_LABELS.deliverBy };

function readRow(tr: Element, dateOpts: DateParseOptions, cache: RangeCache): { row: Row; channel: string | null; by: 'dom' | 'text' } | null {
  const { order, option, status } = cellsOf(tr);
  const link = (order ?? tr).querySelector(S.orderIdLink);
  let orderId = ORDER_ID.exec(textOf(link))?.[0];
  let by: 'dom' | 'text' = 'dom';
  if (!orderId) {
    orderId = ORDER_ID.exec(textOf(order ?? tr))?.[0];
    by = 'text';
  }
  if (!orderId) return null;
  const dates = option ? valuesByLabels(option, OPTION_CELL_LABELS) : {};
  const range = (text: string | undefined) => (text ? parsedRange(text, dateOpts, cache) : undefined);
  const shipBy = range(dates.shipBy);
  const deliverBy = range(dates.deliverBy);
  const statusText = textOf(status?.querySelector(S.mainStatus)) || textOf(status);
  const info = order ? valuesByLabels(order, ORDER_CELL_LABELS) : {};
  const fulfillment = normaliseFulfillment(info.fulfillment);
  const badgeScope = link?.parentElement ?? order;
  const badge = !!badgeScope && hasBadge(badgeScope, PRIME_BADGE);
  const rendered = !!link && !!textOf(option?.querySelector(S.cellTitle)) && !!shipBy;
  const sfp = fulfillment === 'amazon' ? false : badge ? true : rendered ? false : null;
  const row: Row = { orderId, sfp, status: normaliseOrderStatus(statusText) };
  if (shipBy) row.shipBy = shipBy;
  if (deliverBy) row.deliverBy = deliverBy;
  return { row, channel: info.salesChannel ?? null, by };
}

async function read(doc: Document, ctx: ReadContext): Promise<ReadResult<OrderListObservation>> {
  const page = detectPage(ctx.url);
  const hostMarket = page?.marketplace ?? null;
  const wait = await waitForAnchors(doc, [{ name: S.table, selector: S.table }], {
    timeoutMs: ctx.waitMs ?? DEFAULT_WAIT_MS, signal: ctx.signal,
  });
  if (wait.reason === 'aborted') return { status: 'unrecognised', missing: ['aborted'] };
  if (wait.missing.length) return { status: 'unrecognised', missing: wait.missing };
  // The table is usually in the light DOM: skip the deep walk (shadow roots, frames) unless it is needed.
  const direct = doc.querySelectorAll(S.rows);
  const trs = direct.length ? Array.from(direct) : deepQueryAll(doc, S.rows);
  // Dates shown without a zone use the context zone, else the host's marketplace zone; on the EU host the
  // first row's sales channel names the marketplace.
  const lang = pageLang(doc);
  let market: MarketplaceCode | null = hostMarket;
  if (!market) {
    const first = trs[0]?.querySelector(S.orderCell);
    const ch = first ? valueByLabel(first, LIST_LABELS.salesChannel) : null;
    market = ch ? marketplaceForSalesChannel(ch) : null;
  }
  const dateOpts: DateParseOptions = { timeZone: ctx.timeZone ?? (market ? MARKETPLACES[market].timeZone : undefined), lang };
  const rows: Row[] = [];
  const cache: RangeCache = new Map();
  const channels = new Set<MarketplaceCode | null>();
  let fromText = 0;
  for (const tr of trs) {
    const r = readRow(tr, dateOpts, cache);
    if (!r) continue;
    rows.push(r.row);
    if (r.by === 'text') fromText++;
    channels.add(r.channel ? marketplaceForSalesChannel(r.channel) : null);
  }
  if (trs.length > 0 && rows.length === 0) return { status: 'unrecognised', missing: [S.orderIdLink] };
  // Marketplace: the host's; on the EU host only when every row names the same one.
  const only = channels.size === 1 ? [...channels][0] ?? null : null;
  const obs: OrderListObservation = {
    kind: 'order-list',
    marketplace: hostMarket ?? only,
    observedAt: ctx.now.toISOString(),
    source: fromText > 0 && fromText === rows.length ? 'text' : 'dom',
    rows,
  };
  const checked = v.safeParse(OrderListObservationSchema, obs);
  return checked.success ? { status: 'ok', observation: checked.output } : { status: 'unrecognised', missing: ['observation-schema'] };
}

/** Reads a Manage Orders page. Never throws: any failure is 'unrecognised'. */
export async function readOrderList(doc: Document, ctx: ReadContext): Promise<ReadResult<OrderListObservation>> {
  try {
    return await read(doc, ctx);
  } catch {
    return { status: 'unrecognised', missing: ['reader-error'] };
  }
}

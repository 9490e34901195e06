/**
 * What the overlay needs from the extension around it. The entrypoint wires these to the background
 * (utils/actions/messages.ts), storage and the clipboard; component tests pass fakes. Keeping them
 * behind one interface is what lets every panel state be rendered without a browser.
 */
import type { MarketplaceCode } from '@/utils/marketplaces';
import type { OrderSfpAnswer } from '@/utils/pages/order-sfp';

/** The manual facts a seller can record on an order when the page does not show them. */
export type MarkKind = 'return-received' | 'amazon-cs-contact';

/** A manual mark as sent to the background queue. `at` is an ISO instant. */
export interface MarkInput {
  kind: MarkKind;
  orderId: string;
  /** null on the unified EU host when the page did not say; the background uses the default marketplace. */
  marketplace: MarketplaceCode | null;
  at: string;
}

/** A mark the background has recorded. */
export interface RecordedMark extends MarkInput {
  markId: string;
}

/** An open deadline the background queue knows for an order (e.g. a buyer message seen in the inbox). */
export interface QueuedDeadline {
  clock: string;
  dueAt: string;
  ruleId?: string;
}

/** The background's view of one order. */
export interface OrderState {
  /** Whether the order is SFP, as the queue remembers it from an order page; absent when not known. */
  sfp?: boolean;
  marks: RecordedMark[];
  deadlines: QueuedDeadline[];
}

/** Side effects available to panels. Every method resolves or rejects; none throws synchronously. */
export interface OverlayServices {
  orderState(orderId: string): Promise<OrderState>;
  /**
   * The answer orderState already has for this page, read synchronously: the overlay asks for the
   * page's orders before its first render (OverlayFeature.queueOrderIds), so a panel renders once with
   * the queue's facts. Undefined when not answered yet (or not supported): the panel then asks.
   */
  settledOrderState?(orderId: string): OrderState | undefined;
  /**
   * Whether the order is SFP per its own same-origin JSON (utils/pages/order-sfp.ts): asked only when the queue
   * does not know, only while the seller allows JSON reading, at most once per order per page view. Never
   * rejects. Absent (tests, or no page fetch): the panel has only the queue.
   */
  orderSfp?(orderId: string): Promise<OrderSfpAnswer>;
  mark(mark: MarkInput): Promise<string>;
  unmark(markId: string): Promise<void>;
  copyText(text: string): Promise<void>;
  /** The scrubbed page snapshot for bug reports (H2b snapshotPage). */
  snapshot(): string;
  /** Logged once per distinct error, to the extension (never the page console). */
  reportError(where: string, error: unknown): void;
  setCollapsed(collapsed: boolean): void;
}

/** Message type of an overlay error report (sent once per distinct error, see components/overlay/host/services.ts). */
export const OVERLAY_ERROR = 'sfp:log-error' as const;

/** An overlay error report as the background receives it. */
export interface OverlayErrorReport {
  type: typeof OVERLAY_ERROR;
  where: string;
  message: string;
  stack?: string;
}

/** True for an overlay error report; the background logs it to the extension's own console. */
export function isOverlayErrorReport(message: unknown): message is OverlayErrorReport {
  const m = message as Partial<OverlayErrorReport> | null;
  return typeof m === 'object' && m !== null && m.type === OVERLAY_ERROR && typeof m.where === 'string' && typeof m.message === 'string';
}

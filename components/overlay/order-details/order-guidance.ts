/**
 * What the order-details panel shows, as a pure function of the observation, the background's marks
 * and queued deadlines, the seller's calendar settings and `now` (passed in). Deadlines come from the
 * policy engine (utils/policy computeDeadline, safetOutlook); nothing here guesses a missing fact:
 * a clock without its starting event is simply not shown, and the seller can record the event
 * with a manual mark.
 */
import './english';
import { calendarFor, type BusinessCalendar, type CalendarOverrides } from '@/utils/calendar';
import { MARKETPLACES, type MarketplaceCode } from '@/utils/marketplaces';
import type { OrderDetailsObservation } from '@/utils/pages/observation';
// Module imports, not the @/utils/policy barrel: it would pull the classifier into the order bundle.
import { computeDeadline } from '@/utils/policy/deadlines';
import { ruleById, type ClockId, type Rule } from '@/utils/policy/rules';
import type { OverlaySettings } from '../overlay-env';
import type { OrderState, RecordedMark } from '../services';
import { t, translator } from '@/utils/i18n/active';
import { keyPart, type MessageKey } from '@/utils/i18n/translate';

/** One open clock on the order. */
export interface OrderClock {
  clock: ClockId;
  dueAt: Date;
  label: string;
  /** The dated rule behind it; null only for a queued deadline whose rule the page printed. */
  rule: Rule | null;
  explanation?: string;
  /** Where the starting event came from. */
  origin: 'page' | 'mark' | 'queue';
}

/** The order-details panel's view model. */
export interface OrderGuidance {
  marketplace: MarketplaceCode | null;
  calendar: BusinessCalendar | null;
  /** Zone for every date shown (the calendar's, else UTC when the marketplace is unknown). */
  timeZone: string;
  clocks: OrderClock[];
  returnReceived?: { at: Date; origin: 'page' | 'mark' };
  refunded: boolean;
  /** Things the seller should know about why something is not shown. */
  notes: string[];
}

/** What each clock asks of the seller (sfp-rules.md §2). */
const CLOCKS: readonly ClockId[] = [
  'return-refund', 'automated-refund', 'amazon-cs-reply', 'buyer-reply', 'safet-filing', 'safet-wait', 'safet-reply', 'safet-appeal',
];

/** What each clock asks of the seller, in the UI's language. */
export function clockLabel(clock: ClockId): string {
  return t(`order.clock.${keyPart(clock)}` as MessageKey);
}

function latestMark(marks: readonly RecordedMark[], kind: RecordedMark['kind'], orderId: string): RecordedMark | undefined {
  return marks
    .filter((m) => m.kind === kind && m.orderId === orderId && !Number.isNaN(Date.parse(m.at)))
    .sort((a, b) => Date.parse(b.at) - Date.parse(a.at))[0];
}

function sellerCalendar(marketplace: MarketplaceCode, settings: OverlaySettings, notes: string[]): BusinessCalendar {
  const overrides = settings.calendars[marketplace] as CalendarOverrides | undefined;
  try {
    return calendarFor(marketplace, overrides);
  } catch {
    notes.push(t('order.noteInvalidCalendar', { mp: marketplace }));
    return calendarFor(marketplace);
  }
}

/** The open clocks and facts of an order, for display. */
export function orderGuidance(
  obs: OrderDetailsObservation,
  state: OrderState,
  settings: OverlaySettings,
  _now: Date,
): OrderGuidance {
  const notes: string[] = [];
  const marketplace = obs.marketplace ?? settings.defaultMarketplace;
  const calendar = marketplace ? sellerCalendar(marketplace, settings, notes) : null;
  const timeZone = calendar?.timeZone ?? (marketplace ? MARKETPLACES[marketplace].timeZone : 'UTC');
  if (!marketplace) notes.push(t('order.noteNoMarketplace'));

  const clocks: OrderClock[] = [];
  // Only the seller's own calendar is passed: without one, the engine uses (and names) the
  // marketplace's default calendar in its explanation.
  const own = marketplace && settings.calendars[marketplace] !== undefined ? calendar ?? undefined : undefined;
  const add = (clock: ClockId, event: Date, origin: OrderClock['origin']) => {
    if (!marketplace || !calendar) return;
    try {
      const d = computeDeadline(clock, event, { marketplace, calendar: own, t: translator() });
      if (d) clocks.push({ clock, dueAt: d.dueAt, label: clockLabel(clock), rule: d.rule, explanation: d.explanation, origin });
      else notes.push(t('order.noteNoRule', { what: clockLabel(clock), mp: marketplace }));
    } catch {
      notes.push(t('order.noteFailed', { what: clockLabel(clock) }));
    }
  };

  const refunded =
    obs.refund?.at !== undefined || obs.return?.refundedAtFirstScan === true || obs.return?.state === 'refunded';
  const pageReturn = obs.return?.deliveredAt;
  const markedReturn = latestMark(state.marks, 'return-received', obs.orderId);
  const returnReceived = pageReturn
    ? { at: new Date(pageReturn), origin: 'page' as const }
    : markedReturn
      ? { at: new Date(markedReturn.at), origin: 'mark' as const }
      : undefined;
  // SFP: refund within 2 business days of receipt unless refunded at first scan (seed FAQ); the
  // automated-refund warning runs from the same event (sfp-rules.md §2).
  if (returnReceived && !refunded) {
    add('return-refund', returnReceived.at, returnReceived.origin);
    add('automated-refund', returnReceived.at, returnReceived.origin);
  }
  const contact = latestMark(state.marks, 'amazon-cs-contact', obs.orderId);
  if (contact) add('amazon-cs-reply', new Date(contact.at), 'mark');

  // Deadlines the background knows from other pages (e.g. a buyer message seen in the inbox).
  for (const q of state.deadlines) {
    const clock = q.clock as ClockId;
    const dueAt = new Date(q.dueAt);
    if (!CLOCKS.includes(clock) || Number.isNaN(dueAt.getTime())) continue;
    if (clocks.some((c) => c.clock === clock)) continue;
    clocks.push({ clock, dueAt, label: clockLabel(clock), rule: q.ruleId ? ruleById(q.ruleId) : null, origin: 'queue' });
  }
  clocks.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
  return { marketplace, calendar, timeZone, clocks, returnReceived, refunded, notes };
}

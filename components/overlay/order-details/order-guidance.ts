/**
 * What the order-details panel shows, as a pure function of the observation, the background's marks
 * and queued deadlines, the seller's calendar settings and `now` (passed in). Deadlines come from the
 * policy engine (utils/policy computeDeadline, safetOutlook); nothing here guesses a missing fact:
 * a clock without its starting event is simply not shown, and the seller can record the event
 * with a manual mark.
 */
import { calendarFor, type BusinessCalendar, type CalendarOverrides } from '@/utils/calendar';
import { MARKETPLACES, type MarketplaceCode } from '@/utils/marketplaces';
import type { OrderDetailsObservation } from '@/utils/pages/observation';
// Module imports, not the @/utils/policy barrel: it would pull the classifier into the order bundle.
import { computeDeadline } from '@/utils/policy/deadlines';
import { ruleById, type ClockId, type Rule } from '@/utils/policy/rules';
import type { OverlaySettings } from '../overlay-env';
import type { OrderState, RecordedMark } from '../services';

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
export const CLOCK_LABELS: Record<ClockId, string> = {
  'return-refund': 'Refund the return',
  'automated-refund': 'Grade the return before Amazon refunds automatically (that refund is not SAFE-T eligible)',
  'amazon-cs-reply': 'Reply to Amazon CS and the customer',
  'buyer-reply': 'Reply to the buyer message',
  'safet-filing': 'File a SAFE-T claim',
  'safet-wait': 'Earliest SAFE-T claim for "not returned"',
  'safet-reply': 'Answer the SAFE-T information request',
  'safet-appeal': 'Appeal the SAFE-T decision',
};

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
    notes.push(`Your calendar settings for ${marketplace} are invalid; using the default ${marketplace} calendar.`);
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
  if (!marketplace) notes.push('The page does not say which marketplace this order is in: choose a default marketplace in the options to see deadlines.');

  const clocks: OrderClock[] = [];
  // Only the seller's own calendar is passed: without one, the engine uses (and names) the
  // marketplace's default calendar in its explanation.
  const own = marketplace && settings.calendars[marketplace] !== undefined ? calendar ?? undefined : undefined;
  const add = (clock: ClockId, event: Date, origin: OrderClock['origin']) => {
    if (!marketplace || !calendar) return;
    try {
      const d = computeDeadline(clock, event, { marketplace, calendar: own });
      if (d) clocks.push({ clock, dueAt: d.dueAt, label: CLOCK_LABELS[clock], rule: d.rule, explanation: d.explanation, origin });
      else notes.push(`No known rule for "${CLOCK_LABELS[clock]}" in ${marketplace}.`);
    } catch {
      notes.push(`Could not compute "${CLOCK_LABELS[clock]}".`);
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
    if (!(clock in CLOCK_LABELS) || Number.isNaN(dueAt.getTime())) continue;
    if (clocks.some((c) => c.clock === clock)) continue;
    clocks.push({ clock, dueAt, label: CLOCK_LABELS[clock], rule: q.ruleId ? ruleById(q.ruleId) : null, origin: 'queue' });
  }
  clocks.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
  return { marketplace, calendar, timeZone, clocks, returnReceived, refunded, notes };
}

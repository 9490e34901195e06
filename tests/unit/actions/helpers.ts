/** Shared builders for the queue tests: fake people never appear here, only ids and instants. */
import type { DeadlineFn, ClockId } from '@/utils/actions/derive';
import type { OrderDetailsObservation, Observation } from '@/utils/pages/observation';

const HOURS: Record<ClockId, number> = {
  'return-refund': 48, 'amazon-cs-reply': 48, 'buyer-reply': 24, 'automated-refund': 96,
  'safet-filing': 30 * 24, 'safet-wait': 15 * 24, 'safet-reply': 72, 'safet-appeal': 30 * 24,
};

/** A stand-in for utils/policy computeDeadline: fixed lengths, rule id names the clock; JP has no rules. */
export const fakeDeadline: DeadlineFn = (clock, event, { marketplace }) =>
  marketplace === 'JP' ? null : { dueAt: new Date(event.getTime() + HOURS[clock] * 3600_000), rule: { id: `test-${clock}` } };

export const NOW = new Date('2026-11-27T12:00:00.000Z');
export const ORDER = '112-4738291-5047863';
export const ORDER2 = '113-1234567-7654321';

export function orderDetails(over: Partial<OrderDetailsObservation> = {}): OrderDetailsObservation {
  return {
    kind: 'order-details', marketplace: 'US', observedAt: '2026-11-27T11:00:00.000Z', source: 'json',
    orderId: ORDER, sfp: true, sfpDecidedBy: 'json:programs', fulfillment: 'seller', status: 'returned',
    trackingPresent: true, ...over,
  };
}

export function receivedReturnObs(orderId = ORDER, at = '2026-11-26T18:00:00.000Z'): Observation {
  return orderDetails({ orderId, return: { state: 'delivered', deliveredAt: at } });
}

import { describe, expect, it } from 'vitest';
import { deadlineCacheFor, listContext } from '@/components/overlay/lists/list-context';
import { OVERDUE_RETURN_TEXT, returnChip, returnChips } from '@/components/overlay/lists/returns-model';
import type { ReturnsObservation } from '@/utils/pages/observation';

type Row = ReturnsObservation['rows'][number];
const row = (over: Partial<Row>): Row => ({
  orderId: '112-4738291-5047863', state: 'approved', refundedAtFirstScan: null, refundIssued: null, ...over,
});
// Fri 2026-11-27 05:00 in Los Angeles; Thanksgiving was Thu 26 Nov.
const now = new Date('2026-11-27T13:00:00.000Z');
const us = listContext('US', { calendars: {} }, now);

describe('returnChip', () => {
  it('says a first-scan refund needs nothing', () => {
    const chip = returnChip(row({ state: 'refunded', refundedAtFirstScan: true, refundIssued: true }), us);
    expect(chip?.label).toBe('Refunded at first scan — no action');
    expect(chip?.tone).toBe('ok');
    expect(chip?.deadline).toBeUndefined();
  });

  it('counts 2 business days from the return delivery (US calendar, weekend skipped)', () => {
    // Delivered Wed 25 Nov 10:00 PST → Thu 26 (Thanksgiving) skipped, Fri 27 = day 1, Mon 30 = day 2 → end of Mon 30 Nov PST.
    const chip = returnChip(row({ state: 'delivered', deliveredAt: '2026-11-25T18:00:00.000Z' }), us);
    expect(chip?.label).toBe('Refund due');
    expect(chip?.deadline?.clock).toBe('return-refund');
    expect(chip?.deadline?.dueAt.toISOString()).toBe('2026-12-01T08:00:00.000Z');
    expect(chip?.deadline?.timeZone).toBe('America/Los_Angeles');
    expect(chip?.rule?.source).toMatch(/^https:\/\//);
    expect(chip?.tone).toBe('info');
  });

  it('turns amber within 24 hours of the refund deadline', () => {
    const late = listContext('US', { calendars: {} }, new Date('2026-11-30T12:00:00.000Z'));
    const chip = returnChip(row({ state: 'delivered', deliveredAt: '2026-11-25T18:00:00.000Z' }), late);
    expect(chip?.tone).toBe('soon');
  });

  it('warns once overdue that Amazon may refund automatically and that such a refund is not SAFE-T eligible', () => {
    const chip = returnChip(row({ state: 'delivered', deliveredAt: '2026-11-18T18:00:00.000Z' }), us);
    expect(chip?.label).toBe(OVERDUE_RETURN_TEXT);
    expect(chip?.tone).toBe('overdue');
    expect(chip?.deadline?.clock).toBe('automated-refund');
    // The automated-refund rule is third-party: the chip must carry it so the UI marks "≈ verify".
    expect(chip?.rule?.status).not.toBe('amazon');
  });

  it('never computes a deadline without the delivery date or the marketplace', () => {
    expect(returnChip(row({ state: 'delivered' }), us)?.tone).toBe('unclear');
    const unknown = listContext(null, { calendars: {} }, now);
    const chip = returnChip(row({ state: 'delivered', deliveredAt: '2026-11-25T18:00:00.000Z' }), unknown);
    expect(chip?.tone).toBe('unclear');
    expect(chip?.deadline).toBeUndefined();
  });

  it('says a return on its way needs a refund on arrival, and skips closed returns', () => {
    expect(returnChip(row({ state: 'in-transit' }), us)?.label).toMatch(/refund as soon as it arrives/);
    expect(returnChip(row({ state: 'closed' }), us)).toBeNull();
    expect(returnChip(row({ state: 'unknown' }), us)?.tone).toBe('unclear');
  });

  it('honours the seller calendar: an extra holiday moves the deadline', () => {
    const withHoliday = listContext('US', { calendars: { US: { holidaysAdded: ['2026-11-30'] } } }, now);
    const chip = returnChip(row({ state: 'delivered', deliveredAt: '2026-11-25T18:00:00.000Z' }), withHoliday);
    expect(chip?.deadline?.dueAt.toISOString()).toBe('2026-12-02T08:00:00.000Z');
  });

  it('falls back to the default calendar when the overrides are invalid', () => {
    const broken = listContext('US', { calendars: { US: { timeZone: 'Mars/Base' } } }, now);
    const chip = returnChip(row({ state: 'delivered', deliveredAt: '2026-11-25T18:00:00.000Z' }), broken);
    expect(chip?.deadline?.dueAt.toISOString()).toBe('2026-12-01T08:00:00.000Z');
  });

  it('keeps one chip per return and anchors it on the order id', () => {
    const obs: ReturnsObservation = {
      kind: 'returns', marketplace: 'US', observedAt: now.toISOString(), source: 'json',
      rows: [row({ returnRequestId: 'R1' }), row({ returnRequestId: 'R1' }), row({ returnRequestId: 'R2', orderId: '113-0000000-0000001' })],
    };
    const chips = returnChips(obs, us);
    expect(chips.map((c) => c.key)).toEqual(['return:R1', 'return:R2']);
    expect(chips[1]?.anchor).toBe('113-0000000-0000001');
  });

  it('computes each deadline once per marketplace and calendar across minute ticks', () => {
    const cache = deadlineCacheFor('US', {});
    const r = row({ state: 'delivered', deliveredAt: '2026-11-25T18:00:00.000Z' });
    const a = returnChip(r, listContext('US', { calendars: {} }, now, cache));
    const b = returnChip(r, listContext('US', { calendars: {} }, new Date(now.getTime() + 60_000), cache));
    expect(cache.size).toBe(1);
    expect(b?.deadline?.dueAt).toBe(a?.deadline?.dueAt);
    // The countdown side (tone) still follows the minute.
    expect(returnChip(r, listContext('US', { calendars: {} }, new Date('2026-11-30T12:00:00.000Z'), cache))?.tone).toBe('soon');
  });
});

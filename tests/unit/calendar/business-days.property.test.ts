/**
 * Properties of businessDeadline (issue 3): after the event, on a local midnight, skipping only weekend
 * and holiday days, monotone in the event time — across DST changes in US, EU and AU zones and year
 * boundaries. The oracle reads local dates through Intl, independently of the implementation.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { businessDeadline, calendarFor, type BusinessCalendar } from '../../../utils/calendar';
import type { MarketplaceCode } from '../../../utils/marketplaces';

const ZONES: readonly [MarketplaceCode, string][] = [
  ['US', 'America/Los_Angeles'], ['US', 'America/New_York'], ['UK', 'Europe/London'], ['DE', 'Europe/Berlin'],
  ['AU', 'Australia/Sydney'], ['AU', 'Australia/Perth'], ['JP', 'Asia/Tokyo'],
];
const WEEKENDS: readonly (readonly number[])[] = [[0, 6], [0], [5, 6], []];
const DAY = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

/** 'YYYY-MM-DD' and hh:mm:ss of an instant in a zone, via Intl (the oracle). */
function wall(instant: number, timeZone: string): { date: string; time: string } {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
    formatters.set(timeZone, f);
  }
  const p = Object.fromEntries(f.formatToParts(new Date(instant)).map((x) => [x.type, x.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}:${p.second}` };
}
const nextDate = (key: string) => new Date(Date.parse(`${key}T00:00:00Z`) + DAY).toISOString().slice(0, 10);
const weekday = (key: string) => new Date(`${key}T00:00:00Z`).getUTCDay();

// Events from Dec 2023 to Jan 2033: inside and beyond the holiday table, over many DST changes and New Years.
const eventArb = fc.integer({ min: Date.UTC(2023, 11, 1), max: Date.UTC(2033, 0, 31) });
const calArb = fc
  .record({
    zone: fc.constantFrom(...ZONES),
    weekend: fc.constantFrom(...WEEKENDS),
    extra: fc.array(fc.integer({ min: 0, max: 3650 }), { maxLength: 40 }),
  })
  .map(({ zone: [code, timeZone], weekend, extra }): BusinessCalendar =>
    calendarFor(code, { timeZone, weekend, holidaysAdded: extra.map((d) => new Date(Date.UTC(2024, 0, 1) + d * DAY).toISOString().slice(0, 10)) }));

describe('businessDeadline properties', () => {
  it('ends exactly at the end of the Nth business day strictly after the event\'s local date, on a local midnight', () => {
    fc.assert(
      fc.property(eventArb, fc.integer({ min: 0, max: 25 }), calArb, (event, n, cal) => {
        const dueAt = businessDeadline(new Date(event), n, cal).getTime();
        expect(dueAt).toBeGreaterThan(event);
        expect(wall(dueAt, cal.timeZone).time).toBe('00:00:00');
        const off = new Set(cal.weekend);
        const holidays = new Set(cal.holidays);
        const isBusiness = (key: string) => !off.has(weekday(key)) && !holidays.has(key);
        // Walk local dates from the event's date to the last day (the day before dueAt's midnight).
        const last = wall(dueAt - 1, cal.timeZone).date;
        // The event's own local date never counts, business day or not; walk N business days after it.
        let key = wall(event, cal.timeZone).date;
        let counted = 0;
        while (counted < n) {
          key = nextDate(key);
          if (isBusiness(key)) counted++;
        }
        // Never later than the end of the Nth business day strictly after the event's date, and never earlier.
        expect(last).toBe(key);
        if (n > 0) expect(isBusiness(last)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never decreases as the event moves later, and grows with the day count', () => {
    fc.assert(
      fc.property(eventArb, fc.integer({ min: 0, max: 20 * DAY }), fc.integer({ min: 0, max: 20 }), calArb, (event, later, n, cal) => {
        const a = businessDeadline(new Date(event), n, cal).getTime();
        const b = businessDeadline(new Date(event + later), n, cal).getTime();
        const c = businessDeadline(new Date(event), n + 1, cal).getTime();
        expect(b).toBeGreaterThanOrEqual(a);
        expect(c).toBeGreaterThan(a);
      }),
      { numRuns: 300 },
    );
  });
});

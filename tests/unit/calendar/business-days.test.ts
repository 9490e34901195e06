import { describe, expect, it } from 'vitest';
import { MARKETPLACES } from '../../../utils/marketplaces';
import { isValidTimeZone } from '../../../utils/calendar';
import {
  businessDeadline,
  businessDeadlineDetail,
  calendarFor,
  CalendarError,
  dayKey,
  MAX_BUSINESS_DAYS,
  type BusinessCalendar,
} from '../../../utils/calendar';

const US = calendarFor('US');
const at = (iso: string) => new Date(iso);
const due = (iso: string, n: number, cal: BusinessCalendar) => businessDeadline(at(iso), n, cal).toISOString();

describe('businessDeadline: examples (US, America/Los_Angeles, US public holidays)', () => {
  it('never counts the event day, even a holiday (Thanksgiving 2026)', () => {
    // Thu 26 Nov is Thanksgiving: Fri 27 (1), Mon 30 (2); end = Tue 1 Dec 00:00 PST.
    expect(due('2026-11-26T18:00:00Z', 2, US)).toBe('2026-12-01T08:00:00.000Z');
    const d = businessDeadlineDetail(at('2026-11-26T18:00:00Z'), 2, US);
    expect([dayKey(d.eventDay), dayKey(d.countedFrom), dayKey(d.lastDay)]).toEqual(['2026-11-26', '2026-11-27', '2026-11-30']);
    expect(d.eventDayReason).toBe('holiday');
    expect(d.counted.map(dayKey)).toEqual(['2026-11-27', '2026-11-30']);
    expect(d.skipped.map((s) => `${dayKey(s.day)}:${s.reason}`)).toEqual(['2026-11-28:weekend', '2026-11-29:weekend']);
  });

  it('uses the local date, not the UTC date', () => {
    // 07:59Z on Sat 28 Nov is still Fri 27 Nov 23:59 in Los Angeles.
    expect(due('2026-11-28T07:59:00Z', 1, US)).toBe('2026-12-01T08:00:00.000Z');
    // 08:00Z is Sat 28 Nov 00:00 local: the first business day after it is Mon 30 Nov.
    expect(due('2026-11-28T08:00:00Z', 1, US)).toBe('2026-12-01T08:00:00.000Z');
  });

  it('0 business days is the end of the event day itself', () => {
    expect(due('2026-11-30T18:00:00Z', 0, US)).toBe('2026-12-01T08:00:00.000Z');
    expect(due('2026-11-29T18:00:00Z', 0, US)).toBe('2026-11-30T08:00:00.000Z');
  });

  it('crosses the year boundary over New Year holidays', () => {
    // Thu 31 Dec 2026 → Fri 1 Jan holiday, weekend → Mon 4 (1), Tue 5 (2) → Wed 6 Jan 00:00 PST.
    expect(due('2026-12-31T20:00:00Z', 2, US)).toBe('2027-01-06T08:00:00.000Z');
  });

  it('handles US DST changes (spring forward 8 Mar 2026, fall back 1 Nov 2026)', () => {
    expect(due('2026-03-06T20:00:00Z', 2, US)).toBe('2026-03-11T07:00:00.000Z');
    expect(due('2026-10-30T20:00:00Z', 1, US)).toBe('2026-11-03T08:00:00.000Z');
  });

  it('handles EU and AU DST changes', () => {
    const de = calendarFor('DE');
    // Europe/Berlin springs forward Sun 29 Mar 2026: Fri 27 → Mon 30 Mar; end = Tue 31 00:00 CEST.
    expect(due('2026-03-27T10:00:00Z', 1, de)).toBe('2026-03-30T22:00:00.000Z');
    // Fall back Sun 25 Oct 2026: Fri 23 → Mon 26; end = Tue 27 00:00 CET.
    expect(due('2026-10-23T10:00:00Z', 1, de)).toBe('2026-10-26T23:00:00.000Z');
    const au = calendarFor('AU');
    // Australia/Sydney springs forward Sun 4 Oct 2026: Fri 2 → Mon 5; end = Tue 6 00:00 AEDT (+11).
    expect(due('2026-10-02T01:00:00Z', 1, au)).toBe('2026-10-05T13:00:00.000Z');
    // Falls back Sun 5 Apr 2026; Good Friday 3 Apr and Easter Monday 6 Apr are national holidays.
    expect(due('2026-04-02T01:00:00Z', 1, au)).toBe('2026-04-07T14:00:00.000Z');
  });

  it('returns the first instant of the day where DST skips local midnight (Africa/Cairo)', () => {
    // Cairo's clocks jump 00:00 → 01:00 on Fri 24 Apr 2026: the day after Thu 23 starts at 01:00 (+03).
    const cal = { timeZone: 'Africa/Cairo', weekend: [5, 6] };
    expect(due('2026-04-22T12:00:00Z', 1, cal)).toBe('2026-04-23T22:00:00.000Z');
  });

  it('honours a custom weekend and holiday list', () => {
    const cal = { timeZone: 'Asia/Riyadh', weekend: [5, 6], holidays: ['2026-12-06'] };
    // Thu 3 Dec → Fri/Sat weekend → Sun 6 holiday → Mon 7 (1), Tue 8 (2); end = Wed 9 00:00 +03.
    expect(due('2026-12-03T09:00:00Z', 2, cal)).toBe('2026-12-08T21:00:00.000Z');
    // Saturdays count (SAFE-T reply rule): weekend = Sunday only.
    expect(due('2026-11-27T18:00:00Z', 1, { timeZone: 'America/Los_Angeles', weekend: [0] })).toBe('2026-11-29T08:00:00.000Z');
    // No weekend at all.
    expect(due('2026-11-27T18:00:00Z', 2, { timeZone: 'UTC', weekend: [] })).toBe('2026-11-30T00:00:00.000Z');
  });

  it('terminates on a long run of holidays', () => {
    const holidays = Array.from({ length: 4000 }, (_, i) => dayKey(20_000 + i));
    const d = businessDeadlineDetail(new Date(20_000 * 86_400_000), 1, { timeZone: 'UTC', holidays });
    expect(d.lastDay).toBeGreaterThanOrEqual(20_000 + 4000);
  });
});

describe('businessDeadline: bad input → CalendarError', () => {
  const ok = at('2026-11-27T18:00:00Z');
  it.each([
    ['invalid date', () => businessDeadline(new Date('nope'), 2, US)],
    ['not a Date', () => businessDeadline('2026-11-27' as unknown as Date, 2, US)],
    ['negative days', () => businessDeadline(ok, -1, US)],
    ['fractional days', () => businessDeadline(ok, 1.5, US)],
    ['NaN days', () => businessDeadline(ok, Number.NaN, US)],
    ['infinite days', () => businessDeadline(ok, Number.POSITIVE_INFINITY, US)],
    ['too many days', () => businessDeadline(ok, MAX_BUSINESS_DAYS + 1, US)],
    ['unknown time zone', () => businessDeadline(ok, 2, { timeZone: 'Mars/Olympus_Mons' })],
    ['empty time zone', () => businessDeadline(ok, 2, { timeZone: '' })],
    ['missing calendar', () => businessDeadline(ok, 2, null as unknown as BusinessCalendar)],
    ['weekend of all days', () => businessDeadline(ok, 2, { timeZone: 'UTC', weekend: [0, 1, 2, 3, 4, 5, 6] })],
    ['weekend day 7', () => businessDeadline(ok, 2, { timeZone: 'UTC', weekend: [7] })],
    ['fractional weekend day', () => businessDeadline(ok, 2, { timeZone: 'UTC', weekend: [1.5] })],
    ['weekend not a list', () => businessDeadline(ok, 2, { timeZone: 'UTC', weekend: 6 as unknown as number[] })],
    ['impossible holiday', () => businessDeadline(ok, 2, { timeZone: 'UTC', holidays: ['2026-02-30'] })],
    ['holiday not a date', () => businessDeadline(ok, 2, { timeZone: 'UTC', holidays: ['tomorrow'] })],
    ['holiday not a string', () => businessDeadline(ok, 2, { timeZone: 'UTC', holidays: [20261225 as unknown as string] })],
  ])('%s', (_name, call) => {
    expect(call).toThrow(CalendarError);
  });

  it('accepts the largest allowed count without hanging', () => {
    expect(businessDeadline(ok, MAX_BUSINESS_DAYS, { timeZone: 'UTC' }).getTime()).toBeGreaterThan(ok.getTime());
  });
});

describe('time zones taken as valid without asking Intl', () => {
  it('every zone of the marketplace table is one the runtime Intl knows (so trusting the table is safe)', () => {
    for (const m of Object.values(MARKETPLACES)) {
      expect(() => new Intl.DateTimeFormat('en-US', { timeZone: m.timeZone }), m.code).not.toThrow();
      expect(isValidTimeZone(m.timeZone)).toBe(true);
    }
  });

  it('other names are still checked', () => {
    expect(isValidTimeZone('Europe/Berlin')).toBe(true);
    expect(isValidTimeZone('America/Nowhere')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
  });
});

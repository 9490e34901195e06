/**
 * The business-day convention (sfp-rules.md §2, architecture.md businessDeadline): a deadline of N business
 * days is the end of the Nth business day strictly after the event's local date; the event's own day never
 * counts, business day or not. Worked examples in ten marketplaces, each derived by hand from the calendar
 * (weekday, the marketplace's weekend and its public holidays) and written as the instant of local midnight.
 * The old convention ("a weekend or holiday event counts from the next business day, then N more") was one
 * business day late after every weekend or holiday receipt; the rows marked "old:" say what it gave.
 */
import { describe, expect, it } from 'vitest';
import { businessDeadline, businessDeadlineDetail, calendarFor, dayKey } from '../../../utils/calendar';
import { computeDeadline } from '../../../utils/policy';
import type { MarketplaceCode } from '../../../utils/marketplaces';

interface Example {
  mp: MarketplaceCode;
  /** The event instant (UTC) and what it is locally. */
  event: string;
  local: string;
  n: number;
  /** Local dates that count, in order. */
  counted: string[];
  /** Instant of local midnight ending the last counted day. */
  due: string;
  why: string;
}

const EXAMPLES: Example[] = [
  { mp: 'US', event: '2026-11-21T22:00:00Z', local: 'Sat 21 Nov 14:00 PST', n: 2, counted: ['2026-11-23', '2026-11-24'],
    due: '2026-11-25T08:00:00.000Z', why: 'weekend receipt: Mon and Tue count, due end of Tue (old: Wed)' },
  { mp: 'US', event: '2026-11-23T18:00:00Z', local: 'Mon 23 Nov 10:00 PST', n: 2, counted: ['2026-11-24', '2026-11-25'],
    due: '2026-11-26T08:00:00.000Z', why: 'business-day receipt: its own day does not count, due end of Wed' },
  { mp: 'US', event: '2026-11-26T18:00:00Z', local: 'Thu 26 Nov 10:00 PST (Thanksgiving)', n: 2, counted: ['2026-11-27', '2026-11-30'],
    due: '2026-12-01T08:00:00.000Z', why: 'holiday receipt: Fri 27 and Mon 30 count (old: Tue 1 Dec)' },
  { mp: 'US', event: '2026-12-05T07:30:00Z', local: 'Fri 4 Dec 23:30 PST (already Sat in UTC)', n: 2, counted: ['2026-12-07', '2026-12-08'],
    due: '2026-12-09T08:00:00.000Z', why: 'late at night: the local Friday is the event day, not the UTC Saturday' },
  { mp: 'US', event: '2026-10-31T19:00:00Z', local: 'Sat 31 Oct 12:00 PDT', n: 1, counted: ['2026-11-02'],
    due: '2026-11-03T08:00:00.000Z', why: 'DST ends Sun 1 Nov: due at PST midnight ending Mon 2 Nov (old: Tue 3)' },
  { mp: 'UK', event: '2026-05-04T09:00:00Z', local: 'Mon 4 May 10:00 BST (Early May bank holiday)', n: 2, counted: ['2026-05-05', '2026-05-06'],
    due: '2026-05-06T23:00:00.000Z', why: 'bank-holiday Monday: Tue and Wed count, due end of Wed (old: Thu)' },
  { mp: 'UK', event: '2026-12-24T12:00:00Z', local: 'Thu 24 Dec 12:00 GMT', n: 2, counted: ['2026-12-29', '2026-12-30'],
    due: '2026-12-31T00:00:00.000Z', why: 'a run of holidays: Christmas Fri 25, Boxing Day Sat 26 (substitute Mon 28), Sun 27' },
  { mp: 'DE', event: '2026-12-26T10:00:00Z', local: 'Sat 26 Dec 11:00 CET (2. Weihnachtstag)', n: 2, counted: ['2026-12-28', '2026-12-29'],
    due: '2026-12-29T23:00:00.000Z', why: 'a holiday on a weekend day: Mon and Tue count (old: Wed 30)' },
  { mp: 'DE', event: '2026-03-28T10:00:00Z', local: 'Sat 28 Mar 11:00 CET', n: 1, counted: ['2026-03-30'],
    due: '2026-03-30T22:00:00.000Z', why: 'DST starts Sun 29 Mar: due at CEST midnight ending Mon 30 Mar' },
  { mp: 'FR', event: '2026-07-13T10:00:00Z', local: 'Mon 13 Jul 12:00 CEST', n: 2, counted: ['2026-07-15', '2026-07-16'],
    due: '2026-07-16T22:00:00.000Z', why: 'the 14 July holiday inside the window is skipped' },
  { mp: 'IT', event: '2026-12-08T09:00:00Z', local: 'Tue 8 Dec 10:00 CET (Immacolata)', n: 2, counted: ['2026-12-09', '2026-12-10'],
    due: '2026-12-10T23:00:00.000Z', why: 'holiday receipt on a weekday: Wed and Thu count (old: Fri 11)' },
  { mp: 'ES', event: '2026-12-31T11:00:00Z', local: 'Thu 31 Dec 12:00 CET', n: 2, counted: ['2027-01-04', '2027-01-05'],
    due: '2027-01-05T23:00:00.000Z', why: 'year end: New Year Fri 1 Jan and the weekend skipped' },
  { mp: 'JP', event: '2026-05-02T06:00:00Z', local: 'Sat 2 May 15:00 JST (Golden Week)', n: 2, counted: ['2026-05-07', '2026-05-08'],
    due: '2026-05-08T15:00:00.000Z', why: 'a run of holidays: Sun 3, Mon 4, Tue 5 and the substitute Wed 6 May (old: Mon 11)' },
  { mp: 'SA', event: '2026-12-04T07:00:00Z', local: 'Fri 4 Dec 10:00 AST', n: 2, counted: ['2026-12-06', '2026-12-07'],
    due: '2026-12-07T21:00:00.000Z', why: 'Friday + Saturday weekend: Sun and Mon count (old: Tue 8)' },
  { mp: 'EG', event: '2026-12-03T08:00:00Z', local: 'Thu 3 Dec 10:00 EET', n: 2, counted: ['2026-12-06', '2026-12-07'],
    due: '2026-12-07T22:00:00.000Z', why: 'Friday + Saturday weekend after a Thursday receipt' },
  { mp: 'AE', event: '2026-12-02T06:00:00Z', local: 'Wed 2 Dec 10:00 GST (National Day)', n: 2, counted: ['2026-12-03', '2026-12-04'],
    due: '2026-12-04T20:00:00.000Z', why: 'Saturday + Sunday weekend since 2022: Thu and Fri count' },
  { mp: 'IN', event: '2026-12-04T06:30:00Z', local: 'Fri 4 Dec 12:00 IST', n: 2, counted: ['2026-12-05', '2026-12-07'],
    due: '2026-12-07T18:30:00.000Z', why: 'Sunday-only weekend (CLDR): Saturday counts' },
  { mp: 'AU', event: '2026-10-03T02:00:00Z', local: 'Sat 3 Oct 12:00 AEST', n: 1, counted: ['2026-10-05'],
    due: '2026-10-05T13:00:00.000Z', why: 'DST starts Sun 4 Oct: due at AEDT (+11) midnight ending Mon 5 Oct' },
];

describe('businessDeadline: the event day never counts (worked examples, 10 marketplaces)', () => {
  it.each(EXAMPLES)('$mp $local + $n → $due ($why)', (ex) => {
    const cal = calendarFor(ex.mp);
    const d = businessDeadlineDetail(new Date(ex.event), ex.n, cal);
    expect(d.counted.map(dayKey)).toEqual(ex.counted);
    expect(d.dueAt.toISOString()).toBe(ex.due);
    expect(businessDeadline(new Date(ex.event), ex.n, cal).toISOString()).toBe(ex.due);
  });

  it('covers at least 8 marketplaces and every kind of case the convention must hold for', () => {
    expect(new Set(EXAMPLES.map((e) => e.mp)).size).toBeGreaterThanOrEqual(8);
    for (const word of ['weekend', 'holiday', 'late at night', 'DST', 'year end', 'run of holidays']) {
      expect(EXAMPLES.some((e) => e.why.includes(word)), word).toBe(true);
    }
  });
});

describe('every business-day clock follows the convention, and the explanation names the days', () => {
  const SAT = new Date('2026-11-21T22:00:00Z'); // Sat 21 Nov 14:00 Pacific

  it('refund after a received return (US, Saturday receipt): end of Tue 24 Nov', () => {
    const d = computeDeadline('return-refund', SAT, { marketplace: 'US' })!;
    expect(d.dueAt.toISOString()).toBe('2026-11-25T08:00:00.000Z');
    expect(d.explanation).toBe(
      'By end of Tue 24 Nov, Pacific Time: 2 business days after the return arrived on Sat 21 Nov; ' +
        'Mon 23 Nov and Tue 24 Nov count, Sat 21 Nov and Sun 22 Nov do not (US public holidays, Mon–Fri work week).',
    );
  });

  it('reply to Amazon CS (UK, bank-holiday Monday): end of Wed 6 May', () => {
    const d = computeDeadline('amazon-cs-reply', new Date('2026-05-04T09:00:00Z'), { marketplace: 'UK' })!;
    expect(d.dueAt.toISOString()).toBe('2026-05-06T23:00:00.000Z');
    expect(d.explanation).toBe(
      'By end of Wed 6 May, United Kingdom Time: 2 business days after Amazon CS contacted you on Mon 4 May; ' +
        'Tue 5 May and Wed 6 May count, Mon 4 May does not; Mon 4 May is a holiday (UK public holidays, Mon–Fri work week).',
    );
  });

  it('SAFE-T reply-by with its Mon–Sat week (US, Saturday request): Mon, Tue, Wed count', () => {
    const d = computeDeadline('safet-reply', SAT, { marketplace: 'US' })!;
    // Saturday itself is a business day for this rule, but it is the request's own day: it does not count.
    expect(d.dueAt.toISOString()).toBe('2026-11-26T08:00:00.000Z');
    expect(d.explanation).toMatch(/Mon 23 Nov, Tue 24 Nov and Wed 25 Nov count, Sat 21 Nov and Sun 22 Nov do not/);
    expect(d.explanation).toMatch(/Mon–Sat as this rule says/);
  });

  it('names the marketplace work week (SA: Sun–Thu)', () => {
    const d = computeDeadline('return-refund', new Date('2026-12-04T07:00:00Z'), { marketplace: 'SA' })!;
    expect(d.dueAt.toISOString()).toBe('2026-12-07T21:00:00.000Z');
    expect(d.explanation).toMatch(/Sun 6 Dec and Mon 7 Dec count, Fri 4 Dec and Sat 5 Dec do not \(SA public holidays, Sun–Thu work week\)\.$/);
  });
});

import { describe, expect, it } from 'vitest';
import { CLOCK_IDS, computeDeadline, PolicyInputError, type ClockId, type DeadlineContext } from '../../../utils/policy';
import { calendarFor } from '../../../utils/calendar';
import type { MarketplaceCode } from '../../../utils/marketplaces';
import { countedPhrase, dayList, formatTime, holidaysPhrase, plural, workweekLabel, zoneLabel } from '../../../utils/policy/explain-format';

const US: DeadlineContext = { marketplace: 'US' };
const thanksgiving = new Date('2026-11-26T22:05:00Z'); // Thu 26 Nov 2026 14:05 PST

describe('computeDeadline: every clock (US, Thanksgiving 2026)', () => {
  it('refund after a return: 2 business days, holiday named, calendar named', () => {
    const d = computeDeadline('return-refund', thanksgiving, US)!;
    // The holiday itself never counts: Fri 27 (1), Mon 30 (2).
    expect(d.dueAt.toISOString()).toBe('2026-12-01T08:00:00.000Z');
    expect(d.rule.id).toBe('sfp-refund-2bd');
    expect(d.startedAt).toBe(thanksgiving);
    expect(d.calendar?.timeZone).toBe('America/Los_Angeles');
    expect(d.explanation).toBe(
      'By end of Mon 30 Nov, Pacific Time: 2 business days after the return arrived on Thu 26 Nov; ' +
        'Fri 27 Nov and Mon 30 Nov count, Thu 26 Nov, Sat 28 Nov and Sun 29 Nov do not; ' +
        'Thu 26 Nov is a holiday (US public holidays, Mon–Fri work week).',
    );
  });

  it('Amazon CS reply: 2 business days', () => {
    const d = computeDeadline('amazon-cs-reply', new Date('2026-11-27T18:00:00Z'), US)!;
    expect(d.dueAt.toISOString()).toBe('2026-12-02T08:00:00.000Z');
    expect(d.explanation).toMatch(/^By end of Tue 1 Dec, Pacific Time: 2 business days after Amazon CS contacted you on Fri 27 Nov; Mon 30 Nov and Tue 1 Dec count, Fri 27 Nov, Sat 28 Nov and Sun 29 Nov do not \(/);
  });

  it('buyer reply: 24 hours, weekends and holidays count', () => {
    const d = computeDeadline('buyer-reply', thanksgiving, US)!;
    expect(d.dueAt.toISOString()).toBe('2026-11-27T22:05:00.000Z');
    expect(d.explanation).toBe(
      "By Fri 27 Nov 14:05, Pacific Time: 24 hours after the buyer's message arrived on Thu 26 Nov at 14:05; weekends and holidays count.",
    );
  });

  it('buyer reply across a DST change is 24 real hours', () => {
    const d = computeDeadline('buyer-reply', new Date('2026-03-07T20:00:00Z'), US)!;
    expect(d.dueAt.toISOString()).toBe('2026-03-08T20:00:00.000Z');
    expect(d.explanation).toContain('By Sun 8 Mar 13:00');
  });

  it('automated refund: 4 calendar days at the same wall time, across DST', () => {
    const d = computeDeadline('automated-refund', new Date('2026-10-29T17:00:00Z'), US)!; // Thu 10:00 PDT
    expect(d.dueAt.toISOString()).toBe('2026-11-02T18:00:00.000Z'); // Mon 10:00 PST
    expect(d.rule.id).toBe('us-automated-refund-4cd');
    // Before 26 Jan 2026 the older rule was 2 business days: Fri 16 Jan → MLK Day Mon 19 → Tue 20, Wed 21.
    expect(computeDeadline('automated-refund', new Date('2026-01-16T18:00:00Z'), US)!.dueAt.toISOString()).toBe('2026-01-22T08:00:00.000Z');
  });

  it('SAFE-T filing: 30 days from 16 Feb 2026, 60 before, cut short by the change', () => {
    const after = computeDeadline('safet-filing', new Date('2026-02-16T12:00:00Z'), US)!;
    expect(after.dueAt.toISOString()).toBe('2026-03-18T11:00:00.000Z');
    const longBefore = computeDeadline('safet-filing', new Date('2025-12-01T12:00:00Z'), US)!;
    expect(longBefore.dueAt.toISOString()).toBe('2026-01-30T12:00:00.000Z');
    expect(longBefore.explanation).not.toContain('cut short');
    // 10 Feb event: 60 days would be 11 Apr, but from 16 Feb only the last 30 days can be claimed → 12 Mar.
    const justBefore = computeDeadline('safet-filing', new Date('2026-02-10T12:00:00Z'), US)!;
    expect(justBefore.rule.id).toBe('us-safet-filing-60d');
    expect(justBefore.dueAt.toISOString()).toBe('2026-03-12T11:00:00.000Z');
    expect(justBefore.explanation).toContain('cut short');
    // 1 Jan event: the old window still ran until the change took effect (end of Sun 15 Feb, Pacific).
    const newYear = computeDeadline('safet-filing', new Date('2026-01-01T20:00:00Z'), US)!;
    expect(newYear.dueAt.toISOString()).toBe('2026-02-16T08:00:00.000Z');
    expect(newYear.explanation).toMatch(/^By end of Sun 15 Feb, Pacific Time: 60 calendar days .* \(cut short: from Mon 16 Feb 2026 only the last 30 days can be claimed\)/);
  });

  it('SAFE-T wait, reply and appeal', () => {
    const wait = computeDeadline('safet-wait', thanksgiving, { marketplace: 'CA', problem: 'not-returned' })!;
    expect(wait.dueAt.toISOString()).toBe('2026-12-11T22:05:00.000Z');
    expect(computeDeadline('safet-wait', thanksgiving, US)).toBeNull();
    const reply = computeDeadline('safet-reply', new Date('2026-11-27T18:00:00Z'), US)!;
    // Saturdays count: Sat 28 (1), Mon 30 (2), Tue 1 (3).
    expect(reply.dueAt.toISOString()).toBe('2026-12-02T08:00:00.000Z');
    expect(reply.calendar?.weekend).toEqual([0]);
    expect(reply.explanation).toContain('Mon–Sat as this rule says');
    const appeal = computeDeadline('safet-appeal', thanksgiving, US)!;
    expect(appeal.rule.status).toBe('inferred');
    expect(appeal.dueAt.toISOString()).toBe('2026-12-26T22:05:00.000Z');
  });

  it('covers every clock in at least one marketplace', () => {
    for (const clock of CLOCK_IDS) {
      const ctx: DeadlineContext = clock === 'safet-wait' ? { marketplace: 'CA', problem: 'not-returned' } : US;
      const d = computeDeadline(clock, thanksgiving, ctx);
      expect(d?.dueAt.getTime()).toBeGreaterThan(thanksgiving.getTime());
      expect(d?.explanation).toMatch(/^By .+\.$/);
    }
  });

  it('returns null where no rule applies', () => {
    expect(computeDeadline('return-refund', new Date('2019-06-01T00:00:00Z'), US)).toBeNull();
  });
});

describe('computeDeadline: page dates, calendars and wording', () => {
  it('the page date wins for SAFE-T reply and appeal', () => {
    const pageDueAt = new Date('2026-11-30T17:00:00Z');
    const reply = computeDeadline('safet-reply', thanksgiving, { marketplace: 'DE', pageDueAt })!;
    expect(reply.dueAt).toBe(pageDueAt);
    expect(reply.fromPage).toBe(true);
    expect(reply.rule.id).toBe('safet-reply-3bd-sat');
    expect(reply.explanation).toBe('By Mon 30 Nov 18:00, Central European Time: the "Reply by" date shown on the SAFE-T claim.');
    const appeal = computeDeadline('safet-appeal', thanksgiving, { marketplace: 'US', pageDueAt, locale: 'en-US' })!;
    expect(appeal.explanation).toBe('By Mon Nov 30 9:00 AM, Pacific Time: the "Appeal by" date shown on the SAFE-T claim.');
  });

  it('uses the seller’s calendar and says so', () => {
    const calendar = calendarFor('US', { holidaysAdded: ['2026-11-27', '2026-11-30', '2026-12-01', '2026-12-02'] });
    const d = computeDeadline('return-refund', thanksgiving, { marketplace: 'US', calendar })!;
    // 26, 27, 30 Nov, 1, 2 Dec are holidays: Thu 3 (1), Fri 4 (2).
    expect(d.dueAt.toISOString()).toBe('2026-12-05T08:00:00.000Z');
    expect(d.explanation).toContain('Thu 26 Nov, Fri 27 Nov, Mon 30 Nov and 2 more are holidays (your calendar, Mon–Fri work week)');
  });

  it('writes US-style dates for en-US and years when they differ', () => {
    const d = computeDeadline('return-refund', new Date('2026-12-31T20:00:00Z'), { marketplace: 'US', locale: 'en-US' })!;
    expect(d.explanation).toBe(
      'By end of Tue Jan 5 2027, Pacific Time: 2 business days after the return arrived on Thu Dec 31 2026; ' +
        'Mon Jan 4 2027 and Tue Jan 5 2027 count, Thu Dec 31 2026, Fri Jan 1 2027, Sat Jan 2 2027 and Sun Jan 3 2027 do not; ' +
        'Fri Jan 1 2027 is a holiday (US public holidays, Mon–Fri work week).',
    );
  });

  it('says when holiday data does not cover the year', () => {
    const d = computeDeadline('return-refund', new Date('2033-03-01T20:00:00Z'), US)!;
    expect(d.explanation).toContain('no holiday data for 2033, only weekends skipped');
  });

  it('falls back to the IANA name where Intl has none', () => {
    const d = computeDeadline('buyer-reply', thanksgiving, { marketplace: 'AE', calendar: { timeZone: 'Etc/GMT-4' } })!;
    expect(d.explanation).toContain(', Etc/GMT-4:');
  });
});

describe('computeDeadline: bad input → PolicyInputError', () => {
  it.each<[string, () => unknown]>([
    ['unknown clock', () => computeDeadline('refund' as ClockId, thanksgiving, US)],
    ['invalid event', () => computeDeadline('return-refund', new Date('nope'), US)],
    ['event not a Date', () => computeDeadline('return-refund', 1764194700000 as unknown as Date, US)],
    ['unknown marketplace', () => computeDeadline('return-refund', thanksgiving, { marketplace: 'XX' as MarketplaceCode })],
    ['missing context', () => computeDeadline('return-refund', thanksgiving, undefined as unknown as DeadlineContext)],
    ['page date for a computed clock', () => computeDeadline('return-refund', thanksgiving, { ...US, pageDueAt: thanksgiving })],
    ['unknown return problem', () => computeDeadline('safet-filing', thanksgiving, { ...US, problem: 'stolen' as DeadlineContext['problem'] })],
    ['invalid page date', () => computeDeadline('safet-reply', thanksgiving, { ...US, pageDueAt: new Date('x') })],
    ['unknown time zone', () => computeDeadline('return-refund', thanksgiving, { ...US, calendar: { timeZone: 'Moon/Base' } })],
    ['unknown zone on a wall-clock rule', () => computeDeadline('buyer-reply', thanksgiving, { ...US, calendar: { timeZone: 'Moon/Base' } })],
    ['bad holiday', () => computeDeadline('return-refund', thanksgiving, { ...US, calendar: { timeZone: 'UTC', holidays: ['2026-02-31'] } })],
  ])('%s', (_name, call) => {
    expect(call).toThrow(PolicyInputError);
  });
});

describe('explanation wording helpers', () => {
  it('pluralises, lists holidays and names work weeks', () => {
    expect(plural(1, 'business day')).toBe('1 business day');
    expect(plural(3, 'business day')).toBe('3 business days');
    const style = { usOrder: false, withYear: false };
    expect(holidaysPhrase([20_000], style)).toBe('Fri 4 Oct is a holiday'); // day 20000 = 2024-10-04
    expect(holidaysPhrase([20_000, 20_001], style)).toBe('Fri 4 Oct and Sat 5 Oct are holidays');
    expect(workweekLabel({ timeZone: 'UTC' })).toBe('Mon–Fri');
    expect(workweekLabel({ timeZone: 'UTC', weekend: [5, 6] })).toBe('Sun–Thu');
    expect(workweekLabel({ timeZone: 'UTC', weekend: [0] })).toBe('Mon–Sat');
    expect(workweekLabel({ timeZone: 'UTC', weekend: [] })).toBe('every day');
    expect(workweekLabel({ timeZone: 'UTC', weekend: [0, 3] })).toBe('Mon, Tue, Thu, Fri, Sat');
    expect(workweekLabel({ timeZone: 'UTC', weekend: [0, 1, 2, 3, 4, 6] })).toBe('Fri');
    expect(dayList([], style)).toBe('');
    expect(dayList([20_000, 20_001, 20_002, 20_003, 20_004], style)).toBe('Fri 4 Oct, Sat 5 Oct, Sun 6 Oct and 2 more');
    expect(countedPhrase([], [20_000], style)).toBe('');
    expect(countedPhrase([20_003], [20_000, 20_001, 20_002], style)).toBe('Mon 7 Oct counts, Fri 4 Oct, Sat 5 Oct and Sun 6 Oct do not');
    expect(countedPhrase([20_001, 20_002], [20_000], style)).toBe('Sat 5 Oct and Sun 6 Oct count, Fri 4 Oct does not');
  });

  it('writes 12-hour times around midnight and noon', () => {
    const us = { usOrder: true, withYear: false };
    expect(formatTime(new Date('2026-11-27T00:30:00Z'), 'UTC', us)).toBe('12:30 AM');
    expect(formatTime(new Date('2026-11-27T12:30:00Z'), 'UTC', us)).toBe('12:30 PM');
    expect(zoneLabel('Australia/Sydney')).toBe('Australian Eastern Time'); // marketplace zone: from the table
    expect(zoneLabel('America/Halifax')).toBe('Atlantic Time'); // a seller's own zone: from Intl
    expect(zoneLabel('America/Halifax')).toBe('Atlantic Time'); // … then cached
  });
});

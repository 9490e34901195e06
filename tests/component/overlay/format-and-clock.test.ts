// Countdown text, time-zone explicit date-time inputs (DST included) and the shared minute clock.
import fc from 'fast-check';
import { afterEach, describe, expect, test, vi } from 'vitest';
import {
  formatDue, formatInstant, formatRemaining, formatSpan, fromLocalInputValue, toLocalInputValue,
} from '@/components/overlay/format';
import { createMinuteClock } from '@/components/overlay/minute-clock';
import { MARKETPLACE_CODES, MARKETPLACES } from '@/utils/marketplaces';

const MIN = 60_000;
const H = 60 * MIN;
const D = 24 * H;

describe('formatSpan / formatRemaining', () => {
  test.each([
    [D + 4 * H + 59 * MIN, '1 d 4 h'],
    [2 * D, '2 d'],
    [3 * H + 12 * MIN + 59_000, '3 h 12 min'],
    [5 * H, '5 h'],
    [12 * MIN, '12 min'],
    [59_999, '0 min'],
  ])('%d ms → %s', (ms, text) => {
    expect(formatSpan(ms)).toBe(text);
  });

  test('future, overdue and due now', () => {
    const now = new Date('2026-11-27T13:00:00Z');
    expect(formatRemaining(new Date(now.getTime() + D + 4 * H), now)).toBe('in 1 d 4 h');
    expect(formatRemaining(new Date(now.getTime() - 2 * H - 5 * MIN), now)).toBe('overdue by 2 h 5 min');
    expect(formatRemaining(new Date(now.getTime() + 30_000), now)).toBe('due now');
  });

  test('business-day deadlines (local midnight) read as "end of" the last day, in the given zone', () => {
    expect(formatDue(new Date('2026-11-26T08:00:00Z'), 'America/Los_Angeles')).toBe('end of Wed, Nov 25, 2026');
    expect(formatDue(new Date('2026-11-26T08:00:00Z'), 'Europe/Berlin')).toMatch(/^Thu, Nov 26, 2026, 9:00 AM/);
  });
});

describe('formatInstant / formatDue: tables for marketplace zones, Intl for the rest', () => {
  const zones = [...new Set(MARKETPLACE_CODES.map((c) => MARKETPLACES[c].timeZone))];
  const intl = (timeZone: string, withTime: boolean) =>
    new Intl.DateTimeFormat('en-US', {
      timeZone, weekday: 'short', month: 'short', day: 'numeric', year: 'numeric',
      ...(withTime ? { hour: 'numeric', minute: '2-digit', timeZoneName: 'short' } : {}),
    });

  test('marketplace zones read exactly as Intl writes them (property, 2024–2032)', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2033, 0, 1) }), fc.constantFrom(...zones), (ms, tz) => {
        const at = new Date(ms);
        expect(formatInstant(at, tz)).toBe(intl(tz, true).format(at));
        const midnight = new Date(fromLocalInputValue(toLocalInputValue(at, tz).slice(0, 10) + 'T00:00', tz)!);
        if (toLocalInputValue(midnight, tz).endsWith('T00:00')) {
          expect(formatDue(midnight, tz)).toBe(`end of ${intl(tz, false).format(new Date(midnight.getTime() - 1))}`);
        }
      }),
      { numRuns: 3000 },
    );
  });

  test('other zones and locales go through Intl', () => {
    const at = new Date('2026-11-27T21:29:00Z');
    expect(formatInstant(at, 'America/Halifax')).toBe(intl('America/Halifax', true).format(at));
    expect(formatInstant(at, 'Europe/Berlin', 'de-DE')).toContain('27');
    expect(formatDue(new Date('2026-11-27T04:00:00Z'), 'America/Halifax')).toBe('end of Thu, Nov 26, 2026');
  });
});

describe('datetime-local values in an explicit zone', () => {
  test('now in Los Angeles, and back', () => {
    const at = new Date('2026-11-27T13:00:00Z');
    expect(toLocalInputValue(at, 'America/Los_Angeles')).toBe('2026-11-27T05:00');
    expect(fromLocalInputValue('2026-11-27T05:00', 'America/Los_Angeles')?.toISOString()).toBe('2026-11-27T13:00:00.000Z');
    expect(fromLocalInputValue('2026-11-27T05:00', 'Asia/Tokyo')?.toISOString()).toBe('2026-11-26T20:00:00.000Z');
  });

  test('summer time is applied from the date, not from the machine', () => {
    expect(fromLocalInputValue('2026-07-01T10:00', 'America/Los_Angeles')?.toISOString()).toBe('2026-07-01T17:00:00.000Z');
    expect(fromLocalInputValue('2026-07-01T10:00', 'Europe/London')?.toISOString()).toBe('2026-07-01T09:00:00.000Z');
  });

  test.each(['', 'garbage', '2026-02-31T10:00', '2026-13-01T10:00', '2026-11-27T24:00', '2026-11-27 05:00'])(
    'rejects %j',
    (value) => {
      expect(fromLocalInputValue(value, 'America/Los_Angeles')).toBeNull();
    },
  );

  test('property: the shown value survives a round trip in every marketplace zone', () => {
    const zones = MARKETPLACE_CODES.map((c) => MARKETPLACES[c].timeZone);
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2024, 0, 1) / MIN, max: Date.UTC(2030, 0, 1) / MIN }),
        fc.constantFrom(...zones),
        (minutes, zone) => {
          const shown = toLocalInputValue(new Date(minutes * MIN), zone);
          const back = fromLocalInputValue(shown, zone);
          expect(back).not.toBeNull();
          expect(toLocalInputValue(back!, zone)).toBe(shown);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('minute clock', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  test('one timer, only while subscribed, firing at each minute boundary', () => {
    vi.useFakeTimers({ now: new Date('2026-11-27T13:00:30.000Z') });
    const clock = createMinuteClock(() => new Date(), { setTimeout: (f, ms) => setTimeout(f, ms), clearTimeout: (id) => clearTimeout(id as number) });
    expect(vi.getTimerCount()).toBe(0);
    const ticks: string[] = [];
    const off = clock.subscribe(() => ticks.push(clock.now().toISOString().slice(11, 19)));
    const off2 = clock.subscribe(() => undefined);
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(29_000);
    expect(ticks).toEqual([]);
    vi.advanceTimersByTime(1_100);
    expect(ticks).toEqual(['13:01:00']);
    vi.advanceTimersByTime(60_000);
    expect(ticks).toEqual(['13:01:00', '13:02:00']);
    off();
    expect(vi.getTimerCount()).toBe(1);
    off2();
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(600_000);
    expect(ticks).toHaveLength(2);
  });

  test('a first subscriber later in the same minute keeps the instant (no re-render); a later minute catches up', () => {
    vi.useFakeTimers({ now: new Date('2026-11-27T13:00:10.000Z') });
    const clock = createMinuteClock(() => new Date(), { setTimeout: (f, ms) => setTimeout(f, ms), clearTimeout: (id) => clearTimeout(id as number) });
    const created = clock.now();
    vi.setSystemTime(new Date('2026-11-27T13:00:59.900Z'));
    const off = clock.subscribe(() => undefined);
    expect(clock.now()).toBe(created);
    off();
    vi.setSystemTime(new Date('2026-11-27T13:05:02.000Z'));
    const off2 = clock.subscribe(() => undefined);
    expect(clock.now().toISOString()).toBe('2026-11-27T13:05:02.000Z');
    off2();
  });
});

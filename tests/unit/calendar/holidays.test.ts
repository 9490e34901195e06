import { describe, expect, it } from 'vitest';
import {
  calendarFor,
  CalendarError,
  dayKey,
  dayParts,
  defaultHolidays,
  holidayDataCovers,
  isValidTimeZone,
  localDay,
  parseDayKey,
  startOfLocalDate,
  startOfLocalDay,
  weekdayOf,
  type CalendarOverrides,
} from '../../../utils/calendar';
import type { MarketplaceCode } from '../../../utils/marketplaces';

describe('calendarFor', () => {
  it('defaults to the marketplace zone, Sat+Sun weekend and public holidays', () => {
    const cal = calendarFor('US');
    expect(cal.timeZone).toBe('America/Los_Angeles');
    expect(cal.weekend).toEqual([0, 6]);
    expect(cal.holidays).toEqual(defaultHolidays('US'));
    expect(calendarFor('JP').timeZone).toBe('Asia/Tokyo');
    expect(calendarFor('US')).toBe(cal); // shared, frozen default
    expect(Object.isFrozen(cal.holidays)).toBe(true);
    expect(calendarFor('US', { holidaysAdded: [] })).not.toBe(cal);
  });

  it("defaults to each marketplace's own weekend, and keeps the seller's override", () => {
    expect(calendarFor('SA').weekend).toEqual([5, 6]);
    expect(calendarFor('EG').weekend).toEqual([5, 6]);
    expect(calendarFor('AE').weekend).toEqual([0, 6]);
    expect(calendarFor('IN').weekend).toEqual([0]);
    expect(calendarFor('SA', { weekend: [6, 0] }).weekend).toEqual([0, 6]);
    expect(calendarFor('US', { weekend: [5, 6] }).weekend).toEqual([5, 6]);
  });

  it('applies the seller’s overrides', () => {
    const cal = calendarFor('US', {
      timeZone: 'America/New_York',
      weekend: [6, 0],
      holidaysAdded: ['2026-11-27', ' 2026-12-24 ', '2026-11-26'],
      holidaysRemoved: ['2026-11-11'],
    });
    expect(cal.timeZone).toBe('America/New_York');
    expect(cal.weekend).toEqual([0, 6]);
    expect(cal.holidays).toEqual(expect.arrayContaining(['2026-11-26', '2026-11-27', '2026-12-24']));
    expect(cal.holidays).not.toContain('2026-11-11');
    expect(cal.holidays?.filter((d) => d === '2026-11-26')).toHaveLength(1);
    expect([...(cal.holidays ?? [])]).toEqual([...(cal.holidays ?? [])].sort());
  });

  it.each<[string, CalendarOverrides]>([
    ['unknown zone', { timeZone: 'Europe/Atlantis' }],
    ['weekend of every day', { weekend: [0, 1, 2, 3, 4, 5, 6] }],
    ['bad added holiday', { holidaysAdded: ['2026-13-01'] }],
    ['bad removed holiday', { holidaysRemoved: ['yesterday'] }],
    ['non-string holiday', { holidaysAdded: [null as unknown as string] }],
    ['holidays not a list', { holidaysAdded: '2026-12-24' as unknown as string[] }],
  ])('rejects %s', (_name, overrides) => {
    expect(() => calendarFor('US', overrides)).toThrow(CalendarError);
  });

  it('rejects an unknown marketplace', () => {
    expect(() => calendarFor('XX' as MarketplaceCode)).toThrow(CalendarError);
    expect(() => defaultHolidays('GB' as MarketplaceCode)).toThrow(CalendarError);
  });

  it('says which years the holiday data covers', () => {
    expect(holidayDataCovers(2024)).toBe(true);
    expect(holidayDataCovers(2032)).toBe(true);
    expect(holidayDataCovers(2023)).toBe(false);
    expect(holidayDataCovers(2033)).toBe(false);
  });
});

describe('civil dates', () => {
  it('parses only real YYYY-MM-DD dates', () => {
    expect(parseDayKey('2026-11-27')).toBe(Date.UTC(2026, 10, 27) / 86_400_000);
    expect(parseDayKey('2024-02-29')).not.toBeNull();
    for (const bad of ['2026-02-29', '2026-00-10', '2026-1-1', '27/11/2026', '']) expect(parseDayKey(bad)).toBeNull();
  });

  it('round-trips keys and names weekdays, before 1970 too', () => {
    const day = parseDayKey('2026-11-27')!;
    expect(dayKey(day)).toBe('2026-11-27');
    expect(weekdayOf(day)).toBe(5);
    expect(weekdayOf(parseDayKey('1969-12-28')!)).toBe(0);
    expect(dayParts(day)).toEqual({ year: 2026, month: 11, date: 27 });
  });

  it('maps instants to local dates and back', () => {
    const day = localDay(new Date('2026-11-28T07:59:00Z'), 'America/Los_Angeles');
    expect(dayKey(day)).toBe('2026-11-27');
    expect(startOfLocalDay(day, 'America/Los_Angeles').toISOString()).toBe('2026-11-27T08:00:00.000Z');
    expect(startOfLocalDay(day, 'Asia/Tokyo').toISOString()).toBe('2026-11-26T15:00:00.000Z');
    expect(startOfLocalDate('2026-02-16', 'America/Los_Angeles').toISOString()).toBe('2026-02-16T08:00:00.000Z');
    expect(() => startOfLocalDate('2026-02-30', 'UTC')).toThrow(CalendarError);
  });

  it('keeps memoised day starts correct past the memo limit', () => {
    for (let d = 0; d <= 10_000; d++) startOfLocalDay(15_000 + d, 'UTC');
    expect(startOfLocalDay(15_000, 'UTC').getTime()).toBe(15_000 * 86_400_000);
    expect(startOfLocalDay(20_419, 'America/Los_Angeles').toISOString()).toBe('2025-11-27T08:00:00.000Z');
  });

  it('validates time zones', () => {
    expect(isValidTimeZone('Europe/Berlin')).toBe(true);
    expect(isValidTimeZone('Europe/Berlin')).toBe(true); // cached
    expect(isValidTimeZone('Not/AZone')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
    expect(isValidTimeZone(42)).toBe(false);
  });
});

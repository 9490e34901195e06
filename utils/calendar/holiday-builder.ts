/**
 * Builds the compact per-marketplace holiday table from the date-holidays package.
 * Build-time only (generate-holidays.ts and the drift test): never import this from extension code,
 * it pulls in date-holidays' 12 MB of data for every country.
 */
import Holidays from 'date-holidays';
import { MARKETPLACE_CODES, type MarketplaceCode } from '../marketplaces';
import { COUNTED_HOLIDAY_TYPES, HOLIDAY_SOURCES, HOLIDAY_YEARS } from './holiday-sources';
import { dayKey, parseDayKey } from './civil-date';

/** Per marketplace, per year: that year's holiday dates as space-separated 'MMDD'. */
export type HolidayTable = Record<MarketplaceCode, Record<number, string>>;

const HOUR = 3_600_000;

/** Whole local dates covered by one date-holidays entry ('YYYY-MM-DD HH:mm:ss[ ±hhmm]', start, end). */
export function wholeDays(date: string, start: Date, end: Date): string[] {
  const first = parseDayKey(date.slice(0, 10));
  if (first === null) return [];
  const [h, m] = [Number(date.slice(11, 13)), Number(date.slice(14, 16))];
  const hours = (end.getTime() - start.getTime()) / HOUR;
  // A mid-day start (half-day public holiday) leaves that morning a working day: count from the next day.
  const partial = h !== 0 || m !== 0;
  const offset = partial ? 1 : 0;
  const days = Math.round((partial ? hours - (24 - h - m / 60) : hours) / 24);
  return Array.from({ length: Math.max(0, days) }, (_, i) => dayKey(first + offset + i));
}

/** All counted holiday dates of a marketplace in one year, sorted, unique, within that year. */
export function holidaysOf(code: MarketplaceCode, year: number): string[] {
  const src = HOLIDAY_SOURCES[code];
  const hd = src.region ? new Holidays(src.country, src.region) : new Holidays(src.country);
  const out = new Set<string>();
  for (const h of hd.getHolidays(year) || []) {
    if (!COUNTED_HOLIDAY_TYPES.includes(h.type)) continue;
    for (const key of wholeDays(h.date, h.start, h.end)) if (key.startsWith(`${year}-`)) out.add(key);
  }
  return [...out].sort();
}

/** The whole table, as the generator writes it. */
export function buildHolidayTable(): HolidayTable {
  const table = {} as HolidayTable;
  for (const code of MARKETPLACE_CODES) {
    const years: Record<number, string> = {};
    for (let y = HOLIDAY_YEARS.from; y <= HOLIDAY_YEARS.to; y++) {
      years[y] = holidaysOf(code, y).map((k) => k.slice(5, 7) + k.slice(8, 10)).join(' ');
    }
    table[code] = years;
  }
  return table;
}

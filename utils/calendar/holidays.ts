/**
 * Default business calendars per marketplace and the seller's changes to them.
 * Defaults (sfp-rules.md §2): the marketplace's time zone and its own weekend (utils/marketplaces.ts:
 * Sat + Sun in most, Fri + Sat in SA and EG, Sunday in IN), and the marketplace's public holidays from the generated table (holiday-sources.ts says which count and why).
 */
import { isMarketplaceCode, MARKETPLACES, type MarketplaceCode } from '../marketplaces';
import { HOLIDAY_TABLE } from './holidays-table';
import { HOLIDAY_YEARS } from './holiday-sources';
import { assertTimeZone, dayKey, parseDayKey } from './civil-date';
import { validateWeekend, type BusinessCalendar } from './business-days';
import { CalendarError } from './errors';

/** The seller's changes to a marketplace's default calendar (options page "Holiday Settings"). */
export interface CalendarOverrides {
  timeZone?: string;
  weekend?: readonly number[];
  holidaysAdded?: readonly string[];
  holidaysRemoved?: readonly string[];
}

const defaults = new Map<MarketplaceCode, readonly string[]>();
const defaultCalendars = new Map<MarketplaceCode, BusinessCalendar>();

function assertMarketplace(marketplace: unknown): asserts marketplace is MarketplaceCode {
  if (!isMarketplaceCode(marketplace)) throw new CalendarError(`Unknown marketplace: ${String(marketplace)}`, 'marketplace', { code: String(marketplace) });
}

/** A marketplace's public holidays as 'YYYY-MM-DD', sorted, for the years HOLIDAY_YEARS covers. */
export function defaultHolidays(marketplace: MarketplaceCode): readonly string[] {
  assertMarketplace(marketplace);
  const cached = defaults.get(marketplace);
  if (cached) return cached;
  const list = Object.entries(HOLIDAY_TABLE[marketplace]).flatMap(([year, days]) =>
    days.split(' ').filter(Boolean).map((md) => `${year}-${md.slice(0, 2)}-${md.slice(2, 4)}`),
  );
  const frozen = Object.freeze(list.sort());
  defaults.set(marketplace, frozen);
  return frozen;
}

/** Whether the holiday table covers a year (outside it, only the seller's own holidays apply). */
export function holidayDataCovers(year: number): boolean {
  return year >= HOLIDAY_YEARS.from && year <= HOLIDAY_YEARS.to;
}

function normaliseDays(list: readonly string[] | undefined, which: 'removed' | 'added'): string[] {
  if (list === undefined) return [];
  const what = which === 'removed' ? 'Removed holiday' : 'Added holiday';
  if (!Array.isArray(list)) throw new CalendarError(`${what} must be a list of YYYY-MM-DD dates`, `${which}List`);
  return list.map((key) => {
    const day = typeof key === 'string' ? parseDayKey(key.trim()) : null;
    if (day === null) throw new CalendarError(`${what}: not a YYYY-MM-DD date: ${String(key)}`, `${which}Day`, { value: String(key) });
    return dayKey(day);
  });
}

/**
 * The business calendar for a marketplace: defaults (marketplace time zone, the marketplace's weekend,
 * public holidays) with the seller's overrides applied. Throws CalendarError on any invalid override.
 */
export function calendarFor(marketplace: MarketplaceCode, overrides: CalendarOverrides = {}): BusinessCalendar {
  assertMarketplace(marketplace);
  // The plain default is shared and frozen: deadlines reuse its parsed holiday set instead of rebuilding it.
  const plain = Object.keys(overrides).length === 0;
  const cached = plain ? defaultCalendars.get(marketplace) : undefined;
  if (cached) return cached;
  const timeZone = overrides.timeZone ?? MARKETPLACES[marketplace].timeZone;
  assertTimeZone(timeZone);
  const weekend = [...validateWeekend(overrides.weekend ?? MARKETPLACES[marketplace].weekend)].sort((a, b) => a - b);
  const removed = new Set(normaliseDays(overrides.holidaysRemoved, 'removed'));
  const added = normaliseDays(overrides.holidaysAdded, 'added');
  const holidays = [...new Set([...defaultHolidays(marketplace), ...added])].filter((d) => !removed.has(d)).sort();
  const cal: BusinessCalendar = Object.freeze({ timeZone, weekend: Object.freeze(weekend), holidays: Object.freeze(holidays) });
  if (plain) defaultCalendars.set(marketplace, cal);
  return cal;
}

/**
 * Civil (wall-calendar) dates as day numbers, and the bridge between them and instants in an IANA zone.
 * Day arithmetic runs on plain integers so DST changes can never shift a date; only the two
 * conversions below touch a time zone, both through ./zone (never the machine's zone).
 */
import { MARKETPLACES } from '../marketplaces';
import { CalendarError } from './errors';
import { isKnownZone, zoneFields, zonedTime } from './zone';

/** Days since 1970-01-01 of a local calendar date (time zone independent once computed). */
export type DayNumber = number;

const MS_PER_DAY = 86_400_000;
const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;
// The marketplace table's own zones are known IANA names (tests/unit/calendar checks each one against
// Intl): taking them as valid keeps the first Intl object of a tab — 20–30 ms in Chromium, whatever its
// options — out of a calendar that needs none yet (an overlay's first render). Seller overrides are checked.
const validZones = new Map<string, boolean>(Object.values(MARKETPLACES).map((m) => [m.timeZone, true]));
const dayStarts = new Map<string, number>();

/** True for an IANA zone name the runtime knows (cached: the first check may build an Intl object). */
export function isValidTimeZone(timeZone: unknown): timeZone is string {
  if (typeof timeZone !== 'string' || timeZone === '') return false;
  const known = validZones.get(timeZone);
  if (known !== undefined) return known;
  const ok = isKnownZone(timeZone);
  validZones.set(timeZone, ok);
  return ok;
}

export function assertTimeZone(timeZone: unknown): asserts timeZone is string {
  if (!isValidTimeZone(timeZone)) throw new CalendarError(`Unknown time zone: ${String(timeZone)}`, 'zone', { zone: String(timeZone) });
}

export function assertValidDate(value: unknown, what: string): asserts value is Date {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
    throw new CalendarError(`${what} is not a valid date`, 'eventDate');
  }
}

/** The local calendar date of an instant in a zone. */
export function localDay(instant: Date, timeZone: string): DayNumber {
  const local = zoneFields(instant.getTime(), timeZone);
  return Math.round(Date.UTC(local.year, local.month - 1, local.day) / MS_PER_DAY);
}

/**
 * The first instant of a local date. Usually local midnight; where a DST change skips midnight
 * (e.g. Africa/Cairo's spring change at 00:00) it moves forward to the first existing time.
 */
export function startOfLocalDay(day: DayNumber, timeZone: string): Date {
  // Offsets cost tens of µs; lists recompute the same few days, so memoise.
  const key = `${timeZone}|${day}`;
  let ms = dayStarts.get(key);
  if (ms === undefined) {
    const utc = new Date(day * MS_PER_DAY);
    ms = zonedTime({ year: utc.getUTCFullYear(), month: utc.getUTCMonth() + 1, day: utc.getUTCDate() }, timeZone);
    if (dayStarts.size >= 10_000) dayStarts.clear();
    dayStarts.set(key, ms);
  }
  return new Date(ms);
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(day: DayNumber): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** 'YYYY-MM-DD' → day number; null when the text is not a real calendar date. */
export function parseDayKey(key: string): DayNumber | null {
  const m = DAY_KEY.exec(key);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return Math.round(ms / MS_PER_DAY);
}

/** Day number → 'YYYY-MM-DD'. */
export function dayKey(day: DayNumber): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Year, month (1–12), day of month of a day number. */
export function dayParts(day: DayNumber): { year: number; month: number; date: number } {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, date: d.getUTCDate() };
}

/** First instant of a 'YYYY-MM-DD' local date in a zone; CalendarError for a date that does not exist. */
export function startOfLocalDate(key: string, timeZone: string): Date {
  const day = parseDayKey(key);
  if (day === null) throw new CalendarError(`Not a YYYY-MM-DD date: ${key}`, 'dayKey', { value: key });
  return startOfLocalDay(day, timeZone);
}

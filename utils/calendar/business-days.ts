/**
 * Business-day deadlines (architecture.md "Public contracts"; sfp-rules.md §2 "Business day"):
 * the end of the Nth business day strictly after the event's local date. The event's own day never
 * counts, whether it is a business day or not: received Saturday 14:00 + 2 → Monday and Tuesday count,
 * due at the end of Tuesday; received Monday 10:00 + 2 → end of Wednesday. Amazon does not define
 * "business day" for these clocks [INF]; this is the reading that can never be later than Amazon's
 * wording ("two business days … after you have received the return") allows. The default calendar is
 * the marketplace's own work week minus its public holidays, overridable by the seller.
 */
import {
  assertTimeZone,
  assertValidDate,
  localDay,
  parseDayKey,
  startOfLocalDay,
  weekdayOf,
  type DayNumber,
} from './civil-date';
import { CalendarError } from './errors';

/** A seller's business calendar: IANA zone, weekend weekdays (0 = Sunday) and holiday dates. */
export interface BusinessCalendar {
  timeZone: string;
  weekend?: readonly number[];
  holidays?: readonly string[];
}

/** Why a day did not count. */
export type SkipReason = 'weekend' | 'holiday';

/** businessDeadline with its working: the days it counted from, ended on and skipped. */
export interface BusinessDeadlineDetail {
  dueAt: Date;
  /** Local date of the event (never counted). */
  eventDay: DayNumber;
  /** Why the event's own day is not a business day, or null when it is one (it does not count either way). */
  eventDayReason: SkipReason | null;
  /** The business days that count, in order: the first business day strictly after eventDay, … , lastDay. */
  counted: readonly DayNumber[];
  /** First counted business day (eventDay when no day is counted, N = 0). */
  countedFrom: DayNumber;
  /** The Nth business day after the event's date (eventDay when N = 0); dueAt is the end of it. */
  lastDay: DayNumber;
  /** Non-business days strictly between eventDay and lastDay, in order. */
  skipped: readonly { day: DayNumber; reason: SkipReason }[];
}

export const DEFAULT_WEEKEND: readonly number[] = [0, 6];
/** Longest business-day count accepted: the clocks are days or weeks; a larger count is an input error. */
export const MAX_BUSINESS_DAYS = 3660;

const holidayCache = new WeakMap<readonly string[], ReadonlySet<DayNumber>>();

function holidaySet(holidays: readonly string[] | undefined): ReadonlySet<DayNumber> {
  if (!holidays || holidays.length === 0) return new Set();
  const cached = holidayCache.get(holidays);
  if (cached) return cached;
  const set = new Set<DayNumber>();
  for (const key of holidays) {
    const day = typeof key === 'string' ? parseDayKey(key) : null;
    if (day === null) throw new CalendarError(`Holiday is not a YYYY-MM-DD date: ${String(key)}`, 'holidayDay', { value: String(key) });
    set.add(day);
  }
  holidayCache.set(holidays, set);
  return set;
}

/** Checks a weekend list: whole weekdays 0–6, at least one business weekday left. */
export function validateWeekend(weekend: unknown): readonly number[] {
  if (weekend === undefined) return DEFAULT_WEEKEND;
  if (!Array.isArray(weekend)) throw new CalendarError('Weekend must be a list of weekdays 0–6', 'weekendList');
  for (const d of weekend) {
    if (!Number.isInteger(d) || d < 0 || d > 6) throw new CalendarError(`Weekend day is not 0–6: ${String(d)}`, 'weekendDay', { value: String(d) });
  }
  if (new Set(weekend).size >= 7) throw new CalendarError('Weekend covers every weekday: no business days left', 'weekendFull');
  return weekend as readonly number[];
}

/** Validates a calendar and returns a business-day predicate over day numbers. */
export function businessDayTest(cal: BusinessCalendar): (day: DayNumber) => SkipReason | null {
  if (cal === null || typeof cal !== 'object') throw new CalendarError('Calendar is missing', 'missing');
  assertTimeZone(cal.timeZone);
  const weekend = new Set(validateWeekend(cal.weekend));
  const holidays = holidaySet(cal.holidays);
  return (day) => (weekend.has(weekdayOf(day)) ? 'weekend' : holidays.has(day) ? 'holiday' : null);
}

/** businessDeadline plus the days used, for explanations. Throws CalendarError on invalid input. */
export function businessDeadlineDetail(event: Date, businessDays: number, cal: BusinessCalendar): BusinessDeadlineDetail {
  assertValidDate(event, 'Event');
  if (!Number.isInteger(businessDays) || businessDays < 0 || businessDays > MAX_BUSINESS_DAYS) {
    throw new CalendarError(`Business days must be a whole number 0–${MAX_BUSINESS_DAYS}: ${String(businessDays)}`, 'businessDays', { max: MAX_BUSINESS_DAYS, value: String(businessDays) });
  }
  const skip = businessDayTest(cal);
  const skipped: { day: DayNumber; reason: SkipReason }[] = [];
  const counted: DayNumber[] = [];
  const eventDay = localDay(event, cal.timeZone);
  // Each loop ends: at least one weekday is a business day, and the holiday set is finite.
  let day = eventDay;
  while (counted.length < businessDays) {
    day++;
    const why = skip(day);
    if (why) skipped.push({ day, reason: why });
    else counted.push(day);
  }
  return {
    dueAt: startOfLocalDay(day + 1, cal.timeZone),
    eventDay,
    eventDayReason: skip(eventDay),
    counted,
    countedFrom: counted[0] ?? eventDay,
    lastDay: day,
    skipped,
  };
}

/**
 * End of the Nth business day strictly after the event's local date (the event's own day never counts,
 * business day or not), as the instant of local midnight ending that day. N = 0: the end of the event's day.
 * Throws CalendarError for an invalid date, time zone, weekend, holiday or day count.
 */
export function businessDeadline(event: Date, businessDays: number, cal: BusinessCalendar): Date {
  return businessDeadlineDetail(event, businessDays, cal).dueAt;
}

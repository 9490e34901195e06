/**
 * English date wording for deadline explanations ("Tue 1 Dec", "Pacific Time"). Names come from fixed
 * tables, not the runtime's locale data, so explanations read the same in every browser; the zone's
 * generic name comes from the marketplace zones' table, else Intl, with the IANA name as fallback.
 */
import { dayParts, weekdayOf, zoneFields, type BusinessCalendar, type DayNumber } from '../calendar';
import { ZONE_GENERIC_NAMES } from '../calendar/zone-names';

/** English short names, by Date's weekday (0 = Sunday) and month (0 = January) numbers. */
export const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const zoneNames = new Map<string, string>();

/** How dates are written: US order ("Tue Dec 1", 2:05 PM) or day-first ("Tue 1 Dec", 14:05). */
export interface DateStyle {
  usOrder: boolean;
  withYear: boolean;
}

export function dateStyle(locale: string | undefined, ...years: number[]): DateStyle {
  return { usOrder: /^en-US\b/i.test(locale ?? ''), withYear: new Set(years).size > 1 };
}

/** "Tue 1 Dec" / "Tue Dec 1" (+ year when the style asks for it). */
export function formatDay(day: DayNumber, style: DateStyle): string {
  const { year, month, date } = dayParts(day);
  const wd = WEEKDAYS[weekdayOf(day)];
  const mon = MONTHS[month - 1];
  const text = style.usOrder ? `${wd} ${mon} ${date}` : `${wd} ${date} ${mon}`;
  return style.withYear ? `${text} ${year}` : text;
}

/** Local wall time of an instant: "14:05" or "2:05 PM". */
export function formatTime(instant: Date, timeZone: string, style: DateStyle): string {
  const local = zoneFields(instant.getTime(), timeZone);
  const [h, m] = [local.hour, String(local.minute).padStart(2, '0')];
  if (!style.usOrder) return `${String(h).padStart(2, '0')}:${m}`;
  return `${h % 12 === 0 ? 12 : h % 12}:${m} ${h < 12 ? 'AM' : 'PM'}`;
}

/** "Pacific Time", "Central European Time"; the IANA name where Intl has no generic name. */
export function zoneLabel(timeZone: string): string {
  if (Object.hasOwn(ZONE_GENERIC_NAMES, timeZone)) return ZONE_GENERIC_NAMES[timeZone]!;
  const cached = zoneNames.get(timeZone);
  if (cached) return cached;
  const part = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longGeneric' })
    .formatToParts(new Date(Date.UTC(2026, 0, 1))) // fixed instant: generic names of current rules
    .find((p) => p.type === 'timeZoneName')?.value;
  // Intl falls back to "GMT+04:00"-style names for some zones: the IANA name says more.
  const label = part && !/^GMT/.test(part) ? part : timeZone;
  zoneNames.set(timeZone, label);
  return label;
}

/** "1 business day", "2 business days". */
export function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/** "Mon–Fri", "Mon–Sat", "Sun–Thu" (a run of working weekdays, Monday-first where it can), or the days listed. */
export function workweekLabel(cal: BusinessCalendar): string {
  const weekend = new Set(cal.weekend ?? [0, 6]);
  const working = (d: number) => !weekend.has(d);
  const days = [1, 2, 3, 4, 5, 6, 0].filter(working);
  if (days.length === 7) return 'every day';
  // A contiguous run (cyclically) starts on the working day after a weekend day.
  const starts = days.filter((d) => !working((d + 6) % 7));
  if (starts.length === 1) {
    const first = starts[0]!;
    const last = (first + days.length - 1) % 7;
    return days.length === 1 ? WEEKDAYS[first]! : `${WEEKDAYS[first]}–${WEEKDAYS[last]}`;
  }
  return days.map((d) => WEEKDAYS[d]).join(', ');
}

/** "A", "A and B", "A, B and C", "A, B, C and 2 more": days joined for a sentence. */
export function dayList(days: readonly DayNumber[], style: DateStyle, max = 3): string {
  const shown = days.slice(0, max).map((d) => formatDay(d, style));
  const more = days.length - shown.length;
  if (more > 0) return `${shown.join(', ')} and ${more} more`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

/**
 * "Mon 23 Nov and Tue 24 Nov count, Sat 21 Nov and Sun 22 Nov do not": which days a business-day deadline
 * counted and which it did not (the event's day first: it never counts). Empty when nothing was counted (N = 0).
 */
export function countedPhrase(counted: readonly DayNumber[], notCounted: readonly DayNumber[], style: DateStyle): string {
  if (counted.length === 0) return '';
  const verb = (n: number, one: string, many: string) => (n === 1 ? one : many);
  return `${dayList(counted, style, 4)} ${verb(counted.length, 'counts', 'count')}, ` +
    `${dayList(notCounted, style, 4)} ${verb(notCounted.length, 'does', 'do')} not`;
}

/** "Thu 26 Nov is a holiday" / "Thu 26 Nov and Fri 27 Nov are holidays" / "… and 2 more are holidays". */
export function holidaysPhrase(days: readonly DayNumber[], style: DateStyle): string {
  return `${dayList(days, style)} ${days.length === 1 ? 'is a holiday' : 'are holidays'}`;
}

/**
 * Date wording for deadline explanations ("Tue 1 Dec", "Pacific Time") in the translator's language.
 * Names come from the locale tables (utils/i18n/locales/<lang>.json `date.*`, checked against Intl in
 * tests/unit/i18n/date-tables.test.ts), not the runtime's locale data, so explanations read the same in
 * every browser and no Intl object is created in a Seller Central tab; the zone's generic name comes from
 * the marketplace zones' tables, else Intl, with the IANA name as fallback.
 */
import { dayParts, weekdayOf, zoneFields, type BusinessCalendar, type DayNumber } from '../calendar';
import { ZONE_GENERIC_NAMES } from '../calendar/zone-names';
import { EN } from '../i18n/english';
import type { MessageKey, Translator } from '../i18n/translate';

/** Table keys of the weekday (0 = Sunday) and month (0 = January) names. */
export const WEEKDAY_KEYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export const MONTH_KEYS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;
const zoneNames = new Map<string, string>();
let intlInOtherLanguages = false;

/**
 * Lets zoneLabel ask Intl for the name, in the translator's language, of a zone the tables do not have (a
 * seller's own choice). The extension's pages (popup, options) turn it on; Seller Central tabs leave it off
 * (no Intl there, see utils/calendar/zone.ts) and name such a zone by its IANA name rather than in English.
 */
export function allowIntlZoneNames(allow: boolean): void {
  intlInOtherLanguages = allow;
}

/** Intl's generic name of `timeZone` in `locale`, or the IANA name where Intl has only a "GMT+04:00"-style name. */
function intlZoneName(timeZone: string, locale: string): string {
  const key = `${locale}|${timeZone}`;
  const cached = zoneNames.get(key);
  if (cached) return cached;
  const part = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'longGeneric' })
    .formatToParts(new Date(Date.UTC(2026, 0, 1))) // fixed instant: generic names of current rules
    .find((p) => p.type === 'timeZoneName')?.value;
  // Intl falls back to "GMT+04:00"-style names for some zones: the IANA name says more.
  const label = part && !/^GMT/.test(part) ? part : timeZone;
  zoneNames.set(key, label);
  return label;
}

/** Short weekday name (0 = Sunday) in the translator's language. */
export function weekdayName(t: Translator, weekday: number): string {
  return t(`date.wd.${WEEKDAY_KEYS[weekday]}` as MessageKey);
}

/** Short month name (1 = January) in the translator's language. */
export function monthName(t: Translator, month: number): string {
  return t(`date.month.${MONTH_KEYS[month - 1]}` as MessageKey);
}

/** How dates are written: US order ("Tue Dec 1", 2:05 PM) or the language's own ("Tue 1 Dec", 14:05). */
export interface DateStyle {
  usOrder: boolean;
  withYear: boolean;
  /** The language; English when absent. */
  t?: Translator;
}

/** US order only for English on an en-US locale; every other language writes its own order, 24-hour. */
export function dateStyle(locale: string | undefined, t: Translator = EN, ...years: number[]): DateStyle {
  return { usOrder: t.lang === 'en' && /^en-US\b/i.test(locale ?? ''), withYear: new Set(years).size > 1, t };
}

/** "Tue 1 Dec" / "Tue Dec 1" / "Di. 1. Dez." (+ year when the style asks for it). */
export function formatDay(day: DayNumber, style: DateStyle): string {
  const { year, month, date } = dayParts(day);
  const t = style.t ?? EN;
  const subs = { wd: weekdayName(t, weekdayOf(day)), mon: monthName(t, month), d: date };
  const text = t(style.usOrder ? 'date.dayUs' : 'date.day', subs);
  return style.withYear ? t('date.withYear', { day: text, year }) : text;
}

/** Local wall time of an instant: "14:05" or "2:05 PM". */
export function formatTime(instant: Date, timeZone: string, style: DateStyle): string {
  const local = zoneFields(instant.getTime(), timeZone);
  const [h, m] = [local.hour, String(local.minute).padStart(2, '0')];
  if (!style.usOrder) return (style.t ?? EN)('date.time', { h, hh: String(h).padStart(2, '0'), mm: m });
  return `${h % 12 === 0 ? 12 : h % 12}:${m} ${h < 12 ? 'AM' : 'PM'}`;
}

/** Table key of a zone's generic name (`date.zone.<IANA name with _ for / and ->`). */
export function zoneKey(timeZone: string): MessageKey {
  return `date.zone.${timeZone.replace(/[^A-Za-z0-9]/g, '_')}` as MessageKey;
}

/**
 * "Pacific Time", "Central European Time" (English: the marketplace zones' table, else Intl, else the
 * IANA name); other languages: their table ("Nordamerikanische Westküstenzeit"), else Intl in that
 * language where allowed (allowIntlZoneNames: the extension's pages), else the IANA name — never English.
 */
export function zoneLabel(timeZone: string, t: Translator = EN): string {
  if (t.lang !== 'en') {
    if (t.has(zoneKey(timeZone))) return t(zoneKey(timeZone));
    return intlInOtherLanguages ? intlZoneName(timeZone, t.lang) : timeZone;
  }
  if (Object.hasOwn(ZONE_GENERIC_NAMES, timeZone)) return ZONE_GENERIC_NAMES[timeZone]!;
  return intlZoneName(timeZone, 'en-US');
}

/** "1 business day", "2 business days" (English; kept for callers of the English wording). */
export function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/** "Mon–Fri", "Mon–Sat", "Sun–Thu" (a run of working weekdays, Monday-first where it can), or the days listed. */
export function workweekLabel(cal: BusinessCalendar, t: Translator = EN): string {
  const weekend = new Set(cal.weekend ?? [0, 6]);
  const working = (d: number) => !weekend.has(d);
  const days = [1, 2, 3, 4, 5, 6, 0].filter(working);
  if (days.length === 7) return t('policy.explain.everyDay');
  // A contiguous run (cyclically) starts on the working day after a weekend day.
  const starts = days.filter((d) => !working((d + 6) % 7));
  if (starts.length === 1) {
    const first = starts[0]!;
    const last = (first + days.length - 1) % 7;
    return days.length === 1 ? weekdayName(t, first) : t('policy.explain.range', { first: weekdayName(t, first), last: weekdayName(t, last) });
  }
  return days.map((d) => weekdayName(t, d)).join(t('policy.explain.daySep'));
}

/** "A", "A and B", "A, B and C", "A, B, C and 2 more": days joined for a sentence. */
export function dayList(days: readonly DayNumber[], style: DateStyle, max = 3): string {
  const t = style.t ?? EN;
  const shown = days.slice(0, max).map((d) => formatDay(d, style));
  const more = days.length - shown.length;
  const sep = t('policy.explain.listSep');
  if (more > 0) return t('policy.explain.listMore', { init: shown.join(sep) }, more);
  if (shown.length <= 1) return shown.join('');
  return t('policy.explain.listAnd', { init: shown.slice(0, -1).join(sep), last: shown[shown.length - 1]! });
}

/**
 * "Mon 23 Nov and Tue 24 Nov count, Sat 21 Nov and Sun 22 Nov do not": which days a business-day deadline
 * counted and which it did not (the event's day first: it never counts). Empty when nothing was counted (N = 0).
 */
export function countedPhrase(counted: readonly DayNumber[], notCounted: readonly DayNumber[], style: DateStyle): string {
  if (counted.length === 0) return '';
  const t = style.t ?? EN;
  return t('policy.explain.counted', {
    counted: t('policy.explain.counts', { days: dayList(counted, style, 4) }, counted.length),
    notCounted: t('policy.explain.doNot', { days: dayList(notCounted, style, 4) }, notCounted.length),
  });
}

/** "Thu 26 Nov is a holiday" / "Thu 26 Nov and Fri 27 Nov are holidays" / "… and 2 more are holidays". */
export function holidaysPhrase(days: readonly DayNumber[], style: DateStyle): string {
  return (style.t ?? EN)('policy.explain.holidays', { days: dayList(days, style) }, days.length);
}

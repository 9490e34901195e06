/**
 * Display formatting for the overlay, in the UI's language. Time zones are always explicit (the
 * marketplace's business calendar zone); the machine's own zone is never used. Marketplace zones are
 * written from tables, never Intl: the first Intl.DateTimeFormat of a Seller Central tab costs 20–30 ms
 * (utils/calendar/zone.ts). English (en-US) from the zone tables (Intl's exact output, compared in
 * tests/component/overlay/format-and-clock.test.ts); the other languages from their locale tables
 * (`date.*`, `time.*`, compared with Intl/CLDR in tests/unit/i18n/date-tables.test.ts), with the zone's
 * name in that language. Other zones go through Intl.
 */
import { zoneFields, zonedTime } from '@/utils/calendar/zone';
import { ZONE_GENERIC_NAMES, zoneShortName } from '@/utils/calendar/zone-names';
import { monthName, weekdayName, zoneKey, zoneLabel } from '@/utils/policy/explain-format';
import { EN } from '@/utils/i18n/english';
import { translator } from '@/utils/i18n/active';
import type { Translator } from '@/utils/i18n/translate';

const MINUTE = 60_000;
const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Weekday (0 = Sunday) of a local calendar date. */
const weekdayOfDate = (p: { year: number; month: number; day: number }) => new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay();

/** Whole-unit span such as "1 d 4 h", "3 Std. 12 Min.", "12 分" (rounded down to the minute). */
export function formatSpan(ms: number, t: Translator = translator()): string {
  const total = Math.floor(Math.abs(ms) / MINUTE) * MINUTE;
  const d = Math.floor(total / DAY);
  const h = Math.floor((total % DAY) / HOUR);
  const m = Math.floor((total % HOUR) / MINUTE);
  const days = t('time.days', { n: d }, d);
  const hours = t('time.hours', { n: h }, h);
  const minutes = t('time.minutes', { n: m }, m);
  if (d > 0) return h > 0 ? t('time.join', { a: days, b: hours }) : days;
  if (h > 0) return m > 0 ? t('time.join', { a: hours, b: minutes }) : hours;
  return minutes;
}

/** "in 1 d 4 h", "überfällig seit 2 Std.", "残り 2 時間 40 分", or "due now" within the current minute. */
export function formatRemaining(dueAt: Date, now: Date, t: Translator = translator()): string {
  const ms = dueAt.getTime() - now.getTime();
  if (Math.abs(ms) < MINUTE) return t('time.dueNow');
  return t(ms > 0 ? 'time.in' : 'time.overdueBy', { span: formatSpan(ms, t) });
}

/**
 * A language's own table: "Fr., 27. Nov. 2026" (+ ", 13:29"), the zone not named; null when the zone is
 * not in the table. Exported for the CLDR comparison test.
 */
export function localDateText(at: Date, timeZone: string, t: Translator, withTime: boolean): string | null {
  if (!t.has(zoneKey(timeZone))) return null;
  const p = zoneFields(at.getTime(), timeZone);
  const wd = weekdayName(t, weekdayOfDate(p));
  const day = t('date.day', { wd, d: p.day, mon: monthName(t, p.month), m: p.month });
  const date = t('date.withYear', { day, year: p.year });
  if (!withTime) return date;
  return t('date.dateTime', { date, time: t('date.time', { h: p.hour, hh: pad(p.hour), mm: pad(p.minute) }) });
}

/** Any language but English: the table with the zone's name ("… 13:29 (Nordamerikanische Westküstenzeit)"), else Intl. */
function formatLocal(at: Date, timeZone: string, t: Translator, withTime: boolean): string {
  const text = localDateText(at, timeZone, t, withTime) ?? formatter(timeZone, t.lang, withTime).format(at);
  return t('date.withZone', { when: text, zone: zoneLabel(timeZone, t) });
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string, locale: string, withTime: boolean): Intl.DateTimeFormat {
  const key = `${timeZone}|${locale}|${withTime}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, {
      timeZone,
      weekday: 'short',
      month: 'short',
      day: 'numeric',
      year: 'numeric',
      ...(withTime ? { hour: 'numeric', minute: '2-digit', timeZoneName: 'short' } : {}),
    });
    formatters.set(key, f);
  }
  return f;
}

/** en-US from the tables: "Fri, Nov 27, 2026" (+ ", 1:29 PM PST"); null when the zone is not in them. */
function formatTable(at: Date, timeZone: string, locale: string, withTime: boolean): string | null {
  if (locale !== 'en-US' || !Object.hasOwn(ZONE_GENERIC_NAMES, timeZone)) return null;
  const p = zoneFields(at.getTime(), timeZone);
  const zone = zoneShortName(timeZone, at, p)!;
  const date = `${weekdayName(EN, weekdayOfDate(p))}, ${monthName(EN, p.month)} ${p.day}, ${p.year}`;
  if (!withTime) return date;
  return `${date}, ${p.hour % 12 || 12}:${pad(p.minute)} ${p.hour < 12 ? 'AM' : 'PM'} ${zone}`;
}

/** "Fri, Nov 27, 2026, 1:29 PM PST" in the given zone. */
export function formatInstant(at: Date, timeZone: string, locale = 'en-US', t: Translator = translator()): string {
  if (t.lang !== 'en') return formatLocal(at, timeZone, t, true);
  return formatTable(at, timeZone, locale, true) ?? formatter(timeZone, locale, true).format(at);
}

/**
 * A due instant as people read it. Business-day deadlines end at local midnight (calendar contract:
 * "the instant of local midnight ending that day"), which reads better as "end of Fri, Nov 27".
 */
export function formatDue(dueAt: Date, timeZone: string, locale = 'en-US', t: Translator = translator()): string {
  const parts = zoneFields(dueAt.getTime(), timeZone);
  if (parts.hour === 0 && parts.minute === 0) {
    const lastDay = new Date(dueAt.getTime() - 1);
    if (t.lang !== 'en') {
      const day = localDateText(lastDay, timeZone, t, false) ?? formatter(timeZone, t.lang, false).format(lastDay);
      return t('date.withZone', { when: t('time.endOf', { day }), zone: zoneLabel(timeZone, t) });
    }
    return t('time.endOf', { day: formatTable(lastDay, timeZone, locale, false) ?? formatter(timeZone, locale, false).format(lastDay) });
  }
  return formatInstant(dueAt, timeZone, locale, t);
}

/** Value for <input type="datetime-local"> showing `at` as local time in `timeZone`. */
export function toLocalInputValue(at: Date, timeZone: string): string {
  const p = zoneFields(at.getTime(), timeZone);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}

/** Parses a datetime-local value as wall time in `timeZone`; null when it is not a valid value. */
export function fromLocalInputValue(value: string, timeZone: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map((x) => Number(x ?? 0)) as [number, number, number, number, number, number];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59) return null;
  // Reject roll-overs such as Feb 31 (Date would silently move them to March).
  if (new Date(Date.UTC(y, mo - 1, d)).getUTCDate() !== d) return null;
  try {
    const t = zonedTime({ year: y, month: mo, day: d, hour: h, minute: mi, second: s }, timeZone);
    return Number.isFinite(t) ? new Date(t) : null;
  } catch {
    return null;
  }
}

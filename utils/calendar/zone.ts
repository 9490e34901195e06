/**
 * Wall time ↔ instant in an IANA zone, for code that runs inside a Seller Central tab.
 *
 * Temporal where the browser has it (Chrome 144+, Firefox 139+), @date-fns/tz otherwise (Node, older
 * browsers). Why: the first `Intl.DateTimeFormat` of a tab costs 20–30 ms in Chromium 156 (ICU locale
 * data, whatever the options), and @date-fns/tz resolves every offset through one; Temporal's zone
 * rules cost ≈ 0.4 ms on first use (measured in a fresh tab, 5 runs each). That one object was the
 * largest item of an overlay's script time. Both paths give the same answers (property test against
 * each other, tests/unit/calendar/zone.test.ts), including DST gaps (moved forward, as `Date` does)
 * and overlaps (the earlier instant).
 */
import { tzOffset } from '@date-fns/tz/tzOffset';

/** Local wall-clock fields of an instant; month is 1–12. */
export interface ZoneFields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

/** The few Temporal members used here (TypeScript 5.9's lib has no Temporal types yet). */
interface TemporalZoned extends ZoneFields {
  epochMilliseconds: number;
}
interface TemporalApi {
  Instant: { fromEpochMilliseconds(ms: number): { toZonedDateTimeISO(timeZone: string): TemporalZoned } };
  PlainDateTime: new (
    year: number, month: number, day: number, hour: number, minute: number, second: number, millisecond: number,
  ) => { toZonedDateTime(timeZone: string, options: { disambiguation: 'compatible' }): TemporalZoned };
}

function temporal(): TemporalApi | undefined {
  return (globalThis as { Temporal?: TemporalApi }).Temporal;
}

/** True for a zone name the runtime knows: Temporal where present, else Intl (uncached: callers cache). */
export function isKnownZone(timeZone: string): boolean {
  try {
    const T = temporal();
    if (T) T.Instant.fromEpochMilliseconds(0).toZonedDateTimeISO(timeZone);
    else new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** Local fields of `ms` (epoch milliseconds) in `timeZone`; throws RangeError for an unknown zone. */
export function zoneFields(ms: number, timeZone: string): ZoneFields {
  const T = temporal();
  if (T) {
    const z = T.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(timeZone);
    return { year: z.year, month: z.month, day: z.day, hour: z.hour, minute: z.minute, second: z.second, millisecond: z.millisecond };
  }
  const d = new Date(ms + offsetMs(timeZone, ms));
  return {
    year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(),
    hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds(), millisecond: d.getUTCMilliseconds(),
  };
}

/**
 * The instant of a local wall time in `timeZone` (epoch ms; NaN for fields `Date` cannot hold). Fields
 * other than the year may overflow as `Date`'s do (day 32 → next month, hour 24 → next day).
 * A time skipped by a DST change moves forward by the gap; a repeated time is its earlier instant
 * (Temporal's "compatible", and what `Date` does in the machine's own zone).
 */
export function zonedTime(f: Partial<ZoneFields> & Pick<ZoneFields, 'year' | 'month' | 'day'>, timeZone: string): number {
  // Normalise overflow (day 0, day 32, hour 24 …) as Date does, without any zone.
  const wall = Date.UTC(f.year, f.month - 1, f.day, f.hour ?? 0, f.minute ?? 0, f.second ?? 0, f.millisecond ?? 0);
  if (Number.isNaN(wall)) return NaN;
  const T = temporal();
  if (T) {
    const n = new Date(wall);
    return new T.PlainDateTime(
      n.getUTCFullYear(), n.getUTCMonth() + 1, n.getUTCDate(), n.getUTCHours(), n.getUTCMinutes(), n.getUTCSeconds(), n.getUTCMilliseconds(),
    ).toZonedDateTime(timeZone, { disambiguation: 'compatible' }).epochMilliseconds;
  }
  // Offsets a day either side (zones change at most once within that span): the wall time read with
  // each; a reading whose own offset agrees exists. Both → repeated (take the earlier); neither → skipped
  // (read with the offset before the change, which lands the gap's length later).
  const before = offsetMs(timeZone, wall - DAY_MS);
  const after = offsetMs(timeZone, wall + DAY_MS);
  const early = wall - before;
  const late = wall - after;
  const earlyOk = offsetMs(timeZone, early) === before;
  const lateOk = offsetMs(timeZone, late) === after;
  if (earlyOk && lateOk) return Math.min(early, late);
  if (lateOk) return late;
  return early;
}

const DAY_MS = 86_400_000;

function offsetMs(timeZone: string, ms: number): number {
  const minutes = tzOffset(timeZone, new Date(ms));
  if (Number.isNaN(minutes)) throw new RangeError(`Unknown time zone: ${timeZone}`);
  return Math.round(minutes * 60_000);
}

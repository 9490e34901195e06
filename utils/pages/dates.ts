/**
 * Locale-aware parsing of the dates Seller Central shows (shared/domain/seller-central-pages.md, "Dates as shown"):
 * en-US "Fri, Nov 29, 2024 PST" / "Wed, Nov 27, 2024, 1:29 PM PST", English on the DE host "Sun, 2 Nov 2025, 15:20
 * MET", ja-JP "2021年4月27日(火) 11:45 JST", and the inferred en-GB / de / fr / it / es forms (what Intl prints for
 * those locales, incl. "UTC+1"-style zones). Ranges "… to …" (bis / au / al / ～).
 *
 * Rules, so that a date is never guessed:
 * - a zone abbreviation or GMT/UTC offset on the page wins; otherwise the zone passed in (page or marketplace zone);
 *   neither → null;
 * - a weekday shown must agree with the date; unknown words or stray digits left over → null;
 * - all-numeric day/month order comes from the page language (en-US month first; others day first); when the
 *   language does not say and both numbers are ≤ 12 → null;
 * - no year → null (a range side may borrow the year and zone of the other side).
 * A date without a time of day stands for the whole local day: from = local midnight starting it, to = local
 * midnight ending it (the convention of businessDeadline in utils/calendar). A date with a time has from === to.
 */
import { zonedTime } from '../calendar/zone';
import { MONTHS, WEEKDAYS, ZONE_ABBREVIATIONS, zoneOffsetFor } from './date-words';
import type { InstantRange } from './observation';

/** How to read a date string: the page's UI language (html lang) and the zone for dates shown without one. */
export interface DateParseOptions {
  /** IANA zone used when the text shows no zone; also picks the meaning of IST / CST / AST. */
  timeZone?: string;
  /** BCP 47 language of the page, e.g. "en-US", "de-DE"; decides numeric day/month order. */
  lang?: string;
}

/** A parsed date: the instants it stands for, and whether the text carried a time of day. */
export interface ParsedDate { from: Date; to: Date; hasTime: boolean }

interface Parts {
  year?: number; month: number; day: number;
  hour?: number; minute?: number; second?: number;
  /** Minutes east of UTC, when the text shows a zone. */
  offset?: number;
  weekdays: number[];
}

const ZONE_RE = new RegExp(`(?<![A-Za-z])(${ZONE_ABBREVIATIONS.join('|')})(?![A-Za-z])`);
const OFFSET_RE = /(?<![A-Za-z])(?:GMT|UTC)\s*([+\-\u2212])\s*(\d{1,2})(?::?(\d{2}))?(?!\d)/;
const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/**
 * The ordinal mark of the first day of a month, day first: fr "1er décembre", it "1° dicembre", es "1.º de diciembre"
 * ("º" is "o" after NFKC). findDate accepts it on day 1 only (no one writes "2er"). Non-capturing: the day, month and
 * year groups keep their numbers.
 */
const ORDINAL = '(?:er|\\.?°|\\.?o(?=[\\s.]))?';
const ORDINAL_AT_START = /^\d{1,2}(?:er|\.?°|\.?o)/;

/**
 * The patterns that look for letters, in two spellings: `\p{L}` (Unicode mode) for any text, and `[A-Za-z]` for text
 * that is all ASCII, where the two match exactly the same (the only ASCII letters are A–Z and a–z, and case folding
 * of ASCII input stays ASCII; tests/unit/pages/dates.test.ts checks both on random ASCII text). Compiling the four
 * `\p{L}` patterns with look-behinds costs ≈ 2 ms in a fresh tab, and en-US pages show ASCII dates.
 */
function letterPatterns(L: string, u: 'u' | '') {
  return {
    /** Textual months: day first ("2 Nov 2025", "29 de noviembre de 2024", "20. Nov. 2026") or month first
     * ("Nov 29, 2024"); with a year before without, so "mar. 3 mars 2026" (fr: Tue 3 March) reads the right pair. */
    months: [
      [new RegExp(`(?<![${L}\\d])(\\d{1,2})${ORDINAL}\\.?\\s*(?:de\\s+)?([${L}]+\\.?),?\\s+(?:de\\s+)?(\\d{4})(?!\\d)`, `g${u}`), 'dmy'],
      [new RegExp(`(?<![${L}\\d])([${L}]+\\.?)\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, `g${u}`), 'mdy'],
      [new RegExp(`(?<![${L}\\d])(\\d{1,2})${ORDINAL}\\.?\\s*(?:de\\s+)?([${L}]+\\.?)()(?![${L}\\d])`, `g${u}`), 'dmy'],
      [new RegExp(`(?<![${L}\\d])([${L}]+\\.?)\\s+(\\d{1,2})()(?![\\d:.])`, `g${u}`), 'mdy'],
    ] as [RegExp, 'dmy' | 'mdy'][],
    time: new RegExp(`(午前|午後)?\\s*(?<!\\d)(\\d{1,2})\\s*[:h]\\s*(\\d{2})(?!\\d)(?:\\s*:\\s*(\\d{2}))?(?:\\s*([ap])\\.?\\s?m\\.?(?![${L}]))?`, `i${u}`),
    nonLetters: new RegExp(`[^${L}]+`, u),
  };
}
type LetterPatterns = ReturnType<typeof letterPatterns>;
const NON_ASCII = /[^\0-\x7f]/;
const ASCII_LETTERS = letterPatterns('A-Za-z', '');
let unicodeLetters: LetterPatterns | undefined;
/** The letter patterns for this text (exported for the tests that hold the two spellings equal). */
export function letterPatternsFor(text: string): LetterPatterns {
  return NON_ASCII.test(text) ? (unicodeLetters ??= letterPatterns('\\p{L}', 'u')) : ASCII_LETTERS;
}
// Words around a date that carry no meaning of their own, incl. the range openers fr "du … au …", it "da/dal … a/al …",
// es "del … al …" (the separator itself is in RANGE_SEP).
const FILLER = new Set(['at', 'on', 'um', 'uhr', 'à', 'a', 'alle', 'ore', 'las', 'la', 'de', 'del', 'le', 'el', 'the', 'h', 'du', 'da', 'dal', '時', '分']);

type DateMatch = { y?: number; m: number; d: number; index: number; length: number };

function monthOf(word: string): number | undefined {
  return MONTHS.get(word.toLowerCase().replace(/\.$/, ''));
}

function findDate(s: string, lang: string, months: LetterPatterns['months']): DateMatch | null | 'ambiguous' {
  let m = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(s) ?? /()(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(s);
  if (m) return { y: m[1] ? +m[1] : undefined, m: +m[2]!, d: +m[3]!, index: m.index, length: m[0].length };
  m = /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/.exec(s);
  if (m) return { y: +m[1]!, m: +m[2]!, d: +m[3]!, index: m.index, length: m[0].length };
  m = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/.exec(s);
  if (m) return { y: +m[3]!, m: +m[2]!, d: +m[1]!, index: m.index, length: m[0].length };
  m = /(?<!\d)(\d{1,2})[/-](\d{1,2})[/-](\d{4})(?!\d)/.exec(s);
  if (m) {
    const a = +m[1]!, b = +m[2]!;
    const monthFirst = a > 12 ? false : b > 12 ? true : /^en-us$/i.test(lang) ? true : lang ? false : null;
    if (monthFirst === null) return 'ambiguous';
    return { y: +m[3]!, m: monthFirst ? a : b, d: monthFirst ? b : a, index: m.index, length: m[0].length };
  }
  for (const [re, order] of months) {
    for (const x of s.matchAll(re)) {
      const month = monthOf(order === 'dmy' ? x[2]! : x[1]!);
      if (!month) continue;
      const day = +(order === 'dmy' ? x[1]! : x[2]!);
      if (order === 'dmy' && day !== 1 && ORDINAL_AT_START.test(x[0])) continue;
      return { y: x[3] ? +x[3] : undefined, m: month, d: day, index: x.index, length: x[0].length };
    }
  }
  return null;
}

function cut(s: string, index: number, length: number): string {
  return `${s.slice(0, index)} ${s.slice(index + length)}`;
}

/** Text → date parts, or null when the text is not one date in a supported form. */
function parseParts(raw: string, opts: DateParseOptions): Parts | null {
  let s = raw.normalize('NFKC').replace(/[\s\u00a0\u202f\u2009]+/g, ' ').trim();
  if (!s || s.length > 80) return null;
  const iso = ISO_RE.exec(s);
  if (iso) {
    const z = iso[7]!;
    const offset = z === 'Z' ? 0 : (z[0] === '-' ? -1 : 1) * (+z.slice(1, 3) * 60 + +z.slice(-2));
    return { year: +iso[1]!, month: +iso[2]!, day: +iso[3]!, hour: +iso[4]!, minute: +iso[5]!, second: +(iso[6] ?? 0), offset, weekdays: [] };
  }
  let offset: number | undefined;
  const off = OFFSET_RE.exec(s);
  if (off) {
    offset = (off[1] === '+' ? 1 : -1) * (+off[2]! * 60 + +(off[3] ?? 0));
    s = cut(s, off.index, off[0].length);
  } else {
    const z = ZONE_RE.exec(s);
    if (z) {
      offset = zoneOffsetFor(z[1]!, opts.timeZone);
      s = cut(s, z.index, z[0].length);
    } else if (/(?<![A-Za-z])(?:GMT|UTC)(?![A-Za-z])/.test(s)) {
      offset = 0;
      s = s.replace(/(?<![A-Za-z])(?:GMT|UTC)(?![A-Za-z])/, ' ');
    }
  }
  const letters = letterPatternsFor(s);
  const date = findDate(s, opts.lang ?? '', letters.months);
  if (!date || date === 'ambiguous') return null;
  s = cut(s, date.index, date.length);
  const parts: Parts = { year: date.y, month: date.m, day: date.d, offset, weekdays: [] };
  const t = letters.time.exec(s);
  if (t) {
    let hour = +t[2]!;
    const minute = +t[3]!;
    const half = t[5]?.toLowerCase() ?? (t[1] === '午前' ? 'a' : t[1] === '午後' ? 'p' : undefined);
    if (half) {
      if (hour < 1 || hour > 12) return null;
      hour = (hour % 12) + (half === 'p' ? 12 : 0);
    }
    if (hour > 23 || minute > 59) return null;
    Object.assign(parts, { hour, minute, second: t[4] ? +t[4] : 0 });
    s = cut(s, t.index, t[0].length);
  }
  if (/\d/.test(s)) return null; // stray numbers: not one date we understand
  for (const word of s.toLowerCase().split(letters.nonLetters)) {
    if (!word || FILLER.has(word)) continue;
    const wd = WEEKDAYS.get(word);
    if (wd === undefined) return null; // unknown words: do not guess
    parts.weekdays.push(wd);
  }
  return parts;
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function instant(p: Parts, y: number, dayOffset: number, tz: string | undefined): number {
  const h = p.hour ?? 0, mi = p.minute ?? 0, sec = p.second ?? 0;
  if (p.offset !== undefined) return Date.UTC(y, p.month - 1, p.day + dayOffset, h, mi, sec) - p.offset * 60_000;
  if (!tz) return NaN;
  try {
    return zonedTime({ year: y, month: p.month, day: p.day + dayOffset, hour: h, minute: mi, second: sec }, tz);
  } catch {
    return NaN;
  }
}

function resolve(p: Parts, opts: DateParseOptions): ParsedDate | null {
  const y = p.year;
  if (y === undefined || y < 1990 || y > 2200) return null;
  if (p.month < 1 || p.month > 12 || p.day < 1 || p.day > daysInMonth(y, p.month)) return null;
  const weekday = new Date(Date.UTC(y, p.month - 1, p.day)).getUTCDay();
  if (p.weekdays.some((w) => w !== weekday)) return null;
  const hasTime = p.hour !== undefined;
  const from = instant(p, y, 0, opts.timeZone);
  const to = hasTime ? from : instant({ ...p, hour: 0, minute: 0, second: 0 }, y, 1, opts.timeZone);
  if (!Number.isFinite(from) || !Number.isFinite(to)) return null;
  return { from: new Date(from), to: new Date(to), hasTime };
}

/** One date (with or without time) → the instants it stands for; null when it cannot be read without guessing. */
export function parseDate(text: string, opts: DateParseOptions = {}): ParsedDate | null {
  try {
    const p = parseParts(text, opts);
    return p ? resolve(p, opts) : null;
  } catch {
    return null;
  }
}

/** One date → its first instant (purchase dates, message times); null when unreadable. */
export function parseInstant(text: string, opts: DateParseOptions = {}): Date | null {
  return parseDate(text, opts)?.from ?? null;
}

const RANGE_SEP = /\s+(?:to|bis|au|al|a|hasta|until|-|–|—|~)\s+|\s*[～〜~–—]\s*/gu;

/**
 * A date or a window "A to B" → { from, to }: from is A's first instant, to is B's last (a day-only B ends at
 * local midnight). A side without year or zone takes the other side's ("Wed, Dec 4 to Fri, Dec 6, 2024 PST").
 */
export function parseDateRange(text: string, opts: DateParseOptions = {}): { from: Date; to: Date } | null {
  try {
    const s = text.normalize('NFKC');
    for (const sep of s.matchAll(RANGE_SEP)) {
      const left = parseParts(s.slice(0, sep.index), opts);
      const right = left && parseParts(s.slice(sep.index + sep[0].length), opts);
      if (!left || !right) continue;
      if (left.year === undefined && right.year !== undefined) {
        left.year = left.month > right.month ? right.year - 1 : right.year;
      }
      if (right.year === undefined && left.year !== undefined) {
        right.year = right.month < left.month ? left.year + 1 : left.year;
      }
      if (left.offset === undefined) left.offset = right.offset;
      if (right.offset === undefined) right.offset = left.offset;
      const a = resolve(left, opts), b = resolve(right, opts);
      if (a && b && a.from.getTime() <= b.to.getTime()) return { from: a.from, to: b.to };
    }
    const one = parseDate(s, opts);
    return one ? { from: one.from, to: one.to } : null;
  } catch {
    return null;
  }
}

/** { from, to } instants → the Observation's ISO form. */
export function toInstantRange(r: { from: Date; to: Date }): InstantRange {
  return { from: r.from.toISOString(), to: r.to.toISOString() };
}

/** Epoch seconds (the orders JSON) → ISO instant; null outside 2000–2100 (e.g. milliseconds passed by mistake). */
export function epochSecondsToIso(v: unknown): string | undefined {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 946_684_800 || v > 4_102_444_800) return undefined;
  return new Date(v * 1000).toISOString();
}

/** Epoch milliseconds (the returns JSON) → ISO instant; undefined outside 2000–2100. */
export function epochMillisToIso(v: unknown): string | undefined {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 946_684_800_000 || v > 4_102_444_800_000) return undefined;
  return new Date(v).toISOString();
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { letterPatternsFor, epochMillisToIso, epochSecondsToIso, parseDate, parseDateRange, parseInstant } from '@/utils/pages/dates';

const iso = (d: Date | null | undefined) => d?.toISOString() ?? null;

describe('parseDate: the formats seen on Seller Central (seller-central-pages.md)', () => {
  it.each([
    ['Fri, Nov 29, 2024 PST', {}, '2024-11-29T08:00:00.000Z', '2024-11-30T08:00:00.000Z'],
    ['Wed, Nov 27, 2024, 1:29 PM PST', {}, '2024-11-27T21:29:00.000Z', '2024-11-27T21:29:00.000Z'],
    ['Sun, 2 Nov 2025, 15:20 MET', {}, '2025-11-02T14:20:00.000Z', '2025-11-02T14:20:00.000Z'],
    ['2021年4月27日(火) 11:45 JST', {}, '2021-04-27T02:45:00.000Z', '2021-04-27T02:45:00.000Z'],
    ['Sep 4, 2026', { timeZone: 'America/Los_Angeles' }, '2026-09-04T07:00:00.000Z', '2026-09-05T07:00:00.000Z'],
    ['2026年9月4日', { timeZone: 'Asia/Tokyo' }, '2026-09-03T15:00:00.000Z', '2026-09-04T15:00:00.000Z'],
  ])('%s', (text, opts, from, to) => {
    const r = parseDate(text, opts);
    expect([iso(r?.from), iso(r?.to)]).toEqual([from, to]);
  });
});

describe('parseDate: inferred locales and zone forms', () => {
  it.each([
    ['29 Nov 2024', { timeZone: 'Europe/London', lang: 'en-GB' }, '2024-11-29T00:00:00.000Z'],
    ['29.11.2024', { timeZone: 'Europe/Berlin', lang: 'de-DE' }, '2024-11-28T23:00:00.000Z'],
    ['29 nov. 2024', { timeZone: 'Europe/Paris', lang: 'fr-FR' }, '2024-11-28T23:00:00.000Z'],
    ['29 de noviembre de 2024, 18:30', { timeZone: 'Europe/Madrid', lang: 'es-ES' }, '2024-11-29T17:30:00.000Z'],
    ['ven 29 nov 2024, 18:30 CET', {}, '2024-11-29T17:30:00.000Z'],
    ['Fr., 29. Nov. 2024, 18:30 MEZ', {}, '2024-11-29T17:30:00.000Z'],
    ['Mo., 29. Juni 2026, 18:30 MESZ', {}, '2026-06-29T16:30:00.000Z'],
    ['ven. 29 nov. 2024, 18h30 UTC+1', {}, '2024-11-29T17:30:00.000Z'],
    ['Fri, 29 Nov 2024, 10:44 pm IST', { timeZone: 'Asia/Kolkata' }, '2024-11-29T17:14:00.000Z'],
    ['Fri, 29 Nov 2024, 10:44 pm IST', { timeZone: 'Europe/Dublin' }, '2024-11-29T21:44:00.000Z'],
    ['Nov 29, 2024, 9:00 AM CST', {}, '2024-11-29T15:00:00.000Z'],
    ['Sat, 30 Nov 2024, 4:14 am AEDT', {}, '2024-11-29T17:14:00.000Z'],
    ['11/05/2024', { timeZone: 'UTC', lang: 'en-US' }, '2024-11-05T00:00:00.000Z'],
    ['11/05/2024', { timeZone: 'UTC', lang: 'en-GB' }, '2024-05-11T00:00:00.000Z'],
    ['25/05/2024', { timeZone: 'UTC' }, '2024-05-25T00:00:00.000Z'],
    ['2026/11/20 14:05 JST', {}, '2026-11-20T05:05:00.000Z'],
    ['2026年11月20日 午後2:05 JST', {}, '2026-11-20T05:05:00.000Z'],
    ['2026-11-20T05:05:00Z', {}, '2026-11-20T05:05:00.000Z'],
    ['Nov 29, 2024 12:00 AM GMT', {}, '2024-11-29T00:00:00.000Z'],
    ['Nov 29, 2024 12:30 PM GMT-05:00', {}, '2024-11-29T17:30:00.000Z'],
  ])('%s', (text, opts, from) => expect(iso(parseInstant(text, opts))).toBe(from));
});

describe('parseDate: fr / it / es forms (issue 17; CLDR-inferred, see date-words.ts)', () => {
  const FR = { timeZone: 'Europe/Paris', lang: 'fr-FR' };
  const IT = { timeZone: 'Europe/Rome', lang: 'it-IT' };
  const ES = { timeZone: 'Europe/Madrid', lang: 'es-ES' };
  it.each([
    ['29 nov. 2024', FR, '2024-11-28T23:00:00.000Z', '2024-11-29T23:00:00.000Z'],
    ['29/11/2024', FR, '2024-11-28T23:00:00.000Z', '2024-11-29T23:00:00.000Z'],
    ['vendredi 29 novembre 2024', FR, '2024-11-28T23:00:00.000Z', '2024-11-29T23:00:00.000Z'],
    ['vendredi 29 novembre 2024 à 14:05 CET', FR, '2024-11-29T13:05:00.000Z', '2024-11-29T13:05:00.000Z'],
    ['1er déc. 2026', FR, '2026-11-30T23:00:00.000Z', '2026-12-01T23:00:00.000Z'],
    ['mardi 1er décembre 2026', FR, '2026-11-30T23:00:00.000Z', '2026-12-01T23:00:00.000Z'],
    ['3 juil. 2026 14:05 CEST', FR, '2026-07-03T12:05:00.000Z', '2026-07-03T12:05:00.000Z'],
    ['sam. 24 oct. 2026 09:30', FR, '2026-10-24T07:30:00.000Z', '2026-10-24T07:30:00.000Z'], // CEST from the zone
    ['29 nov 2024', IT, '2024-11-28T23:00:00.000Z', '2024-11-29T23:00:00.000Z'],
    ['venerdì 29 novembre 2024', IT, '2024-11-28T23:00:00.000Z', '2024-11-29T23:00:00.000Z'],
    ['29/11/2024 14:05 CET', IT, '2024-11-29T13:05:00.000Z', '2024-11-29T13:05:00.000Z'],
    ['mar 1° dic 2026', IT, '2026-11-30T23:00:00.000Z', '2026-12-01T23:00:00.000Z'],
    ['29 nov. 2024', ES, '2024-11-28T23:00:00.000Z', '2024-11-29T23:00:00.000Z'],
    ['vie, 29 nov 2024', ES, '2024-11-28T23:00:00.000Z', '2024-11-29T23:00:00.000Z'],
    ['lunes, 16 de noviembre de 2026, 18:05 CET', ES, '2026-11-16T17:05:00.000Z', '2026-11-16T17:05:00.000Z'],
    ['1.º de diciembre de 2026', ES, '2026-11-30T23:00:00.000Z', '2026-12-01T23:00:00.000Z'],
    ['mar, 1º dic 2026', ES, '2026-11-30T23:00:00.000Z', '2026-12-01T23:00:00.000Z'],
    ['15 sept. 2026 9:10', ES, '2026-09-15T07:10:00.000Z', '2026-09-15T07:10:00.000Z'],
  ])('%s', (text, opts, from, to) => {
    const r = parseDate(text, opts);
    expect([iso(r?.from), iso(r?.to)]).toEqual([from, to]);
  });

  it.each([
    ['2 er déc. 2026', 'a stray word'],
    ['2er déc. 2026', 'an ordinal on a day other than the first'],
    ['1er déc.', 'no year'],
    ['ven. 1er déc. 2026', 'the weekday does not match (1 Dec 2026 is a Tuesday)'],
  ])('%s → null (%s)', (text) => expect(parseDate(text, FR)).toBeNull());

  it.each([
    ['du mer. 18 nov. 2026 au jeu. 19 nov. 2026', FR],
    ['da mer 18 nov 2026 a gio 19 nov 2026', IT],
    ['del mié, 18 nov 2026 al jue, 19 nov 2026', ES],
    ['mié, 18 nov 2026 a jue, 19 nov 2026', ES],
  ])('range %s', (text, opts) => {
    const r = parseDateRange(text, opts);
    expect([iso(r?.from), iso(r?.to)]).toEqual(['2026-11-17T23:00:00.000Z', '2026-11-19T23:00:00.000Z']);
  });
});

describe('parseDate never guesses', () => {
  it.each([
    ['Sat, Nov 29, 2024 PST', 'the weekday does not match the date'],
    ['Nov 29 PST', 'no year'],
    ['Nov 29, 2024', 'no zone shown and none passed in'],
    ['11/05/2024', 'numeric day/month order unknown without the page language'],
    ['Feb 30, 2026 PST', 'no such day'],
    ['Nov 29, 2024, 25:10 PST', 'no such hour'],
    ['Nov 29, 2024, 13:10 PM PST', '13 PM'],
    ['Nov 29, 2024 or Dec 2, 2024 PST', 'two dates'],
    ['Ship soon: Nov 29, 2024 PST', 'unknown words'],
    ['Lorem ipsum 31/31/2026 ??', 'garbage'],
    ['', 'empty'],
    ['Nov 29, 2024 XYZ', 'unknown zone word'],
  ])('%s → null (%s)', (text) => expect(parseDate(text, {})).toBeNull());

  it('rejects absurd years and invalid zones instead of throwing', () => {
    expect(parseDate('Nov 29, 1024 PST')).toBeNull();
    expect(parseDate('Nov 29, 2024', { timeZone: 'Not/AZone' })).toBeNull();
  });
});

describe('parseDateRange', () => {
  it.each([
    ['Wed, Dec 4, 2024 PST to Fri, Dec 6, 2024 PST', {}, '2024-12-04T08:00:00.000Z', '2024-12-07T08:00:00.000Z'],
    ['Wed, Dec 4 to Fri, Dec 6, 2024 PST', {}, '2024-12-04T08:00:00.000Z', '2024-12-07T08:00:00.000Z'],
    ['Mon, Dec 30 to Fri, Jan 3, 2025 PST', {}, '2024-12-30T08:00:00.000Z', '2025-01-04T08:00:00.000Z'],
    ['Sat, 28 Nov 2026 MET to Mon, 30 Nov 2026 MET', {}, '2026-11-27T23:00:00.000Z', '2026-11-30T23:00:00.000Z'],
    ['2026年11月22日(日) JST～2026年11月23日(月) JST', {}, '2026-11-21T15:00:00.000Z', '2026-11-23T15:00:00.000Z'],
    ['28.11.2026 bis 30.11.2026', { timeZone: 'Europe/Berlin', lang: 'de-DE' }, '2026-11-27T23:00:00.000Z', '2026-11-30T23:00:00.000Z'],
    ['29 nov 2024 a las 15:20', { timeZone: 'Europe/Madrid', lang: 'es-ES' }, '2024-11-29T14:20:00.000Z', '2024-11-29T14:20:00.000Z'],
    ['Fri, Nov 29, 2024 PST', {}, '2024-11-29T08:00:00.000Z', '2024-11-30T08:00:00.000Z'],
  ])('%s', (text, opts, from, to) => {
    const r = parseDateRange(text, opts);
    expect([iso(r?.from), iso(r?.to)]).toEqual([from, to]);
  });

  it('refuses a window that ends before it starts, and garbage', () => {
    expect(parseDateRange('Fri, Dec 6, 2024 PST to Wed, Dec 4, 2024 PST')).toBeNull();
    expect(parseDateRange('soon to later')).toBeNull();
  });
});

describe('epoch helpers', () => {
  it('accept plausible seconds / milliseconds only', () => {
    expect(epochSecondsToIso(1795194840)).toBe('2026-11-20T17:14:00.000Z');
    expect(epochSecondsToIso(1795194840000)).toBeUndefined();
    expect(epochSecondsToIso('1795194840')).toBeUndefined();
    expect(epochMillisToIso(1795194840000)).toBe('2026-11-20T17:14:00.000Z');
    expect(epochMillisToIso(1795194840)).toBeUndefined();
  });
});

/**
 * Round trip: format a random instant the way each locale prints it (Intl = CLDR, what a localised page shows)
 * and parse it back: same instant to the minute. Styles with a zone parse without any zone hint except where the
 * abbreviation is ambiguous (IST, CST), which the marketplace zone resolves.
 */
describe('round trip: every supported style parses back to the same instant', () => {
  const withTime = { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' } as const;
  const numeric = { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' } as const;
  const full = { dateStyle: 'full', timeStyle: 'long' } as const;
  const styles: [lang: string, zone: string, opts: Intl.DateTimeFormatOptions][] = [
    ['en-US', 'America/Los_Angeles', withTime], ['en-US', 'America/New_York', withTime], ['en-US', 'America/Chicago', withTime],
    ['en-US', 'America/Denver', withTime], ['en-US', 'America/Los_Angeles', numeric], ['en-US', 'America/Los_Angeles', full],
    ['en-GB', 'Europe/London', withTime], ['en-GB', 'Europe/Berlin', withTime], ['en-GB', 'Europe/London', numeric], ['en-GB', 'Europe/London', full],
    ['de-DE', 'Europe/Berlin', withTime], ['de-DE', 'Europe/Berlin', numeric], ['de-DE', 'Europe/Berlin', full],
    ['fr-FR', 'Europe/Paris', withTime], ['fr-FR', 'Europe/Paris', numeric], ['fr-FR', 'Europe/Paris', full],
    ['it-IT', 'Europe/Rome', withTime], ['it-IT', 'Europe/Rome', numeric], ['it-IT', 'Europe/Rome', full],
    ['es-ES', 'Europe/Madrid', withTime], ['es-ES', 'Europe/Madrid', numeric], ['es-ES', 'Europe/Madrid', full],
    ['ja-JP', 'Asia/Tokyo', withTime], ['ja-JP', 'Asia/Tokyo', numeric], ['ja-JP', 'Asia/Tokyo', full],
    ['en-AU', 'Australia/Sydney', withTime], ['en-IN', 'Asia/Kolkata', withTime], ['en-GB', 'Asia/Tokyo', withTime],
  ];
  const instant = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true });

  for (const [lang, timeZone, opts] of styles) {
    const fmt = new Intl.DateTimeFormat(lang, { ...opts, timeZone });
    const sample = fmt.format(new Date('2026-11-20T17:14:00Z'));
    it(`${lang} ${timeZone} "${sample}"`, () => {
      fc.assert(fc.property(instant, (d) => {
        const text = fmt.format(d);
        const got = parseInstant(text, { lang, timeZone: /IST|CST|CDT/.test(text) ? timeZone : undefined });
        expect(got, text).not.toBeNull();
        expect(Math.floor(got!.getTime() / 60_000), text).toBe(Math.floor(d.getTime() / 60_000));
      }), { numRuns: 150 });
    });
  }

  for (const [lang, timeZone] of [['en-US', 'America/Los_Angeles'], ['en-GB', 'Europe/London'], ['de-DE', 'Europe/Berlin'],
    ['fr-FR', 'Europe/Paris'], ['it-IT', 'Europe/Rome'], ['es-ES', 'Europe/Madrid'], ['ja-JP', 'Asia/Tokyo']] as const) {
    const fmt = new Intl.DateTimeFormat(lang, { weekday: 'short', year: 'numeric', month: 'long', day: 'numeric', timeZone });
    it(`date only ${lang} "${fmt.format(new Date('2026-11-20T17:14:00Z'))}" covers the instant's local day`, () => {
      fc.assert(fc.property(instant, (d) => {
        const r = parseDate(fmt.format(d), { lang, timeZone });
        expect(r).not.toBeNull();
        expect(r!.from.getTime()).toBeLessThanOrEqual(d.getTime());
        expect(r!.to.getTime()).toBeGreaterThan(d.getTime());
        expect(r!.hasTime).toBe(false);
      }), { numRuns: 100 });
    });
  }
});

describe('ASCII spelling of the letter patterns', () => {
  // parseDate uses the [A-Za-z] patterns for all-ASCII text (cheaper to compile): they must match exactly as the \p{L} ones.
  const WORDS = ['Fri', 'Nov', 'nov.', 'de', 'mars', '29', '2', '2024', '11:45', '1:29 PM', 'p.m.', 'am', 'th', ',', '.', ' ', '  ', ':', 'to', 'PST', 'Sept', 'h', 'x9', '2026-11-27'];
  const asciiChars = fc.string({ unit: fc.integer({ min: 0, max: 0x7f }).map((c) => String.fromCharCode(c)), maxLength: 4 });
  const asciiText = fc.array(fc.tuple(fc.oneof(fc.constantFrom(...WORDS), asciiChars), fc.constantFrom(' ', '', ', ')), { maxLength: 12 })
    .map((parts) => parts.map(([word, sep]) => word + sep).join(''));
  const all = (re: RegExp, s: string) => [...s.matchAll(re)].map((m) => [m.index, ...m]);

  it('each pattern finds the same matches on random ASCII text', () => {
    const ascii = letterPatternsFor('a');
    const unicode = letterPatternsFor('é');
    expect(ascii).not.toBe(unicode);
    fc.assert(fc.property(asciiText, (s) => {
      ascii.months.forEach(([re, order], i) => {
        expect(order).toBe(unicode.months[i]![1]);
        expect(all(re, s)).toEqual(all(unicode.months[i]![0], s));
      });
      expect(ascii.time.exec(s)?.slice()).toEqual(unicode.time.exec(s)?.slice());
      expect(ascii.time.exec(s)?.index).toEqual(unicode.time.exec(s)?.index);
      expect(s.toLowerCase().split(ascii.nonLetters)).toEqual(s.toLowerCase().split(unicode.nonLetters));
    }), { numRuns: 3000 });
  });

  it('text with any non-ASCII character takes the \\p{L} patterns', () => {
    expect(parseDate('2 déc. 2025', { timeZone: 'Europe/Paris', lang: 'fr-FR' })?.from.toISOString()).toBe('2025-12-01T23:00:00.000Z');
    expect(parseDate('Fri, Nov 29, 2024 PST')?.from.toISOString()).toBe('2024-11-29T08:00:00.000Z');
  });
});

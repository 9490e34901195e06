/**
 * The date, time, duration and plural tables of each language (utils/i18n/locales/<lang>.json `date.*`, `time.*`,
 * plural messages) checked against CLDR as the runtime's Intl prints it, for many instants in every
 * marketplace zone: the overlay writes dates from these tables because creating an Intl object in a
 * Seller Central tab costs 20–30 ms (utils/calendar/zone.ts). Whitespace is compared loosely (CLDR
 * uses narrow no-break spaces in some units; the tables use plain spaces).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { localDay } from '@/utils/calendar';
import { ZONE_GENERIC_NAMES } from '@/utils/calendar/zone-names';
import { dateStyle, formatDay, formatTime, zoneLabel } from '@/utils/policy/explain-format';
import { computeDeadline } from '@/utils/policy/deadlines';
import { flattenMessages, pluralForm, tableTranslator, type Translator } from '@/utils/i18n/translate';
import type { UiLanguage } from '@/utils/i18n/languages';
import { formatDue, formatInstant, formatRemaining, localDateText } from '@/components/overlay/format';

const LANGS = ['de', 'fr', 'it', 'es', 'ja'] as const;
const table = (lang: string) => flattenMessages(JSON.parse(readFileSync(join(process.cwd(), 'utils', 'i18n', 'locales', `${lang}.json`), 'utf8')));
const tr = (lang: UiLanguage): Translator => tableTranslator(lang, table(lang));
const loose = (s: string) => s.replace(/[\u00a0\u202f\s]+/g, ' ').trim();
const ZONES = Object.keys(ZONE_GENERIC_NAMES);

/** Deterministic instants 2024–2031 (a fixed-step walk: every hour of the day and every weekday occurs). */
const INSTANTS = Array.from({ length: 600 }, (_, i) => new Date(Date.UTC(2024, 0, 1) + i * 5 * 86_400_000 + ((i * 7919) % 86_400) * 1000));

describe.each(LANGS)('%s tables match CLDR', (lang) => {
  const t = tr(lang);

  it('weekday and month names, day order (explanations: "Tue 1 Dec" in this language)', () => {
    const intl = new Intl.DateTimeFormat(lang, { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short' });
    const style = dateStyle(undefined, t);
    for (const at of INSTANTS) expect(loose(formatDay(localDay(at, 'UTC'), style)), at.toISOString()).toBe(loose(intl.format(at)));
  });

  it('dates with year and times in every marketplace zone', () => {
    for (const zone of ZONES) {
      const day = new Intl.DateTimeFormat(lang, { timeZone: zone, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
      const time = new Intl.DateTimeFormat(lang, { timeZone: zone, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: 'numeric', minute: '2-digit' });
      for (const at of INSTANTS) {
        expect(loose(localDateText(at, zone, t, false)!), `${zone} ${at.toISOString()}`).toBe(loose(day.format(at)));
        expect(loose(localDateText(at, zone, t, true)!), `${zone} ${at.toISOString()}`).toBe(loose(time.format(at)));
      }
    }
  });

  it('the generic name of every marketplace zone', () => {
    for (const zone of ZONES) {
      const name = new Intl.DateTimeFormat(lang, { timeZone: zone, timeZoneName: 'longGeneric' })
        .formatToParts(new Date(Date.UTC(2026, 0, 1))).find((p) => p.type === 'timeZoneName')!.value;
      expect(zoneLabel(zone, t), zone).toBe(name);
    }
  });

  it('duration units (short unit style) and the plural form each count takes', () => {
    for (const [key, unit] of [['time.days', 'day'], ['time.hours', 'hour'], ['time.minutes', 'minute']] as const) {
      const intl = new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'short' });
      for (let n = 0; n <= 120; n++) expect(loose(t(key, { n }, n)), `${key} ${n}`).toBe(loose(intl.format(n)));
    }
  });

  it('every plural message picks the form CLDR plural rules ask for, for 0–200', () => {
    const rules = new Intl.PluralRules(lang);
    for (const [key, message] of Object.entries(table(lang))) {
      const forms = message.split(' | ');
      if (forms.length === 1) continue;
      const one = forms.length === 3 ? forms[1]! : forms[0]!;
      const other = forms[forms.length - 1]!;
      for (let n = 0; n <= 200; n++) {
        expect(pluralForm(forms, n), `${key} ${n}`).toBe(rules.select(n) === 'one' ? one : other);
      }
    }
  });

  it('overlay dates, countdowns and explanations are written without creating an Intl object', () => {
    const spy = vi.spyOn(Intl, 'DateTimeFormat');
    const num = vi.spyOn(Intl, 'NumberFormat');
    const at = new Date('2026-11-27T21:29:00Z');
    for (const zone of ZONES) {
      expect(formatInstant(at, zone, 'en-US', t)).toContain(zoneLabel(zone, t));
      expect(formatDue(new Date('2026-11-28T08:00:00Z'), zone, 'en-US', t)).toContain(zoneLabel(zone, t));
    }
    formatRemaining(at, new Date('2026-11-25T10:00:00Z'), t);
    const d = computeDeadline('return-refund', new Date('2026-11-21T22:00:00Z'), { marketplace: 'US', t })!;
    expect(d.explanation).toContain(zoneLabel('America/Los_Angeles', t));
    expect(spy).not.toHaveBeenCalled();
    expect(num).not.toHaveBeenCalled();
  });
});

describe('written as sellers read them', () => {
  it('durations and countdowns in each language', () => {
    const now = new Date('2026-11-27T10:00:00Z');
    const in240 = new Date(now.getTime() + (2 * 60 + 40) * 60_000);
    const late = new Date(now.getTime() - (33 * 60) * 60_000);
    expect(formatRemaining(in240, now, tr('de'))).toBe('in 2 Std. 40 Min.');
    expect(formatRemaining(late, now, tr('de'))).toBe('überfällig seit 1 Tg. 9 Std.');
    expect(formatRemaining(in240, now, tr('ja'))).toBe('残り 2 時間 40 分');
    expect(formatRemaining(late, now, tr('fr'))).toBe('en retard de 1 j 9 h');
    expect(formatRemaining(late, now, tr('it'))).toBe('in ritardo di 1 giorno 9 h');
    expect(formatRemaining(in240, now, tr('es'))).toBe('en 2 h 40 min');
  });

  it('"end of" a business day, with the marketplace zone named', () => {
    const endOfFri = new Date('2026-11-28T08:00:00Z'); // midnight ending Fri 27 Nov in Los Angeles
    expect(formatDue(endOfFri, 'America/Los_Angeles', 'en-US', tr('de'))).toBe('Ende Fr., 27. Nov. 2026 (Nordamerikanische Westküstenzeit)');
    expect(formatDue(endOfFri, 'America/Los_Angeles', 'en-US', tr('ja'))).toBe('2026年11月27日(金)終了まで(米国太平洋時間)');
    expect(formatInstant(new Date('2026-11-27T13:05:00Z'), 'Europe/Paris', 'en-US', tr('fr'))).toBe('ven. 27 nov. 2026, 14:05 (heure d’Europe centrale)');
  });

  it('a business-day explanation in German names the days that count and the ones that do not', () => {
    const d = computeDeadline('return-refund', new Date('2026-11-21T22:00:00Z'), { marketplace: 'US', t: tr('de') })!;
    expect(d.explanation).toBe(
      'Bis Ende Di., 24. Nov., Nordamerikanische Westküstenzeit: 2 Werktage, nachdem die Rücksendung eingegangen ist, am Sa., 21. Nov.; ' +
        'Mo., 23. Nov. und Di., 24. Nov. zählen, Sa., 21. Nov. und So., 22. Nov. nicht (gesetzliche Feiertage US, Arbeitswoche Mo.–Fr.).',
    );
  });
});

describe('policy explanations in other languages', () => {
  it('wall-clock, page-dated and cut-short explanations use the language\'s own time and words', () => {
    const de = tr('de');
    const buyer = computeDeadline('buyer-reply', new Date('2026-03-07T21:00:00Z'), { marketplace: 'DE', t: de })!;
    expect(buyer.explanation).toBe(
      'Bis So., 8. März 22:00, Mitteleuropäische Zeit: 24 Stunden, nachdem die Nachricht des Käufers eingegangen ist, am Sa., 7. März um 22:00; Wochenenden und Feiertage zählen mit.',
    );
    const ja = tr('ja');
    const page = computeDeadline('safet-reply', new Date('2026-11-20T01:00:00Z'), { marketplace: 'JP', pageDueAt: new Date('2026-11-24T00:05:00Z'), t: ja })!;
    expect(page.explanation).toBe('11月24日(火) 9:05まで(日本標準時): SAFE-T申請に表示された「回答期限」の日付。');
    const cut = computeDeadline('safet-filing', new Date('2026-01-10T20:00:00Z'), { marketplace: 'US', t: tr('fr') })!;
    expect(cut.explanation).toContain('écourté : à partir du lun. 16 févr. 2026');
  });
});

describe('English defaults of the wording helpers', () => {
  it('a style without a translator writes English 24-hour times', () => {
    expect(formatTime(new Date('2026-11-27T09:05:00Z'), 'UTC', { usOrder: false, withYear: false })).toBe('09:05');
  });
});

/**
 * Input errors as the seller reads them: every PolicyInputError and CalendarError has a kind whose text
 * is in every language (`policy.error.*`, `policy.calendarError.*`), filled with its parameters; the
 * English `message` stays for logs and tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CalendarError, calendarFor } from '@/utils/calendar';
import { PolicyInputError, inputErrorText } from '@/utils/policy/errors';
import { computeDeadline } from '@/utils/policy/deadlines';
import { safetOutlook } from '@/utils/policy/safet';
import { EN } from '@/utils/i18n/english';
import { flattenMessages, tableTranslator, type Translator } from '@/utils/i18n/translate';
import type { UiLanguage } from '@/utils/i18n/languages';

const table = (lang: UiLanguage) => flattenMessages(JSON.parse(readFileSync(join(process.cwd(), 'utils', 'i18n', 'locales', `${lang}.json`), 'utf8')));
const tr = (lang: UiLanguage): Translator => tableTranslator(lang, table(lang), EN);
const DE = tr('de');
const JA = tr('ja');

function caught(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('did not throw');
}

describe('inputErrorText', () => {
  it('writes a calendar error by its kind and parameters, in the language', () => {
    const e = caught(() => calendarFor('US', { timeZone: 'Mars/Olympus' }));
    expect(e).toBeInstanceOf(CalendarError);
    expect((e as Error).message).toBe('Unknown time zone: Mars/Olympus');
    expect(inputErrorText(e, EN)).toBe('unknown time zone “Mars/Olympus”');
    expect(inputErrorText(e, DE)).toBe('unbekannte Zeitzone „Mars/Olympus“');
    expect(inputErrorText(e, JA)).toBe('不明なタイムゾーン「Mars/Olympus」');
    const added = caught(() => calendarFor('DE', { holidaysAdded: ['31.12.2026'] }));
    expect(inputErrorText(added, DE)).toBe('hinzugefügter Feiertag „31.12.2026“ ist kein Datum (JJJJ-MM-TT)');
    const removed = caught(() => calendarFor('DE', { holidaysRemoved: 'x' as unknown as string[] }));
    expect(inputErrorText(removed, DE)).toBe('die entfernten Feiertage müssen eine Liste von Daten sein (JJJJ-MM-TT)');
  });

  it('writes a policy error by its kind, and an invalid calendar with what is wrong with it', () => {
    const now = new Date('2026-11-27T20:00:00Z');
    const future = caught(() => safetOutlook({ marketplace: 'DE', fulfillment: 'seller', refundIssuer: 'amazon-cs', refundedAt: new Date('2027-01-01T00:00:00Z') }, now, DE));
    expect(future).toBeInstanceOf(PolicyInputError);
    expect((future as Error).message).toBe('refundedAt is after now');
    expect(inputErrorText(future, DE)).toBe('das Erstattungsdatum liegt in der Zukunft');
    expect(inputErrorText(future, EN)).toBe('the refund date is after now');
    const issuer = caught(() => safetOutlook({ marketplace: 'JP', fulfillment: 'seller', refundIssuer: 'nobody' as 'seller', refundedAt: now }, now, JA));
    expect(inputErrorText(issuer, JA)).toBe('不明な返金者「nobody」');
    const cal = caught(() => computeDeadline('return-refund', now, { marketplace: 'DE', calendar: { timeZone: 'Europe/Berlin', weekend: [0, 1, 2, 3, 4, 5, 6], holidays: [] } }));
    expect((cal as PolicyInputError).kind).toBe('calendar');
    expect(inputErrorText(cal, DE)).toBe('Ungültiger Kalender: das Wochenende umfasst alle Tage: Es bleiben keine Werktage');
  });

  it('falls back to "could not be checked" for a calendar error without a known cause and for other errors', () => {
    const bare = new PolicyInputError('Invalid calendar: ?', 'calendar', {}, { cause: new RangeError('?') });
    expect(inputErrorText(bare, DE)).toBe('Ungültiger Kalender: diese Angaben konnten nicht geprüft werden');
    expect(inputErrorText(new TypeError('x'), JA)).toBe('これらの回答を確認できませんでした');
  });

  it('has a text for every kind in every language', () => {
    const policyKinds = ['calendar', 'clock', 'eventDate', 'marketplace', 'problem', 'noPageDate', 'pageDate', 'factsMissing', 'nowDate', 'issuer', 'fulfillment', 'refundedDate', 'refundedAfterNow', 'deliveredDate', 'deliveredAfterNow', 'deliveredNotReturned', 'unknown'];
    const calendarKinds = ['zone', 'eventDate', 'dayKey', 'marketplace', 'removedList', 'removedDay', 'addedList', 'addedDay', 'holidayDay', 'weekendList', 'weekendDay', 'weekendFull', 'missing', 'businessDays'];
    for (const lang of ['en', 'de', 'fr', 'it', 'es', 'ja'] as const) {
      const tb = table(lang);
      for (const k of policyKinds) expect(tb[`policy_error_${k}`], `${lang} policy.error.${k}`).toBeTruthy();
      for (const k of calendarKinds) expect(tb[`policy_calendarError_${k}`], `${lang} policy.calendarError.${k}`).toBeTruthy();
    }
  });
});

describe('guidanceFor: notes for invalid input in the language', () => {
  const NOW = new Date('2026-11-27T12:00:00Z');
  const facts = { marketplace: 'DE' as const, sfp: true, contactReceivedAt: new Date('2026-11-27T08:00:00Z') };

  it('names an unknown intent or marketplace and an invalid calendar in German and Japanese', async () => {
    const { guidanceFor } = await import('@/utils/policy/guidance');
    const deG = tableTranslator('de', table('de'), tr('en'));
    expect(guidanceFor({ contact: { intent: 'gossip' as never }, facts, t: deG }, NOW).notes).toEqual(['Unbekanntes Anliegen der Nachricht: gossip']);
    expect(guidanceFor({ contact: { intent: 'product-question' }, facts: { ...facts, marketplace: 'XX' as never }, t: JA }, NOW).notes).toEqual(['不明なマーケットプレイス：XX']);
    const cal = guidanceFor({ contact: { intent: 'amazon-cs-request' }, facts: { ...facts, calendar: { timeZone: 'Mars/Olympus', weekend: [0, 6], holidays: [] } }, t: deG }, NOW);
    expect(cal.notes.join(' ')).toContain('Ungültiger Kalender: unbekannte Zeitzone „Mars/Olympus“');
    expect(cal.notes.join(' ')).not.toMatch(/Invalid|Unknown/);
    const hostile = { contact: { intent: 'product-question' }, t: JA, get facts(): never { throw new Error('boom'); } };
    expect(guidanceFor(hostile as never, NOW).notes).toEqual(['対応方法を判断できませんでした（技術的なエラー：boom）']);
  });
});

describe('zoneLabel: a zone the tables do not name, in another language', () => {
  it('is the IANA name in Seller Central tabs (no Intl), never English prose', async () => {
    const { zoneLabel } = await import('@/utils/policy/explain-format');
    expect(zoneLabel('America/Halifax', DE)).toBe('America/Halifax');
    expect(zoneLabel('America/Halifax', JA)).toBe('America/Halifax');
    expect(zoneLabel('Europe/Berlin', DE)).toBe('Mitteleuropäische Zeit');
  });

  it('comes from Intl in the language on the extension pages (allowIntlZoneNames), IANA where Intl has only GMT±', async () => {
    const { allowIntlZoneNames, zoneLabel } = await import('@/utils/policy/explain-format');
    allowIntlZoneNames(true);
    try {
      expect(zoneLabel('America/Halifax', DE)).toBe('Atlantik-Zeit');
      expect(zoneLabel('America/Halifax', DE)).toBe('Atlantik-Zeit'); // cached
      expect(zoneLabel('America/Halifax', JA)).toBe('大西洋時間');
      expect(zoneLabel('Etc/GMT-4', DE)).toBe('Etc/GMT-4');
      expect(zoneLabel('Asia/Tokyo', JA)).toBe(JA('date.zone.Asia_Tokyo'));
      expect(zoneLabel('America/Halifax', EN)).toBe('Atlantic Time');
    } finally {
      allowIntlZoneNames(false);
    }
  });
});

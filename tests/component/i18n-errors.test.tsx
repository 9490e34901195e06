/**
 * Technical details inside translated sentences come from the locale tables too: the SAFE-T checklist's
 * "check your answers", the options page's calendar error and import report, and background refusals.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SafetChecklist } from '@/components/overlay/lists/safet-checklist';
import { DataSettings } from '@/components/options/data-settings';
import { MarketplaceCalendar, overrideError } from '@/components/options/calendar-settings';
import { OptionsApp } from '@/components/options/options-app';
import { createQueueService } from '@/utils/actions/service';
import type { Observation } from '@/utils/pages/observation';
import { failureText } from '@/utils/actions/failure-text';
import { sendToBackground } from '@/utils/actions/send';
import { englishTranslator, setTranslator } from '@/utils/i18n/active';
import { flattenMessages, tableTranslator } from '@/utils/i18n/translate';
import type { UiLanguage } from '@/utils/i18n/languages';
import { makeEnv, withEnv } from './overlay/lists/env';

const translatorFor = (lang: UiLanguage) =>
  tableTranslator(lang, flattenMessages(JSON.parse(readFileSync(join(process.cwd(), 'utils', 'i18n', 'locales', `${lang}.json`), 'utf8'))), englishTranslator());

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  setTranslator(englishTranslator());
  vi.restoreAllMocks();
});

describe('SAFE-T checklist: invalid answers in the language', () => {
  it('de: a refund date in the future', () => {
    setTranslator(translatorFor('de'));
    const { container } = render(withEnv(makeEnv(), <SafetChecklist orderId="302-4738291-5047863" marketplace="DE" timeZone="Europe/Berlin" />));
    fireEvent.input(container.querySelector('[data-sfp-field="refunded-at"]')!, { target: { value: '2027-01-01T10:00' } });
    const verdict = container.querySelector('[data-sfp-verdict]')!;
    expect(verdict.getAttribute('data-sfp-verdict')).toBe('invalid');
    expect(verdict.textContent).toContain('Prüfen Sie Ihre Angaben: das Erstattungsdatum liegt in der Zukunft.');
    expect(verdict.textContent).not.toMatch(/refundedAt|after now/);
  });
});

describe('options page: calendar error and import report in the language', () => {
  it('de: an unknown time zone and an added holiday that is not a date', () => {
    setTranslator(translatorFor('de'));
    expect(overrideError('DE', { timeZone: 'Mars/Olympus' })).toBe('Dieser Kalender ist ungültig: unbekannte Zeitzone „Mars/Olympus“. Er wurde nicht gespeichert.');
    expect(overrideError('DE', { holidaysAdded: ['2026-02-30'] })).toBe('Dieser Kalender ist ungültig: hinzugefügter Feiertag „2026-02-30“ ist kein Datum (JJJJ-MM-TT). Er wurde nicht gespeichert.');
    expect(overrideError('DE', {})).toBeNull();
  });

  it('de: the calendar shows the error in German when every day would be a weekend day, and does not save', async () => {
    setTranslator(translatorFor('de'));
    const saved: unknown[] = [];
    const user = userEvent.setup();
    const { container } = render(<MarketplaceCalendar mp="DE" overrides={{ weekend: [0, 1, 2, 3, 4, 5] }} year={2026} onChange={(o) => saved.push(o)} />);
    const last = [...container.querySelectorAll<HTMLInputElement>('.sfp-weekend input[type="checkbox"]')].find((c) => !c.checked)!;
    await user.click(last);
    expect(screen.getByRole('alert').textContent).toBe('Dieser Kalender ist ungültig: das Wochenende umfasst alle Tage: Es bleiben keine Werktage. Er wurde nicht gespeichert.');
    expect(saved).toEqual([]);
  });

  it('ja: a refused import says why in Japanese', async () => {
    const now = () => new Date('2026-11-27T20:00:00.000Z');
    const svc = createQueueService({ now });
    const observation: Observation = {
      kind: 'order-details', marketplace: 'JP', observedAt: now().toISOString(), source: 'json', orderId: '503-4738291-5047863', sfp: true,
      sfpDecidedBy: 'json:programs', fulfillment: 'seller', status: 'returned', trackingPresent: true,
      return: { state: 'delivered', deliveredAt: '2026-11-27T18:00:00.000Z' },
    };
    await svc.handleMessage({ type: 'sfp:observe', observation }, {});
    const actions = Object.values((await svc.store.read()).actions);
    expect(actions.length).toBeGreaterThan(0);
    fakeBrowser.runtime.onMessage.addListener((m: unknown) => (m as { type?: string }).type === 'sfp:import' ? Promise.resolve({ ok: false, error: 'not allowed', code: 'notAllowed' }) : svc.handleMessage(m, {}));
    setTranslator(translatorFor('ja'));
    const user = userEvent.setup();
    const { container } = render(<OptionsApp now={now} />);
    await waitFor(() => expect(container.querySelector('input[type="file"]')).not.toBeNull());
    await user.upload(container.querySelector<HTMLInputElement>('input[type="file"]')!, new File([JSON.stringify({ actions })], 'a.json', { type: 'application/json' }));
    const button = await waitFor(() => container.querySelector<HTMLButtonElement>('[data-sfp-import-report] button')!);
    await user.click(button);
    expect(await screen.findByText(/インポートできませんでした/)).toHaveTextContent('インポートできませんでした: このページからは実行できません');
  });

  it('en: the calendar error reads as before, wrapped in a sentence', () => {
    expect(overrideError('US', { weekend: [0, 1, 2, 3, 4, 5, 6] })).toBe('This calendar is not valid: the weekend covers every day: no business days are left. It was not saved.');
  });

  it.each([
    ['ja', '{nope', '0 行目: ファイルが有効な JSON ではありません'],
    ['ja', '{"actions": 3}', '0 行目: ファイルに「actions」のリストがありません'],
    ['de', 'a,b\r\n1,2\r\n', 'Zeile 0: dies ist kein CSV-Export von SFP Guide (die Kopfzeile fehlt)'],
    ['de', '[{"id":"x","kind":"refund-return"}]', 'Zeile 1: '],
  ] as const)('%s import report for %s', async (lang, text, row) => {
    setTranslator(translatorFor(lang));
    const user = userEvent.setup();
    const { container } = render(<DataSettings actions={[]} today="2026-11-27" onImport={async () => ''} onClear={async () => {}} />);
    await user.upload(container.querySelector('input[type="file"]')!, new File([text], 'actions.json', { type: 'application/json' }));
    const errors = await screen.findByRole('list');
    expect(errors.textContent).toContain(row);
    expect(errors.textContent).not.toMatch(/not valid|expected|missing|Invalid|Row /);
  });
});

describe('background refusals in the language', () => {
  it('de/ja: each code has its text; a reply without one is "unknown error"', async () => {
    setTranslator(translatorFor('de'));
    const unreachable = await sendToBackground({ type: 'sfp:clear-all' });
    expect(unreachable).toMatchObject({ ok: false, code: 'noBackground' });
    expect(failureText(unreachable)).toMatch(/^die Erweiterung ist nicht erreichbar/);
    expect(failureText({ ok: false, error: 'not allowed', code: 'notAllowed' })).toBe('diese Seite darf das nicht');
    expect(failureText({ ok: false, error: 'x' })).toBe(translatorFor('de')('popup.notice.unknownError'));
    setTranslator(translatorFor('ja'));
    expect(failureText({ ok: false, error: 'marketplace unknown', code: 'noMarketplace' })).toBe('マーケットプレイスが不明です。オプションで既定のマーケットプレイスを選んでください');
  });
});

describe('a seller-chosen time zone in the language', () => {
  it('de: named by Intl on the extension pages, by its IANA name in the overlay', async () => {
    const { formatInstant } = await import('@/components/overlay/format');
    const { allowIntlZoneNames } = await import('@/utils/policy/explain-format');
    const de = translatorFor('de');
    const at = new Date('2026-11-27T20:00:00Z');
    expect(formatInstant(at, 'America/Halifax', 'en-US', de)).toMatch(/\(America\/Halifax\)$/);
    allowIntlZoneNames(true);
    try {
      expect(formatInstant(at, 'America/Halifax', 'en-US', de)).toMatch(/\(Atlantik-Zeit\)$/);
      expect(formatInstant(at, 'America/Halifax', 'en-US', de)).not.toMatch(/Atlantic/);
    } finally {
      allowIntlZoneNames(false);
    }
  });
});

describe('options page: a browser permission error in the language', () => {
  it('de: the browser\'s own message is quoted inside a German sentence', async () => {
    const { ReminderSettings } = await import('@/components/options/reminder-settings');
    setTranslator(translatorFor('de'));
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false);
    vi.spyOn(fakeBrowser.permissions, 'request').mockRejectedValue(new Error('This function must be called during a user gesture'));
    const user = userEvent.setup();
    render(<ReminderSettings leadMinutes={240} onLead={() => {}} />);
    await user.click(await screen.findByRole('button', { name: translatorFor('de')('options.reminders.turnOn') }));
    expect((await screen.findByRole('alert')).textContent).toBe('Der Browser konnte die Berechtigung für Benachrichtigungen nicht ändern (seine Meldung: This function must be called during a user gesture).');
  });
});

/**
 * Reminders: the optional `notifications` permission is requested here, inside the click handler
 * (browsers only grant optional permissions from a user gesture), and the lead time is chosen.
 */
import '@/utils/i18n/english-extension';
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n/active';

const PERMISSION: { permissions: ['notifications'] } = { permissions: ['notifications'] };
const LEADS = [30, 60, 120, 240, 480, 1440];

/** "30 minutes", "2 hours", "1 day". */
function leadText(minutes: number): string {
  if (minutes === 1440) return t('options.reminders.day');
  return minutes < 60 ? t('options.reminders.minutes', { n: minutes }, minutes) : t('options.reminders.hours', { n: minutes / 60 }, minutes / 60);
}

export function ReminderSettings({ leadMinutes, onLead }: { leadMinutes: number; onLead(minutes: number): void }) {
  const [granted, setGranted] = useState<boolean | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    // Wrapped: some test doubles and old browsers throw synchronously instead of rejecting.
    Promise.resolve().then(() => browser.permissions.contains(PERMISSION)).then(setGranted, () => setGranted(false));
  }, []);
  return (
    <section aria-labelledby="sfp-reminders">
      <h2 id="sfp-reminders">{t('options.reminders.heading')}</h2>
      <p>{t('options.reminders.body')}</p>
      <p data-sfp-reminders={granted ? 'on' : 'off'}>
        {t(granted ? 'options.reminders.on' : 'options.reminders.off')}{' '}
        {granted
          ? <button type="button" onClick={() => {
            browser.permissions.remove(PERMISSION).then((removed) => removed && setGranted(false), (e: unknown) => setError(t('options.reminders.permissionError', { error: e instanceof Error ? e.message : String(e) })));
          }}>{t('options.reminders.turnOff')}</button>
          : <button type="button" onClick={() => {
            // No await before request(): it must run synchronously inside the user's click.
            browser.permissions.request(PERMISSION).then((ok) => {
              setGranted(ok);
              setError(ok ? null : t('options.reminders.denied'));
            }, (e: unknown) => setError(t('options.reminders.permissionError', { error: e instanceof Error ? e.message : String(e) })));
          }}>{t('options.reminders.turnOn')}</button>}
      </p>
      <label>
        {t('options.reminders.remind')}{' '}
        <select value={leadMinutes} onChange={(e) => onLead(Number(e.target.value))}>
          {LEADS.map((v) => (
            <option key={v} value={v}>{leadText(v)}</option>
          ))}
          {!LEADS.includes(leadMinutes) && <option value={leadMinutes}>{t('options.reminders.minutes', { n: leadMinutes }, leadMinutes)}</option>}
        </select>{' '}
        {t('options.reminders.before')}
      </label>
      {error && <p role="alert" className="sfp-error">{error}</p>}
    </section>
  );
}

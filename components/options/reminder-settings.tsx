/**
 * Reminders: the optional `notifications` permission is requested here, inside the click handler
 * (browsers only grant optional permissions from a user gesture), and the lead time is chosen.
 */
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';

const PERMISSION: { permissions: ['notifications'] } = { permissions: ['notifications'] };

export function ReminderSettings({ leadMinutes, onLead }: { leadMinutes: number; onLead(minutes: number): void }) {
  const [granted, setGranted] = useState<boolean | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    // Wrapped: some test doubles and old browsers throw synchronously instead of rejecting.
    Promise.resolve().then(() => browser.permissions.contains(PERMISSION)).then(setGranted, () => setGranted(false));
  }, []);
  return (
    <section aria-labelledby="sfp-reminders">
      <h2 id="sfp-reminders">Reminders</h2>
      <p>
        One notification per action at the lead time before its deadline, and one when it becomes overdue — never more.
        Clicking a notification opens the Seller Central page.
      </p>
      <p data-sfp-reminders={granted ? 'on' : 'off'}>
        Reminders are {granted ? 'on' : 'off'}.{' '}
        {granted
          ? <button type="button" onClick={() => {
            browser.permissions.remove(PERMISSION).then((removed) => removed && setGranted(false), (e) => setError(String(e)));
          }}>Turn off reminders</button>
          : <button type="button" onClick={() => {
            // No await before request(): it must run synchronously inside the user's click.
            browser.permissions.request(PERMISSION).then((ok) => {
              setGranted(ok);
              setError(ok ? null : 'Permission not granted.');
            }, (e) => setError(String(e)));
          }}>Turn on reminders</button>}
      </p>
      <label>
        Remind me{' '}
        <select value={leadMinutes} onChange={(e) => onLead(Number(e.target.value))}>
          {[[30, '30 minutes'], [60, '1 hour'], [120, '2 hours'], [240, '4 hours'], [480, '8 hours'], [1440, '1 day']].map(([v, l]) => (
            <option key={v} value={v}>{l}</option>
          ))}
          {![30, 60, 120, 240, 480, 1440].includes(leadMinutes) && <option value={leadMinutes}>{leadMinutes} minutes</option>}
        </select>{' '}
        before a deadline
      </label>
      {error && <p role="alert" className="sfp-error">{error}</p>}
    </section>
  );
}

/** Snooze choices: 1 hour, tomorrow 9:00 (in the action's time zone), or a picked date-time. */
import '@/utils/i18n/english-extension';
import { useId, useState } from 'react';
import { TZDate } from '@date-fns/tz';
import { tomorrowAt9 } from '@/utils/actions/view';
import { t } from '@/utils/i18n/active';

/** A datetime-local value ("2026-11-28T09:30") read as wall time in `timeZone`; null when invalid. */
export function wallTimeToInstant(value: string, timeZone: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!m) return null;
  const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number];
  const t = new TZDate(y, mo - 1, d, h, mi, timeZone);
  return Number.isNaN(t.getTime()) ? null : new Date(t.getTime());
}

/** The Snooze button; its menu is rendered only when opened (thousands of rows stay cheap). */
export function SnoozeMenu(props: { now: Date; timeZone: string; onSnooze: (until: Date) => void }) {
  const [open, setOpen] = useState(false);
  return (
    <span className="sfp-snooze">
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>{t('popup.snooze.button')}</button>
      {open && <SnoozeChoices {...props} />}
    </span>
  );
}

function SnoozeChoices({ now, timeZone, onSnooze }: { now: Date; timeZone: string; onSnooze: (until: Date) => void }) {
  const [picked, setPicked] = useState('');
  const id = useId();
  const pickedAt = wallTimeToInstant(picked, timeZone);
  return (
    <>
      <div className="sfp-snooze-menu">
        <button type="button" data-sfp-snooze="1h" onClick={() => onSnooze(new Date(now.getTime() + 3600_000))}>{t('popup.snooze.hour')}</button>
        <button type="button" data-sfp-snooze="tomorrow" onClick={() => onSnooze(tomorrowAt9(now, timeZone))}>{t('popup.snooze.tomorrow')}</button>
        <label htmlFor={id}>{t('popup.snooze.until', { zone: timeZone })}</label>
        <input id={id} type="datetime-local" value={picked} onChange={(e) => setPicked(e.target.value)} />
        <button
          type="button" data-sfp-snooze="pick" disabled={!pickedAt || pickedAt.getTime() <= now.getTime()}
          onClick={() => pickedAt && onSnooze(pickedAt)}
        >
          {t('popup.snooze.pick')}
        </button>
      </div>
    </>
  );
}

/**
 * Reminders: one notification per action at the seller's lead time and one when it becomes overdue —
 * never more; which were sent is remembered on the action (Action.notified bits), so a restarted worker
 * does not repeat them. Also decides when the single 'sfp:next' alarm must fire (next reminder or next
 * badge change), so nothing polls.
 */
import type { Action, QueueState } from './model';
import { NOTIFIED_LEAD, NOTIFIED_OVERDUE } from './model';
import { nextBadgeChange } from './badge';
import { isOpen, kindLabel } from './view';
import { t, translator } from '../i18n/active';

/** A notification to show now. */
export interface Reminder { action: Action; which: 'lead' | 'overdue'; bits: number }

/** Reminders due at `now` (pure). An action first seen already overdue gets only the overdue one. */
export function dueReminders(state: QueueState, now: Date, leadMinutes: number): Reminder[] {
  const t = now.getTime();
  const out: Reminder[] = [];
  for (const a of Object.values(state.actions)) {
    if (!isOpen(a, now)) continue;
    const sent = a.notified ?? 0;
    const due = Date.parse(a.dueAt);
    if (due <= t) {
      if (!(sent & NOTIFIED_OVERDUE)) out.push({ action: a, which: 'overdue', bits: NOTIFIED_LEAD | NOTIFIED_OVERDUE });
    } else if (due - leadMinutes * 60_000 <= t && !(sent & NOTIFIED_LEAD)) {
      out.push({ action: a, which: 'lead', bits: NOTIFIED_LEAD });
    }
  }
  return out;
}

/** The next instant after `now` when a reminder or the badge changes; null when nothing is scheduled. */
export function nextWake(state: QueueState, now: Date, leadMinutes: number, notify: boolean): number | null {
  const t = now.getTime();
  let next = nextBadgeChange(Object.values(state.actions), now) ?? Infinity;
  if (notify) {
    for (const a of Object.values(state.actions)) {
      if (a.status !== 'open') continue;
      const sent = a.notified ?? 0;
      const due = Date.parse(a.dueAt);
      const start = a.snoozedUntil ? Date.parse(a.snoozedUntil) : -Infinity;
      for (const [at, bit] of [[due - leadMinutes * 60_000, NOTIFIED_LEAD], [due, NOTIFIED_OVERDUE]] as const) {
        const when = Math.max(at, start);
        if (!(sent & bit) && when > t && when < next) next = when;
      }
    }
  }
  return Number.isFinite(next) ? next : null;
}

/** Notification id ↔ action id ("<actionId>|lead"). */
export function notificationId(r: Reminder): string {
  return `${r.action.id}|${r.which}`;
}
export function actionIdOfNotification(id: string): string {
  return id.replace(/\|(lead|overdue)$/, '');
}

/** Title and message of a reminder (no personal data: kind, order id, deadline). */
export function reminderText(r: Reminder, timeZone: string): { title: string; message: string } {
  // The background may use Intl freely (no Seller Central tab): the date in the UI's language.
  const tr = translator();
  const due = new Date(r.action.dueAt).toLocaleString(tr.lang === 'en' ? 'en-GB' : tr.lang, {
    timeZone, weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZoneName: 'short',
  });
  const what = kindLabel(r.action.kind);
  const subs = { ref: r.action.orderId ?? r.action.ref ?? '', mp: r.action.marketplace, when: due };
  return r.which === 'overdue'
    ? { title: t('actions.notify.overdueTitle', { what }), message: t('actions.notify.overdueMessage', subs) }
    : { title: t('actions.notify.soonTitle', { what }), message: t('actions.notify.soonMessage', subs) };
}

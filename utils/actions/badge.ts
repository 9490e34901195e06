/**
 * Toolbar badge: number of open actions (not snoozed, not done), coloured by the most urgent one —
 * red when any is overdue, amber when any is due within 24 h, neutral otherwise — and a tooltip with
 * the breakdown (issue 6, item 3). Pure and linear: 10,000 actions take well under the 5 ms budget.
 */
import type { Action } from './model';
import '../i18n/english-extension';
import { t as msg } from '../i18n/active';

export const BADGE_RED = '#C5221F';
export const BADGE_AMBER = '#B06000';
export const BADGE_NEUTRAL = '#5F6368';
const DAY = 24 * 3600_000;

/** What the toolbar shows. */
export interface Badge {
  text: string;
  color: string;
  title: string;
  counts: { open: number; overdue: number; dueSoon: number; later: number; snoozed: number };
}

/** Computes the badge from all actions at `now`. */
export function badgeFor(actions: Iterable<Action>, now: Date): Badge {
  const t = now.getTime();
  let overdue = 0, dueSoon = 0, later = 0, snoozed = 0;
  for (const a of actions) {
    if (a.status !== 'open') continue;
    if (a.snoozedUntil && Date.parse(a.snoozedUntil) > t) {
      snoozed++;
      continue;
    }
    const due = Date.parse(a.dueAt);
    if (due <= t) overdue++;
    else if (due - t <= DAY) dueSoon++;
    else later++;
  }
  const open = overdue + dueSoon + later;
  const color = overdue ? BADGE_RED : dueSoon ? BADGE_AMBER : BADGE_NEUTRAL;
  const parts = [msg('actions.badge.overdue', { n: overdue }), msg('actions.badge.soon', { n: dueSoon }), msg('actions.badge.later', { n: later })];
  if (snoozed) parts.push(msg('actions.badge.snoozed', { n: snoozed }));
  const title = open || snoozed ? msg('actions.badge.title', { open, parts: parts.join(msg('actions.badge.sep')) }) : msg('actions.badge.nothing');
  return { text: open ? String(open) : '', color, title, counts: { open, overdue, dueSoon, later, snoozed } };
}

/** The next instant at which the badge would change colour or count without any new input (or null). */
export function nextBadgeChange(actions: Iterable<Action>, now: Date): number | null {
  const t = now.getTime();
  let next = Infinity;
  for (const a of actions) {
    if (a.status !== 'open') continue;
    const candidates = [Date.parse(a.dueAt), Date.parse(a.dueAt) - DAY];
    if (a.snoozedUntil) candidates.push(Date.parse(a.snoozedUntil));
    for (const c of candidates) if (c > t && c < next) next = c;
  }
  return Number.isFinite(next) ? next : null;
}

/**
 * Read-side helpers over actions: which are open, which popup section they belong to, what to call them
 * and which Seller Central page to open. Pure; time zones explicit (the marketplace's, or the seller's
 * calendar override), never the machine's.
 */
import { TZDate } from '@date-fns/tz';
import { addDays, endOfDay, set } from 'date-fns';
import { MARKETPLACES, type MarketplaceCode } from '../marketplaces';
import type { Action, ActionKind } from './model';
import '../i18n/english-extension';
import { t } from '../i18n/active';
import type { MessageKey } from '../i18n/translate';

/** Open = still owed and not snoozed at `now`. */
export function isOpen(a: Action, now: Date): boolean {
  return a.status === 'open' && !(a.snoozedUntil && Date.parse(a.snoozedUntil) > now.getTime());
}

/** Popup sections, in display order. */
export const SECTIONS = ['overdue', 'today', 'later', 'snoozed'] as const;
/** A popup section. */
export type Section = (typeof SECTIONS)[number];

/** Time zone used to show and group an action: the seller's override for the marketplace, else its default. */
export type ZoneFor = (mp: MarketplaceCode) => string;
export const defaultZone: ZoneFor = (mp) => MARKETPLACES[mp].timeZone;

/** The instant today ends (next local midnight) in a time zone. */
export function endOfToday(now: Date, timeZone: string): number {
  return endOfDay(new TZDate(now.getTime(), timeZone)).getTime();
}

/**
 * Section of an open or snoozed action; null for done/dismissed. "Today" ends at local midnight in the
 * action's zone. `endToday` may be passed in (cached per zone) when grouping thousands of actions.
 */
export function sectionOf(
  a: Action, now: Date, zone: ZoneFor = defaultZone, endToday: (zone: string) => number = (z) => endOfToday(now, z),
): Section | null {
  if (a.status !== 'open') return null;
  if (!isOpen(a, now)) return 'snoozed';
  const due = Date.parse(a.dueAt);
  if (due <= now.getTime()) return 'overdue';
  return due <= endToday(zone(a.marketplace)) ? 'today' : 'later';
}

/** "Tomorrow 9:00" in a time zone, as an instant (snooze quick action). */
export function tomorrowAt9(now: Date, timeZone: string): Date {
  const local = addDays(new TZDate(now.getTime(), timeZone), 1);
  return new Date(set(local, { hours: 9, minutes: 0, seconds: 0, milliseconds: 0 }).getTime());
}

const KIND_KEY: Record<ActionKind, MessageKey> = {
  'refund-return': 'actions.kind.refundReturn',
  'grade-return': 'actions.kind.gradeReturn',
  'reply-amazon-cs': 'actions.kind.replyAmazonCs',
  'reply-buyer': 'actions.kind.replyBuyer',
  'file-safet': 'actions.kind.fileSafet',
  'answer-safet': 'actions.kind.answerSafet',
  'appeal-safet': 'actions.kind.appealSafet',
};

/** Short imperative label per kind, in the UI's language. */
export function kindLabel(kind: ActionKind): string {
  return t(KIND_KEY[kind]);
}

/**
 * The Seller Central page where the work is done, on the host the observation came from (unified EU
 * host) or the marketplace's own. Paths: shared/domain/seller-central-pages.md; the returns search query
 * mirrors the returns JSON endpoint's parameters [inferred].
 */
export function actionUrl(a: Action): string {
  const host = a.host ?? MARKETPLACES[a.marketplace].hosts[0];
  const id = a.orderId ? encodeURIComponent(a.orderId) : '';
  let path: string;
  switch (a.kind) {
    case 'refund-return':
    case 'grade-return':
      path = `/returns/list?searchTerm=${id}&searchBy=OrderId`;
      break;
    case 'reply-amazon-cs':
    case 'reply-buyer':
      path = `/messaging/inbox-v3?fi=search&ss=${id}`;
      break;
    case 'file-safet':
      path = '/safet-claims/create-v2';
      break;
    case 'answer-safet':
    case 'appeal-safet':
      path = a.ref ? `/safet-claims/claim/${encodeURIComponent(a.ref)}` : `/safet-claims#/claims?orderId=${id}`;
      break;
  }
  return `https://${host}${path}`;
}

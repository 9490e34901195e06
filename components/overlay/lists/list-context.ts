/**
 * Binds the policy engine to one page: the marketplace (from the observation, the URL, else the
 * seller's default), the seller's calendar overrides, and the current minute. Policy errors (a bad
 * override, an invalid date) become "no deadline" — the chip then says "check" instead of guessing.
 */
import { MARKETPLACES, type MarketplaceCode } from '@/utils/marketplaces';
import { calendarFor, type BusinessCalendar, type CalendarOverrides } from '@/utils/calendar';
// Module imports, not the @/utils/policy barrel: the barrel would pull the classifier's cue tables into
// bundles that do not classify.
import { computeDeadline } from '@/utils/policy/deadlines';
import { ruleFor, type Rule } from '@/utils/policy/rules';
import type { OverlaySettings } from '../overlay-env';
import type { RuleRef } from '../rule-source';
import type { ListContext, ListClockId, PolicyDeadline } from './types';
import { translator } from '@/utils/i18n/active';

/** The fields of a policy rule the UI shows. */
export function ruleRef(rule: Rule): RuleRef {
  return { id: rule.id, title: rule.title, source: rule.source, status: rule.status };
}

/** The seller's calendar for a marketplace; the default calendar when the overrides are invalid. */
export function sellerCalendar(marketplace: MarketplaceCode, settings: Pick<OverlaySettings, 'calendars'>): BusinessCalendar {
  const overrides = settings.calendars[marketplace] as CalendarOverrides | undefined;
  try {
    return calendarFor(marketplace, overrides ?? {});
  } catch {
    return calendarFor(marketplace);
  }
}

/** Marketplace of a list page: the observation's, the URL's, else the seller's default; null when none says. */
export function listMarketplace(
  fromObservation: MarketplaceCode | null,
  fromUrl: MarketplaceCode | null,
  settings: Pick<OverlaySettings, 'defaultMarketplace'>,
): MarketplaceCode | null {
  return fromObservation ?? fromUrl ?? settings.defaultMarketplace ?? null;
}

/** Deadlines already computed for one marketplace and calendar, keyed by clock and event instant. */
export type DeadlineCache = Map<string, PolicyDeadline | null> & { readonly for?: string };

/** An empty cache for one marketplace and calendar settings (a new one whenever they change). */
export function deadlineCacheFor(marketplace: MarketplaceCode | null, calendars: OverlaySettings['calendars']): DeadlineCache {
  return Object.assign(new Map<string, PolicyDeadline | null>(), { for: `${marketplace ?? '-'}|${Object.keys(calendars).join(',')}` });
}

/**
 * A ListContext for `marketplace` at `now` (pure). Deadlines do not depend on `now`, so a panel passes
 * one cache per marketplace and calendar: the minute tick then re-renders countdowns without
 * recomputing hundreds of business-day deadlines.
 */
export function listContext(
  marketplace: MarketplaceCode | null,
  settings: Pick<OverlaySettings, 'calendars'>,
  now: Date,
  cache: DeadlineCache = new Map(),
): ListContext {
  if (!marketplace) return { now, timeZone: 'UTC', deadline: null, rule: null };
  const calendar = sellerCalendar(marketplace, settings);
  const deadline = (clock: ListClockId, event: Date): PolicyDeadline | null => {
    const key = `${clock}|${event.getTime()}`;
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    let value: PolicyDeadline | null = null;
    try {
      const d = computeDeadline(clock, event, { marketplace, calendar, t: translator() });
      value = d ? { clock, dueAt: d.dueAt, rule: ruleRef(d.rule), explanation: d.explanation } : null;
    } catch {
      value = null;
    }
    cache.set(key, value);
    return value;
  };
  const rule = (clock: ListClockId, eventDate: Date): RuleRef | null => {
    try {
      const r = ruleFor(clock, marketplace, eventDate);
      return r ? ruleRef(r) : null;
    } catch {
      return null;
    }
  };
  return { now, timeZone: calendar.timeZone || MARKETPLACES[marketplace].timeZone, deadline, rule };
}

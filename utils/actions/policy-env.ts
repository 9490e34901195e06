/**
 * Binds the policy engine (utils/policy computeDeadline, utils/calendar calendarFor) to the seller's
 * settings, giving the reducer its DeadlineFn. The seller's calendar for a marketplace (time zone,
 * weekend, holidays) is used for every business-day clock of that marketplace.
 */
import { calendarFor, type BusinessCalendar } from '../calendar';
import { computeDeadline } from '../policy/deadlines';
import { ruleById, ruleTitle, type Rule } from '../policy/rules';
import '../i18n/english-extension';
import { t, translator } from '../i18n/active';
import type { MarketplaceCode } from '../marketplaces';
import type { Settings } from '../storage';
import type { DeadlineFn } from './derive';
import type { ReduceEnv } from './reducer';

/** The seller's business calendar for a marketplace; the default one if the stored override is invalid. */
export function sellerCalendar(settings: Pick<Settings, 'calendars'>, mp: MarketplaceCode): BusinessCalendar {
  try {
    return calendarFor(mp, settings.calendars[mp] ?? {});
  } catch {
    // The options page validates overrides before saving; a corrupt one must not block deadlines.
    return calendarFor(mp);
  }
}

/** computeDeadline with the seller's calendars bound in. */
export function deadlineFnFor(settings: Pick<Settings, 'calendars'>): DeadlineFn {
  const cache = new Map<MarketplaceCode, BusinessCalendar>();
  return (clock, event, { marketplace }) => {
    let calendar = cache.get(marketplace);
    if (!calendar) cache.set(marketplace, (calendar = sellerCalendar(settings, marketplace)));
    return computeDeadline(clock, event, { marketplace, calendar });
  };
}

/** The reducer's environment from settings. */
export function envFor(settings: Settings): ReduceEnv {
  return { deadline: deadlineFnFor(settings), defaultMarketplace: settings.defaultMarketplace };
}

/** What the UI shows about an action's rule: the policy rule, or "date shown by Seller Central". */
export interface RuleInfo { id: string; title: string; source: string | null; status: Rule['status'] | 'page' }

const infos = new Map<string, RuleInfo>();

/** Resolves a stored rule id for display ("≈ verify" for non-Amazon rules, source link). Cached. */
export function ruleInfo(ruleId: string): RuleInfo {
  const key = `${translator().lang}|${ruleId}`;
  let info = infos.get(key);
  if (!info) infos.set(key, (info = resolveRule(ruleId)));
  return info;
}

function resolveRule(ruleId: string): RuleInfo {
  if (ruleId.startsWith('page:')) {
    return { id: ruleId, title: t('actions.pageRule'), source: null, status: 'page' };
  }
  const rule = ruleById(ruleId);
  return rule
    ? { id: rule.id, title: ruleTitle(rule, translator()), source: rule.source, status: rule.status }
    : { id: ruleId, title: t('actions.oldRule', { id: ruleId }), source: null, status: 'inferred' };
}

/**
 * The SFP clocks as dated, sourced data (sfp-rules.md §2; architecture.md "Rules as data").
 * An event is judged by the rule in force on the event's date (its local date in the marketplace's
 * default time zone; effectiveFrom inclusive, effectiveUntil exclusive). Rules marked 'third-party' or 'inferred' are shown
 * with "≈ verify" by the UI. Amazon changes these: add a new dated rule, never edit an old one's length.
 */
import { isMarketplaceCode, MARKETPLACE_CODES, MARKETPLACES, type MarketplaceCode } from '../marketplaces';
import { dayKey, localDay } from '../calendar';
import { EN } from '../i18n/english';
import type { MessageKey, Translator } from '../i18n/translate';
// Where the rules come from (sfp-rules.md cites each), short names for the table below.
import {
  AE_FORUM_SOURCE as AE_FORUM,
  ATOZ_APPEAL_SOURCE as ATOZ_APPEAL,
  CA_SFP_REIMBURSEMENT_SOURCE as CA_POLICY,
  CONTACT_RESPONSE_SOURCE as CONTACT_RESPONSE,
  FBM_REFUND_UPDATE_SOURCE as FBM_REFUND_UPDATE,
  SAFET_30_DAYS_SOURCE as SAFET_30_DAYS,
  SAFET_60_DAYS_SOURCE as SAFET_60_DAYS,
  SAFET_MESSAGES_SOURCE as SAFET_MESSAGES,
  SAFET_POLICY_REPOST_SOURCE as SAFET_POLICY_REPOST,
  SEED_SOURCE as SEED,
} from './sources';

/** How a rule's length is counted. */
export type ClockKind = 'business-days' | 'calendar-days' | 'hours';

/** Which deadline a rule sets (one clock can have several dated or per-marketplace rules). */
export type ClockId =
  | 'return-refund'
  | 'amazon-cs-reply'
  | 'buyer-reply'
  | 'automated-refund'
  | 'safet-filing'
  | 'safet-wait'
  | 'safet-reply'
  | 'safet-appeal';

/** The return problems a rule can be limited to (RefundFacts.returnProblem values). */
export type RuleProblem =
  | 'none' | 'not-returned' | 'damaged-by-customer' | 'different-item' | 'missing-parts'
  | 'lost-in-return-transit' | 'damaged-in-return-transit' | 'returned-outside-window';

/** One dated, sourced clock rule. */
export interface Rule {
  id: string;
  /** The deadline this rule sets. */
  appliesTo: ClockId;
  marketplaces: readonly MarketplaceCode[] | 'all';
  /** 'YYYY-MM-DD', inclusive. */
  effectiveFrom: string;
  /** 'YYYY-MM-DD', exclusive (the successor rule's effectiveFrom). */
  effectiveUntil?: string;
  clock: ClockKind;
  length: number;
  /** The starting event, see EVENT_LABELS. */
  startsAt: string;
  /** Weekdays (0 = Sunday) that do not count, replacing the calendar's weekend (e.g. Saturdays count). */
  weekend?: readonly number[];
  status: 'amazon' | 'third-party' | 'inferred';
  source: string;
  verifiedOn: string;
  title: string;
  /** Only for these return problems (SAFE-T rules); absent = any problem. */
  problems?: readonly RuleProblem[];
  /**
   * A later, shorter window that also caps events judged by this rule: from `date` (local, inclusive)
   * claims for events older than `length` calendar days are refused, so the deadline is the earlier of
   * this rule's and the later of `date` and event + `length` days.
   */
  cutBy?: { date: string; length: number };
}

/** Table key of a starting event's phrase ("the return arrived", utils/i18n/locales/<lang>.json policy.event). */
export function eventKey(startsAt: string): MessageKey {
  return `policy.event.${startsAt.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase())}` as MessageKey;
}

/** Table key of a rule's title (policy.rule.<id with _ for ->). */
export function ruleTitleKey(id: string): MessageKey {
  return `policy.rule.${id.replaceAll('-', '_')}` as MessageKey;
}

/** A rule's title in the translator's language. */
export function ruleTitle(rule: Pick<Rule, 'id'>, t: Translator = EN): string {
  return t(ruleTitleKey(rule.id));
}

const EVENTS = [
  'return-received', 'contact-received', 'message-received', 'refund-or-return-delivery', 'refund-issued', 'information-request', 'claim-resolved',
] as const;

/** English phrase for each starting event, used in explanations ("after …"). */
export const EVENT_LABELS: Readonly<Record<string, string>> = Object.fromEntries(EVENTS.map((e) => [e, EN(eventKey(e))]));


const NON_US: readonly MarketplaceCode[] = MARKETPLACE_CODES.filter((c) => c !== 'US');
/** Earliest event date the rules are claimed for: older events are out of scope (no rule, no deadline). */
const SINCE = '2020-01-01';
/** US announcement (Jan 2026): SAFE-T filing window 60 → 30 days for US seller-fulfilled orders. */
const SAFET_CHANGE = '2026-02-16';
/** US: automated refund after 4 calendar days replaced the 2-business-day refund trigger. */
const AUTO_REFUND_CHANGE = '2026-01-26';
const DAMAGE_PROBLEMS: readonly RuleProblem[] = ['damaged-by-customer', 'different-item', 'missing-parts'];

const RULE_DATA: readonly Omit<Rule, 'title'>[] = [
  {
    id: 'sfp-refund-2bd', appliesTo: 'return-refund', marketplaces: 'all', effectiveFrom: SINCE,
    clock: 'business-days', length: 2, startsAt: 'return-received', status: 'amazon', source: SEED,
    verifiedOn: '2026-11-27',
  },
  {
    id: 'sfp-amazon-cs-reply-2bd', appliesTo: 'amazon-cs-reply', marketplaces: 'all', effectiveFrom: SINCE,
    clock: 'business-days', length: 2, startsAt: 'contact-received', status: 'amazon', source: SEED,
    verifiedOn: '2026-11-27',
  },
  {
    id: 'buyer-reply-24h', appliesTo: 'buyer-reply', marketplaces: 'all', effectiveFrom: SINCE,
    clock: 'hours', length: 24, startsAt: 'message-received', status: 'amazon', source: CONTACT_RESPONSE,
    verifiedOn: '2026-11-27',
  },
  {
    id: 'us-automated-refund-2bd', appliesTo: 'automated-refund', marketplaces: ['US'], effectiveFrom: SINCE,
    effectiveUntil: AUTO_REFUND_CHANGE, clock: 'business-days', length: 2, startsAt: 'return-received',
    status: 'third-party', source: FBM_REFUND_UPDATE, verifiedOn: '2026-11-27',
  },
  {
    id: 'us-automated-refund-4cd', appliesTo: 'automated-refund', marketplaces: ['US'], effectiveFrom: AUTO_REFUND_CHANGE,
    clock: 'calendar-days', length: 4, startsAt: 'return-received', status: 'third-party', source: FBM_REFUND_UPDATE,
    verifiedOn: '2026-11-27',
  },
  {
    // sfp-rules.md §6 asks whether this applies everywhere: shown as "≈ verify".
    id: 'automated-refund-4cd-inferred', appliesTo: 'automated-refund', marketplaces: NON_US, effectiveFrom: AUTO_REFUND_CHANGE,
    clock: 'calendar-days', length: 4, startsAt: 'return-received', status: 'inferred', source: SAFET_POLICY_REPOST,
    verifiedOn: '2026-11-27',
  },
  {
    id: 'us-safet-filing-60d', appliesTo: 'safet-filing', marketplaces: ['US'], effectiveFrom: SINCE, effectiveUntil: SAFET_CHANGE,
    clock: 'calendar-days', length: 60, startsAt: 'refund-or-return-delivery', status: 'amazon', source: SAFET_60_DAYS,
    verifiedOn: '2026-11-27',
    // Amazon's announcement: "Once the new filing window takes effect, you won't be able to submit
    // claims for events that occurred more than 30 days ago" (quoted by SAFET_30_DAYS).
    cutBy: { date: SAFET_CHANGE, length: 30 },
  },
  {
    id: 'us-safet-filing-30d', appliesTo: 'safet-filing', marketplaces: ['US'], effectiveFrom: SAFET_CHANGE,
    clock: 'calendar-days', length: 30, startsAt: 'refund-or-return-delivery', status: 'third-party', source: SAFET_30_DAYS,
    verifiedOn: '2026-11-27',
  },
  {
    // Outside the US the window after the US change is an open question (sfp-rules.md §6): assume the
    // shorter 30 days so nobody misses a claim by trusting a longer guess.
    id: 'safet-filing-60d-inferred', appliesTo: 'safet-filing', marketplaces: NON_US, effectiveFrom: SINCE, effectiveUntil: SAFET_CHANGE,
    clock: 'calendar-days', length: 60, startsAt: 'refund-or-return-delivery', status: 'inferred', source: SAFET_60_DAYS,
    verifiedOn: '2026-11-27',
    cutBy: { date: SAFET_CHANGE, length: 30 },
  },
  {
    id: 'safet-filing-30d-inferred', appliesTo: 'safet-filing', marketplaces: NON_US, effectiveFrom: SAFET_CHANGE,
    clock: 'calendar-days', length: 30, startsAt: 'refund-or-return-delivery', status: 'inferred', source: SAFET_30_DAYS,
    verifiedOn: '2026-11-27',
  },
  {
    id: 'ae-safet-damage-7d', appliesTo: 'safet-filing', marketplaces: ['AE'], effectiveFrom: SINCE,
    clock: 'calendar-days', length: 7, startsAt: 'refund-or-return-delivery', status: 'third-party', source: AE_FORUM,
    verifiedOn: '2026-11-27', problems: DAMAGE_PROBLEMS,
  },
  {
    id: 'ca-safet-wait-15d', appliesTo: 'safet-wait', marketplaces: ['CA'], effectiveFrom: SINCE,
    clock: 'calendar-days', length: 15, startsAt: 'refund-issued', status: 'amazon', source: CA_POLICY,
    verifiedOn: '2026-11-27', problems: ['not-returned'],
  },
  {
    id: 'ae-safet-wait-21d', appliesTo: 'safet-wait', marketplaces: ['AE'], effectiveFrom: SINCE,
    clock: 'calendar-days', length: 21, startsAt: 'refund-issued', status: 'third-party', source: AE_FORUM,
    verifiedOn: '2026-11-27',
    problems: ['not-returned'],
  },
  {
    id: 'safet-reply-3bd-sat', appliesTo: 'safet-reply', marketplaces: 'all', effectiveFrom: SINCE,
    clock: 'business-days', length: 3, startsAt: 'information-request', weekend: [0], status: 'amazon',
    source: SAFET_MESSAGES, verifiedOn: '2026-11-27',
  },
  {
    // Amazon shows "Appeal by <date> <time>" on each resolved claim and that date wins; the length
    // here is only a fallback, taken from the A-to-z appeal window Amazon aligned SAFE-T with.
    id: 'safet-appeal-30d-inferred', appliesTo: 'safet-appeal', marketplaces: 'all', effectiveFrom: SINCE,
    clock: 'calendar-days', length: 30, startsAt: 'claim-resolved', status: 'inferred', source: ATOZ_APPEAL,
    verifiedOn: '2026-11-27',
  },
];

/** Every rule, with its English title (the UI shows ruleTitle(rule, t)). */
export const RULES: readonly Rule[] = RULE_DATA.map((r) => ({ ...r, title: EN(ruleTitleKey(r.id)) }));

/** The rule with this id, or null. */
export function ruleById(id: string): Rule | null {
  return RULES.find((r) => r.id === id) ?? null;
}

function covers(rule: Rule, marketplace: MarketplaceCode, day: string, problem: RuleProblem | undefined): boolean {
  if (rule.marketplaces !== 'all' && !rule.marketplaces.includes(marketplace)) return false;
  if (day < rule.effectiveFrom || (rule.effectiveUntil !== undefined && day >= rule.effectiveUntil)) return false;
  return rule.problems === undefined || (problem !== undefined && rule.problems.includes(problem));
}

/**
 * The rule in force for a clock in a marketplace on the event's date (local date in the marketplace's
 * time zone: Amazon dates its changes per marketplace), or null. With a return problem, a rule limited
 * to that problem wins over the general one. An invalid date or unknown marketplace → null.
 */
export function ruleFor(clock: ClockId, marketplace: MarketplaceCode, eventDate: Date, problem?: RuleProblem): Rule | null {
  if (!(eventDate instanceof Date) || Number.isNaN(eventDate.getTime()) || !isMarketplaceCode(marketplace)) return null;
  const day = dayKey(localDay(eventDate, MARKETPLACES[marketplace].timeZone));
  const matches = RULES.filter((r) => r.appliesTo === clock && covers(r, marketplace, day, problem));
  return matches.find((r) => r.problems !== undefined) ?? matches[0] ?? null;
}

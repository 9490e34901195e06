/**
 * Deadlines with reasons: for each clock, the due instant, the dated rule used and one sentence a seller
 * understands. Pure: the event instant comes in, nothing reads the clock. Business days run on the
 * seller's calendar (default: the marketplace's); calendar days and hours run on the wall clock of the
 * calendar's zone and count weekends and holidays (sfp-rules.md §2).
 */
import { isMarketplaceCode, type MarketplaceCode } from '../marketplaces';
import {
  businessDayTest,
  businessDeadlineDetail,
  calendarFor,
  holidayDataCovers,
  dayParts,
  localDay,
  startOfLocalDate,
  startOfLocalDay,
  type BusinessCalendar,
  zoneFields,
  zonedTime,
} from '../calendar';
import { eventKey, ruleFor, type ClockId, type Rule, type RuleProblem } from './rules';
import { PolicyInputError } from './errors';
import { RETURN_PROBLEMS } from './safet-evidence';
import { countedPhrase, dateStyle, formatDay, formatTime, holidaysPhrase, workweekLabel, zoneLabel } from './explain-format';
import { EN } from '../i18n/english';
import type { Translator } from '../i18n/translate';

export type { ClockId } from './rules';
export { PolicyInputError } from './errors';

/** Every clock id, for validation and iteration. */
export const CLOCK_IDS: readonly ClockId[] = [
  'return-refund', 'amazon-cs-reply', 'buyer-reply', 'automated-refund',
  'safet-filing', 'safet-wait', 'safet-reply', 'safet-appeal',
];

/** Clocks whose due date Seller Central prints ("Reply by …", "Appeal by …"); that date wins over the rule. */
export const PAGE_DATED_CLOCKS: readonly ClockId[] = ['safet-reply', 'safet-appeal'];

/** A computed deadline: when, under which rule and calendar, and why in one sentence. */
export interface Deadline {
  clock: ClockId;
  dueAt: Date;
  startedAt: Date;
  rule: Rule;
  calendar?: BusinessCalendar;
  explanation: string;
  /** True when dueAt is the date printed on the page rather than computed from the rule. */
  fromPage?: boolean;
}

/** Inputs besides the clock and event: marketplace, optional seller calendar, and optional extras. */
export interface DeadlineContext {
  marketplace: MarketplaceCode;
  /** The seller's calendar; default calendarFor(marketplace). */
  calendar?: BusinessCalendar;
  /** 'en-US' writes English dates US-style; anything else day-first. */
  locale?: string;
  /** The language of the explanation (utils/i18n/locales/<lang>.json); English when absent. */
  t?: Translator;
  /** For safet-reply / safet-appeal: the "Reply by" / "Appeal by" instant read from the page. */
  pageDueAt?: Date;
  /** Return problem, for SAFE-T rules limited to some problems (e.g. AE damage claims: 7 days). */
  problem?: RuleProblem;
}

function isValidDate(d: unknown): d is Date {
  return d instanceof Date && !Number.isNaN(d.getTime());
}

function resolveCalendar(ctx: DeadlineContext, rule: Rule): BusinessCalendar {
  try {
    const base = ctx.calendar ?? calendarFor(ctx.marketplace);
    const cal = rule.weekend ? { ...base, weekend: rule.weekend } : base;
    businessDayTest(cal); // validates zone, weekend and holidays before any arithmetic
    return cal;
  } catch (err) {
    throw new PolicyInputError(`Invalid calendar: ${(err as Error).message}`, 'calendar', {}, { cause: err });
  }
}

function calendarName(ctx: DeadlineContext, cal: BusinessCalendar, rule: Rule, t: Translator): string {
  const owner = ctx.calendar ? t('policy.explain.yourCalendar') : t('policy.explain.publicHolidays', { mp: ctx.marketplace });
  const week = t(rule.weekend ? 'policy.explain.ruleWeek' : 'policy.explain.workWeek', { week: workweekLabel(cal, t) });
  return t('policy.explain.calendarName', { owner, week });
}

/**
 * "By end of Tue 24 Nov, Pacific Time: 2 business days after the return arrived on Sat 21 Nov; Mon 23 Nov and
 * Tue 24 Nov count, Sat 21 Nov and Sun 22 Nov do not (…)". Names the days that counted and the ones that did
 * not: the event's own day never counts (sfp-rules.md §2), the earlier of the two readings of "N business days".
 */
function explainBusiness(event: Date, rule: Rule, cal: BusinessCalendar, ctx: DeadlineContext): { dueAt: Date; text: string } {
  const t = ctx.t ?? EN;
  const d = businessDeadlineDetail(event, rule.length, cal);
  const style = dateStyle(ctx.locale, t, dayParts(d.eventDay).year, dayParts(d.lastDay).year);
  const head = t('policy.explain.businessHead', {
    last: formatDay(d.lastDay, style), zone: zoneLabel(cal.timeZone, t), event: t(eventKey(rule.startsAt)), eventDay: formatDay(d.eventDay, style),
  }, rule.length);
  const parts = [head, countedPhrase(d.counted, [d.eventDay, ...d.skipped.map((s) => s.day)], style)].filter(Boolean);
  const holidays = [...(d.eventDayReason === 'holiday' ? [d.eventDay] : []), ...d.skipped.filter((s) => s.reason === 'holiday').map((s) => s.day)];
  if (holidays.length > 0) parts.push(holidaysPhrase(holidays, style));
  const lastYear = dayParts(d.lastDay).year;
  if (!holidayDataCovers(lastYear) && !ctx.calendar) parts.push(t('policy.explain.noHolidayData', { year: lastYear }));
  return { dueAt: d.dueAt, text: t('policy.explain.sentence', { parts: parts.join(t('policy.explain.partSep')), calendar: calendarName(ctx, cal, rule, t) }) };
}

function explainWallClock(event: Date, rule: Rule, cal: BusinessCalendar, ctx: DeadlineContext): { dueAt: Date; text: string } {
  const t = ctx.t ?? EN;
  const tz = cal.timeZone;
  const plusDays = (n: number) => {
    const wall = zoneFields(event.getTime(), tz);
    return new Date(zonedTime({ ...wall, day: wall.day + n }, tz));
  };
  let dueAt = rule.clock === 'hours' ? new Date(event.getTime() + rule.length * 3_600_000) : plusDays(rule.length);
  let cut = '';
  if (rule.cutBy) {
    // The successor window refuses events older than its length once it takes effect (rules.ts cutBy).
    const takesEffect = startOfLocalDate(rule.cutBy.date, tz);
    const shorter = plusDays(rule.cutBy.length);
    const cap = shorter > takesEffect ? shorter : takesEffect;
    if (cap < dueAt) {
      dueAt = cap;
      const style = dateStyle(ctx.locale, t);
      cut = t('policy.explain.cut', { day: formatDay(localDay(takesEffect, tz), style), year: dayParts(localDay(takesEffect, tz)).year, n: rule.cutBy.length });
    }
  }
  const [from, to] = [localDay(event, tz), localDay(dueAt, tz)];
  const style = dateStyle(ctx.locale, t, dayParts(from).year, dayParts(to).year);
  const unit = t(rule.clock === 'hours' ? 'policy.explain.hours' : 'policy.explain.calendarDays', undefined, rule.length);
  // A due instant at the start of a local day reads better as the end of the day before.
  const when = dueAt.getTime() === startOfLocalDay(to, tz).getTime()
    ? t('policy.explain.byEnd', { day: formatDay(to - 1, style) })
    : t('policy.explain.byAt', { day: formatDay(to, style), time: formatTime(dueAt, tz, style) });
  const text = t('policy.explain.wallClock', {
    when, zone: zoneLabel(tz, t), n: rule.length, unit, event: t(eventKey(rule.startsAt)),
    day: formatDay(from, style), time: formatTime(event, tz, style), cut,
  });
  return { dueAt, text };
}

function explainPage(pageDueAt: Date, rule: Rule, cal: BusinessCalendar, ctx: DeadlineContext): string {
  const t = ctx.t ?? EN;
  const tz = cal.timeZone;
  const style = dateStyle(ctx.locale, t);
  const what = t(rule.appliesTo === 'safet-reply' ? 'policy.explain.replyBy' : 'policy.explain.appealBy');
  return t('policy.explain.page', { day: formatDay(localDay(pageDueAt, tz), style), time: formatTime(pageDueAt, tz, style), zone: zoneLabel(tz, t), what });
}

/**
 * The deadline of a clock for an event in a marketplace, judged by the rule in force on the event's date.
 * Returns null when no rule covers that marketplace and date. Throws PolicyInputError on invalid input
 * (unknown clock or marketplace, invalid event date or calendar, page date for a clock that has none).
 */
export function computeDeadline(clock: ClockId, event: Date, ctx: DeadlineContext): Deadline | null {
  if (!CLOCK_IDS.includes(clock)) throw new PolicyInputError(`Unknown clock: ${String(clock)}`, 'clock', { clock: String(clock) });
  if (!isValidDate(event)) throw new PolicyInputError('Event is not a valid date', 'eventDate');
  if (!ctx || !isMarketplaceCode(ctx.marketplace)) throw new PolicyInputError(`Unknown marketplace: ${String(ctx?.marketplace)}`, 'marketplace', { code: String(ctx?.marketplace) });
  if (ctx.problem !== undefined && !RETURN_PROBLEMS.includes(ctx.problem)) {
    throw new PolicyInputError(`Unknown return problem: ${String(ctx.problem)}`, 'problem', { problem: String(ctx.problem) });
  }
  if (ctx.pageDueAt !== undefined) {
    if (!PAGE_DATED_CLOCKS.includes(clock)) throw new PolicyInputError(`The page prints no due date for ${clock}`, 'noPageDate', { clock });
    if (!isValidDate(ctx.pageDueAt)) throw new PolicyInputError('Page due date is not a valid date', 'pageDate');
  }
  const rule = ruleFor(clock, ctx.marketplace, event, ctx.problem);
  if (!rule) return null;
  const calendar = resolveCalendar(ctx, rule);
  if (ctx.pageDueAt) {
    const explanation = explainPage(ctx.pageDueAt, rule, calendar, ctx);
    return { clock, dueAt: ctx.pageDueAt, startedAt: event, rule, calendar, explanation, fromPage: true };
  }
  const { dueAt, text } =
    rule.clock === 'business-days' ? explainBusiness(event, rule, calendar, ctx) : explainWallClock(event, rule, calendar, ctx);
  return { clock, dueAt, startedAt: event, rule, calendar, explanation: text };
}

import { describe, expect, it } from 'vitest';
import { CLOCK_IDS, EVENT_LABELS, RULES, ruleById, ruleFor, type ClockId } from '../../../utils/policy';
import { parseDayKey } from '../../../utils/calendar';
import { MARKETPLACE_CODES, type MarketplaceCode } from '../../../utils/marketplaces';

describe('RULES as dated, sourced data', () => {
  it.each(RULES.map((r) => [r.id, r] as const))('%s has a source URL, verification date and valid dates', (_id, rule) => {
    expect(new URL(rule.source).protocol).toBe('https:');
    expect(parseDayKey(rule.verifiedOn)).not.toBeNull();
    expect(rule.verifiedOn <= '2026-11-27').toBe(true);
    expect(parseDayKey(rule.effectiveFrom)).not.toBeNull();
    if (rule.effectiveUntil !== undefined) {
      expect(parseDayKey(rule.effectiveUntil)).not.toBeNull();
      expect(rule.effectiveUntil > rule.effectiveFrom).toBe(true);
    }
    if (rule.cutBy) expect(parseDayKey(rule.cutBy.date)).not.toBeNull();
    expect(Number.isInteger(rule.length) && rule.length > 0).toBe(true);
    expect(EVENT_LABELS[rule.startsAt]).toBeTypeOf('string');
    expect(rule.title.length).toBeGreaterThan(10);
    expect(CLOCK_IDS).toContain(rule.appliesTo);
  });

  it('has unique ids and a rule for every clock', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const clock of CLOCK_IDS) expect(RULES.some((r) => r.appliesTo === clock)).toBe(true);
  });

  it('never has two rules of the same scope in force on the same day', () => {
    const days = [...new Set(RULES.flatMap((r) => [r.effectiveFrom, r.effectiveUntil].filter(Boolean)))] as string[];
    for (const clock of CLOCK_IDS) {
      for (const code of MARKETPLACE_CODES) {
        for (const day of days) {
          const inForce = RULES.filter(
            (r) => r.appliesTo === clock && (r.marketplaces === 'all' || r.marketplaces.includes(code)) &&
              day >= r.effectiveFrom && (r.effectiveUntil === undefined || day < r.effectiveUntil),
          );
          const scopes = inForce.map((r) => (r.problems ?? ['*']).join(','));
          expect(new Set(scopes).size, `${clock} ${code} ${day}`).toBe(scopes.length);
        }
      }
    }
  });

  it('finds rules by id', () => {
    expect(ruleById('us-safet-filing-30d')?.length).toBe(30);
    expect(ruleById('nope')).toBeNull();
  });
});

describe('ruleFor: the rule in force on the event’s local date', () => {
  const id = (clock: ClockId, mp: MarketplaceCode, iso: string, problem?: Parameters<typeof ruleFor>[3]) =>
    ruleFor(clock, mp, new Date(iso), problem)?.id ?? null;

  it('switches the US SAFE-T window from 60 to 30 days on 16 Feb 2026, Pacific time', () => {
    expect(id('safet-filing', 'US', '2026-02-16T07:59:59Z')).toBe('us-safet-filing-60d'); // 15 Feb 23:59 PST
    expect(id('safet-filing', 'US', '2026-02-16T08:00:00Z')).toBe('us-safet-filing-30d'); // 16 Feb 00:00 PST
    expect(id('safet-filing', 'US', '2025-06-01T12:00:00Z')).toBe('us-safet-filing-60d');
  });

  it('uses inferred windows elsewhere, switching on the same date in the local zone', () => {
    expect(id('safet-filing', 'DE', '2026-02-15T22:59:59Z')).toBe('safet-filing-60d-inferred'); // 23:59 CET
    expect(id('safet-filing', 'DE', '2026-02-15T23:00:00Z')).toBe('safet-filing-30d-inferred');
  });

  it('switches the US automated refund from 2 business days to 4 calendar days on 26 Jan 2026', () => {
    expect(id('automated-refund', 'US', '2026-01-26T07:59:59Z')).toBe('us-automated-refund-2bd');
    expect(id('automated-refund', 'US', '2026-01-26T08:00:00Z')).toBe('us-automated-refund-4cd');
    expect(id('automated-refund', 'UK', '2026-01-25T12:00:00Z')).toBeNull();
    expect(id('automated-refund', 'UK', '2026-01-26T12:00:00Z')).toBe('automated-refund-4cd-inferred');
  });

  it('starts every rule on 1 Jan 2020 and has none before', () => {
    expect(id('return-refund', 'US', '2020-01-01T08:00:00Z')).toBe('sfp-refund-2bd');
    expect(id('return-refund', 'US', '2020-01-01T07:59:59Z')).toBeNull();
    expect(id('buyer-reply', 'JP', '2019-12-31T14:59:59Z')).toBeNull();
    expect(id('buyer-reply', 'JP', '2019-12-31T15:00:00Z')).toBe('buyer-reply-24h');
  });

  it('prefers a problem-specific rule and needs the problem for problem-only rules', () => {
    expect(id('safet-filing', 'AE', '2026-05-01T12:00:00Z', 'damaged-by-customer')).toBe('ae-safet-damage-7d');
    expect(id('safet-filing', 'AE', '2026-05-01T12:00:00Z', 'not-returned')).toBe('safet-filing-30d-inferred');
    expect(id('safet-wait', 'CA', '2026-05-01T12:00:00Z', 'not-returned')).toBe('ca-safet-wait-15d');
    expect(id('safet-wait', 'CA', '2026-05-01T12:00:00Z')).toBeNull();
    expect(id('safet-wait', 'AE', '2026-05-01T12:00:00Z', 'not-returned')).toBe('ae-safet-wait-21d');
    expect(id('safet-wait', 'US', '2026-05-01T12:00:00Z', 'not-returned')).toBeNull();
  });

  it('returns null for an invalid date or unknown marketplace', () => {
    expect(ruleFor('buyer-reply', 'US', new Date('x'))).toBeNull();
    expect(ruleFor('buyer-reply', 'GB' as MarketplaceCode, new Date('2026-05-01T00:00:00Z'))).toBeNull();
  });
});

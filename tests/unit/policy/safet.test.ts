import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  criterionById,
  evidenceChecklist,
  PolicyInputError,
  RETURN_PROBLEMS,
  ruleById,
  SAFET_CRITERIA,
  safetOutlook,
  type RefundFacts,
  type ReturnProblem,
  type SafetOutlook,
} from '../../../utils/policy';
import { MARKETPLACE_CODES, type MarketplaceCode } from '../../../utils/marketplaces';

const now = new Date('2026-11-27T12:00:00Z');
const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000);
const base: RefundFacts = { marketplace: 'US', refundIssuer: 'amazon-cs', refundedAt: daysAgo(5) };
const outlook = (facts: Partial<RefundFacts>, at = now) => safetOutlook({ ...base, ...facts }, at);
const codes = (o: SafetOutlook) => o.reasons.map((r) => r.code);

/** Every reason must name a clock rule or a SAFE-T criterion, and carry text. */
function expectSourcedReasons(o: SafetOutlook) {
  expect(o.reasons.length).toBeGreaterThan(0);
  for (const r of o.reasons) {
    expect(r.code).toMatch(/^[a-z0-9-]+$/);
    expect(r.text.length).toBeGreaterThan(10);
    expect(ruleById(r.ruleId) ?? criterionById(r.ruleId), r.ruleId).not.toBeNull();
  }
}

describe('safetOutlook: eligible cases (sfp-rules.md §3)', () => {
  it('Amazon CS refund, seller not at fault: eligible, 30-day US window, one claim, $5,000 cap', () => {
    const o = outlook({});
    expect(o).toMatchObject({ verdict: 'eligible', route: 'safet' });
    expect(o.fileBy?.toISOString()).toBe(new Date(base.refundedAt.getTime() + 30 * 86_400_000).toISOString());
    expect(codes(o)).toEqual(['amazon-refund', 'one-claim-per-order', 'cap-per-order', 'window-open']);
    expect(o.capPercent).toBeUndefined();
    expect(o.evidence?.map((e) => e.id)).toEqual(['refund', 'outboundTracking', 'buyShipping', 'replacementThread']);
    expectSourcedReasons(o);
  });

  it('Refund at First Scan counts as an Amazon refund', () => {
    const o = outlook({ refundIssuer: 'refund-at-first-scan', returnProblem: 'none' });
    expect(o.verdict).toBe('eligible');
    expect(o.reasons[0]?.text).toMatch(/^Amazon refunded at first scan/);
  });

  it.each<[ReturnProblem, string]>([
    ['not-returned', 'not-returned'],
    ['damaged-by-customer', 'returned-not-as-sent'],
    ['different-item', 'returned-not-as-sent'],
    ['missing-parts', 'returned-not-as-sent'],
    ['returned-outside-window', 'outside-window'],
  ])('%s is eligible', (returnProblem, code) => {
    const o = outlook({ returnProblem });
    expect(o.verdict).toBe('eligible');
    expect(o.route).toBe('safet');
    expect(codes(o)[0]).toBe(code);
    expect(codes(o)).toContain('one-claim-per-order');
    expectSourcedReasons(o);
  });

  it('customer damage is capped at 50% and needs photos with the label', () => {
    const o = outlook({ returnProblem: 'damaged-by-customer' });
    expect(o.capPercent).toBe(50);
    expect(codes(o)).toContain('cap-50-percent');
    expect(o.evidence?.map((e) => e.text).join(' ')).toMatch(/package with the return label visible/);
    expect(outlook({ returnProblem: 'different-item' }).capPercent).toBeUndefined();
  });
});

describe('safetOutlook: filing window from the later of refund and return delivery', () => {
  it('starts at the return delivery when it comes after the refund', () => {
    const o = outlook({ refundedAt: daysAgo(40), returnDeliveredAt: daysAgo(20), returnProblem: 'damaged-by-customer' });
    expect(o.verdict).toBe('eligible');
    expect(o.fileBy?.getTime()).toBe(daysAgo(20).getTime() + 30 * 86_400_000);
  });

  it('starts at the refund when it comes after the delivery', () => {
    const o = outlook({ refundedAt: daysAgo(20), returnDeliveredAt: daysAgo(40), returnProblem: 'missing-parts' });
    expect(o.fileBy?.getTime()).toBe(daysAgo(20).getTime() + 30 * 86_400_000);
  });

  it('is closed once the window has passed', () => {
    const o = outlook({ refundedAt: daysAgo(31) });
    expect(o).toMatchObject({ verdict: 'window-closed', route: 'safet' });
    expect(o.fileBy!.getTime()).toBeLessThanOrEqual(now.getTime());
    expect(codes(o)).toContain('window-closed');
    expectSourcedReasons(o);
  });

  it('uses the 60-day window (cut short from 16 Feb 2026) for older US events', () => {
    // Refund 25 Jan: 60 days would run to 26 Mar, but from 16 Feb only 30 days are claimable → 24 Feb.
    const o = safetOutlook({ ...base, refundedAt: new Date('2026-01-25T12:00:00Z') }, new Date('2026-02-20T12:00:00Z'));
    expect(o.verdict).toBe('eligible');
    expect(o.fileBy?.toISOString()).toBe('2026-02-24T12:00:00.000Z');
    expect(o.reasons.find((r) => r.code === 'window-open')?.ruleId).toBe('us-safet-filing-60d');
    // Refund 10 Jan: the old window still runs until the change (16 Feb 00:00 Pacific), then it is closed.
    const early = { ...base, refundedAt: new Date('2026-01-10T12:00:00Z') };
    expect(safetOutlook(early, new Date('2026-02-10T12:00:00Z')).fileBy?.toISOString()).toBe('2026-02-16T08:00:00.000Z');
    expect(safetOutlook(early, new Date('2026-02-16T08:00:00Z')).verdict).toBe('window-closed');
  });

  it('AE damage claims have 7 days', () => {
    expect(outlook({ marketplace: 'AE', returnProblem: 'damaged-by-customer', refundedAt: daysAgo(6) }).verdict).toBe('eligible');
    const late = outlook({ marketplace: 'AE', returnProblem: 'damaged-by-customer', refundedAt: daysAgo(8) });
    expect(late.verdict).toBe('window-closed');
    expect(late.reasons.find((r) => r.code === 'window-closed')?.ruleId).toBe('ae-safet-damage-7d');
  });

  it('has no known window before the rules start', () => {
    const o = outlook({ refundedAt: new Date('2019-05-01T00:00:00Z') });
    expect(o.verdict).toBe('eligible');
    expect(o.fileBy).toBeUndefined();
    expect(codes(o)).toContain('window-unknown');
    expectSourcedReasons(o);
  });
});

describe('safetOutlook: waiting periods', () => {
  it('CA: wait 15 days after the refund before a "not returned" claim', () => {
    const o = outlook({ marketplace: 'CA', returnProblem: 'not-returned', refundedAt: daysAgo(10) });
    expect(o).toMatchObject({ verdict: 'wait', route: 'safet' });
    expect(o.earliestFileAt?.getTime()).toBe(daysAgo(10).getTime() + 15 * 86_400_000);
    expect(o.fileBy!.getTime()).toBeGreaterThan(o.earliestFileAt!.getTime());
    expect(o.reasons.find((r) => r.code === 'waiting-period')?.ruleId).toBe('ca-safet-wait-15d');
    expectSourcedReasons(o);
    expect(outlook({ marketplace: 'CA', returnProblem: 'not-returned', refundedAt: daysAgo(16) }).verdict).toBe('eligible');
    expect(outlook({ marketplace: 'CA', returnProblem: 'damaged-by-customer', refundedAt: daysAgo(10) }).verdict).toBe('eligible');
  });

  it('AE: not-returned items are reimbursed proactively after 21 days', () => {
    const o = outlook({ marketplace: 'AE', returnProblem: 'not-returned', refundedAt: daysAgo(3) });
    expect(o.verdict).toBe('wait');
    expect(o.reasons.find((r) => r.code === 'waiting-period')?.ruleId).toBe('ae-safet-wait-21d');
  });
});

describe('safetOutlook: not eligible (sfp-rules.md §3)', () => {
  it.each<[string, Partial<RefundFacts>, SafetOutlook['route'], string]>([
    ['seller refunded', { refundIssuer: 'seller' }, 'none', 'seller-refunded'],
    ['automated refund after the missed window', { refundIssuer: 'amazon-automated' }, 'none', 'automated-refund'],
    ['A-to-z claim granted', { atozClaimGranted: true }, 'atoz-appeal', 'atoz-granted'],
    ['lost in return transit', { returnProblem: 'lost-in-return-transit' }, 'carrier-claim', 'return-transit'],
    ['damaged in return transit', { returnProblem: 'damaged-in-return-transit' }, 'carrier-claim', 'return-transit'],
    ['seller refused the return', { sellerRefusedReturn: true }, 'none', 'return-refused'],
    ['FBA order', { fulfillment: 'amazon', atozClaimGranted: true }, 'none', 'fba-order'],
  ])('%s', (_name, facts, route, code) => {
    const o = outlook(facts);
    expect(o.verdict).toBe('not-eligible');
    expect(o.route).toBe(route);
    expect(codes(o)[0]).toBe(code);
    expect(o.fileBy).toBeUndefined();
    expectSourcedReasons(o);
  });

  it('lists every reason that applies and prefers the A-to-z appeal route', () => {
    const o = outlook({ refundIssuer: 'seller', atozClaimGranted: true, returnProblem: 'lost-in-return-transit' });
    expect(codes(o)).toEqual(['seller-refunded', 'atoz-granted', 'atoz-appeal-window', 'return-transit']);
    expect(o.route).toBe('atoz-appeal');
  });

  it('gives the carrier-claim evidence for return-transit losses', () => {
    expect(outlook({ returnProblem: 'damaged-in-return-transit' }).evidence?.map((e) => e.id)).toEqual(['carrierHistory', 'packagePhotos']);
    expect(outlook({ refundIssuer: 'seller' }).evidence).toBeUndefined();
  });
});

describe('evidenceChecklist', () => {
  it('has items for every problem, with the sfp-rules.md §3 essentials', () => {
    for (const p of RETURN_PROBLEMS) expect(evidenceChecklist(p).length).toBeGreaterThan(0);
    expect(evidenceChecklist(undefined)).toEqual(evidenceChecklist('none'));
    const general = evidenceChecklist('none').map((e) => e.text).join(' ');
    expect(general).toMatch(/messaging thread/);
    expect(general).toMatch(/Buy Shipping/);
    expect(general).toMatch(/tracking/i);
    expect(evidenceChecklist('not-returned').map((e) => e.id)).toContain('noFirstScan');
    expect(evidenceChecklist('bogus' as ReturnProblem)).toEqual([]);
  });

  it('every criterion is sourced and dated', () => {
    for (const c of SAFET_CRITERIA) {
      expect(new URL(c.source).protocol).toBe('https:');
      expect(c.verifiedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(criterionById('nope')).toBeNull();
  });
});

describe('safetOutlook: bad input → PolicyInputError', () => {
  it.each<[string, () => unknown]>([
    ['missing facts', () => safetOutlook(null as unknown as RefundFacts, now)],
    ['invalid now', () => safetOutlook(base, new Date('x'))],
    ['unknown marketplace', () => outlook({ marketplace: 'XX' as MarketplaceCode })],
    ['unknown issuer', () => outlook({ refundIssuer: 'buyer' as RefundFacts['refundIssuer'] })],
    ['unknown fulfillment', () => outlook({ fulfillment: 'dropship' as RefundFacts['fulfillment'] })],
    ['unknown problem', () => outlook({ returnProblem: 'stolen' as ReturnProblem })],
    ['invalid refund date', () => outlook({ refundedAt: new Date('x') })],
    ['refund in the future', () => outlook({ refundedAt: new Date(now.getTime() + 1) })],
    ['invalid delivery date', () => outlook({ returnDeliveredAt: new Date('x') })],
    ['delivery in the future', () => outlook({ returnDeliveredAt: new Date(now.getTime() + 1) })],
    ['delivered yet not returned', () => outlook({ returnProblem: 'not-returned', returnDeliveredAt: daysAgo(1) })],
  ])('%s', (_name, call) => {
    expect(call).toThrow(PolicyInputError);
  });
});

describe('safetOutlook properties', () => {
  it('verdict, dates and route agree for any valid facts', () => {
    const facts = fc.record({
      marketplace: fc.constantFrom(...MARKETPLACE_CODES),
      fulfillment: fc.constantFrom<RefundFacts['fulfillment']>(undefined, 'seller', 'amazon'),
      refundIssuer: fc.constantFrom<RefundFacts['refundIssuer']>('amazon-cs', 'refund-at-first-scan', 'amazon-automated', 'seller'),
      refundAgo: fc.integer({ min: 0, max: 120 * 86_400_000 }),
      deliveredAgo: fc.option(fc.integer({ min: 0, max: 120 * 86_400_000 })),
      returnProblem: fc.constantFrom<ReturnProblem | undefined>(undefined, ...RETURN_PROBLEMS),
      atozClaimGranted: fc.boolean(),
      sellerRefusedReturn: fc.boolean(),
    });
    fc.assert(
      fc.property(facts, ({ refundAgo, deliveredAgo, ...f }) => {
        const delivered = deliveredAgo === null || f.returnProblem === 'not-returned' ? undefined : new Date(now.getTime() - deliveredAgo);
        const o = safetOutlook({ ...f, refundedAt: new Date(now.getTime() - refundAgo), returnDeliveredAt: delivered }, now);
        expectSourcedReasons(o);
        if (o.verdict === 'eligible') expect(o.fileBy === undefined || o.fileBy > now).toBe(true);
        if (o.verdict === 'wait') expect(o.earliestFileAt! > now).toBe(true);
        if (o.verdict === 'window-closed') expect(o.fileBy! <= now).toBe(true);
        if (o.verdict !== 'not-eligible') expect(o.route).toBe('safet');
        if (f.refundIssuer === 'seller' || f.refundIssuer === 'amazon-automated') expect(o.verdict).toBe('not-eligible');
      }),
      { numRuns: 300 },
    );
  });
});

describe('criterionTitle', () => {
  it('reads a criterion title from the English table by default, and from the given translator', async () => {
    const { criterionTitle, SAFET_CRITERIA } = await import('../../../utils/policy/safet-criteria');
    const { createTranslator } = await import('../../../utils/i18n/translate');
    const first = SAFET_CRITERIA[0]!;
    expect(criterionTitle(first)).toBe(first.title);
    // A translator without the key shows the key itself.
    expect(criterionTitle(first, createTranslator('de', () => undefined))).toBe(`policy.criterion.${first.id.replaceAll('-', '_')}`);
  });
});

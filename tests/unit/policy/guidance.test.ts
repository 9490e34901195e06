// guidanceFor: seed FAQ routing (who acts, what to do), the deadlines that apply, reply language and
// the SFP unknown / not-SFP / unclear cases. Expected due instants are worked out by hand from the rules.
import { classifyContact } from '@/utils/policy/classify';
import { guidanceFor, STANDARD_RULES_TEXT, type GuidanceInput, type OrderFacts } from '@/utils/policy/guidance';

const NOW = new Date('2026-11-27T12:00:00Z');
const US_CONTACT = new Date('2026-11-27T18:00:00Z'); // Fri 27 Nov 10:00 Pacific
const facts = (over: Partial<OrderFacts> = {}): OrderFacts => ({ marketplace: 'US', sfp: true, contactReceivedAt: US_CONTACT, ...over });
const g = (input: Partial<GuidanceInput> & Pick<GuidanceInput, 'contact'>, now = NOW) => guidanceFor({ facts: facts(), ...input }, now);
const clocks = (x: ReturnType<typeof g>) => x.deadlines.map((d) => d.clock);

describe('SFP routing (seed FAQ 1)', () => {
  it('product question: the seller answers within 24 hours', () => {
    const r = g({ contact: { intent: 'product-question', confidence: 0.9, language: 'en' } });
    expect(r).toMatchObject({ handler: 'seller', action: 'answer', sfp: true, unclear: false });
    expect(clocks(r)).toEqual(['buyer-reply']);
    expect(r.deadlines[0]?.dueAt.toISOString()).toBe('2026-11-28T18:00:00.000Z');
    expect(r.reasons[0]?.text).toContain('answer the question directly to the customer');
    expect(r.reply?.kind).toBe('answer');
  });

  it('refund question, return received: refund now, within 2 business days, and before Amazon refunds automatically', () => {
    const received = new Date('2026-11-24T17:00:00Z'); // Tue 24 Nov 09:00 Pacific
    const r = g({ contact: { intent: 'refund-status', confidence: 0.9 }, facts: facts({ returnStatus: 'received', returnReceivedAt: received }) });
    expect(r).toMatchObject({ handler: 'seller', action: 'refund-now' });
    expect(clocks(r)).toEqual(['return-refund', 'automated-refund', 'buyer-reply']);
    // Tue 24 Nov + 2 business days, Thanksgiving (Thu 26 Nov) skipped → end of Fri 27 Nov, Pacific.
    expect(r.deadlines[0]?.dueAt.toISOString()).toBe('2026-11-28T08:00:00.000Z');
    // + 4 calendar days → Sat 28 Nov 09:00 Pacific.
    expect(r.deadlines[1]?.dueAt.toISOString()).toBe('2026-11-28T17:00:00.000Z');
    expect(r.deadlines.every((d, i, a) => i === 0 || a[i - 1]!.dueAt <= d.dueAt)).toBe(true);
    expect(r.reply?.kind).toBe('refund-now');
  });

  it('adds the 4-calendar-day automated-refund warning where a rule covers the marketplace', () => {
    const received = new Date('2026-11-25T09:00:00Z');
    const r = g({ contact: { intent: 'refund-status' }, facts: facts({ marketplace: 'DE', returnStatus: 'received', returnReceivedAt: received }) });
    const auto = r.deadlines.find((d) => d.clock === 'automated-refund');
    expect(auto?.dueAt.toISOString()).toBe('2026-11-29T09:00:00.000Z');
  });

  it('refund question, return in transit or not sent: promise the refund on receipt', () => {
    for (const returnStatus of ['in-transit', 'not-returned'] as const) {
      const r = g({ contact: { intent: 'refund-status' }, facts: facts({ returnStatus }) });
      expect(r).toMatchObject({ handler: 'seller', action: 'promise-refund-on-receipt' });
      expect(r.reasons.map((x) => x.code)).toEqual(['refund-return-pending']);
      expect(clocks(r)).toEqual(['buyer-reply']);
    }
  });

  it('refund question, already refunded (first scan or earlier): tell the customer', () => {
    for (const returnStatus of ['refunded-at-first-scan', 'refunded'] as const) {
      const r = g({ contact: { intent: 'refund-status' }, facts: facts({ returnStatus }) });
      expect(r).toMatchObject({ handler: 'seller', action: 'answer' });
      expect(r.reply?.kind).toBe('already-refunded');
    }
  });

  it('refund question, return state unknown: says to check, never claims the return arrived', () => {
    const r = g({ contact: { intent: 'refund-status' } });
    expect(r.action).toBe('promise-refund-on-receipt');
    expect(r.todo).toMatch(/^Check whether the return has arrived/);
    expect(r.reasons[0]?.code).toBe('refund-return-state-unknown');
    expect(clocks(r)).not.toContain('return-refund');
  });

  it('any other topic: Amazon CS resolves it, the seller directs the customer there', () => {
    const r = g({ contact: { intent: 'other-post-order', topic: 'cancel' } });
    expect(r).toMatchObject({ handler: 'amazon-cs', action: 'direct-to-amazon-cs' });
    expect(r.reasons[0]?.text).toContain('direct the customer to Amazon CS');
    expect(clocks(r)).toEqual(['buyer-reply']);
  });

  it('repair request: accept the return and refund in full (seed FAQ 9)', () => {
    const r = g({ contact: { intent: 'other-post-order', topic: 'repair' } });
    expect(r).toMatchObject({ handler: 'seller', action: 'accept-return-and-refund' });
    expect(r.reasons[0]?.code).toBe('repair');
  });
});

describe('Amazon CS contacts (seed FAQ 2)', () => {
  it('reply to Amazon CS and the customer within 2 business days', () => {
    const r = g({ contact: { intent: 'amazon-cs-request', confidence: 1 }, sender: 'amazon-cs' });
    expect(r).toMatchObject({ handler: 'seller', action: 'reply-to-amazon-cs-and-customer' });
    expect(clocks(r)).toEqual(['amazon-cs-reply']);
    expect(r.deadlines[0]?.dueAt.toISOString()).toBe('2026-12-02T08:00:00.000Z'); // end of Tue 1 Dec, Pacific
  });

  it('a forward arriving as a buyer message also runs the buyer clock', () => {
    const r = g({ contact: { intent: 'amazon-cs-request' }, sender: 'buyer' });
    expect(clocks(r)).toEqual(['buyer-reply', 'amazon-cs-reply']);
  });

  it('a buyer message on an order Amazon CS already contacted the seller about is answered to both', () => {
    const r = g({ contact: { intent: 'other-post-order' }, facts: facts({ amazonCsContacted: true }) });
    expect(r.action).toBe('reply-to-amazon-cs-and-customer');
    expect(clocks(r)).toEqual(['buyer-reply', 'amazon-cs-reply']);
  });
});

describe('SFP status', () => {
  it('non-SFP orders: standard seller-fulfilled rules, no SFP clocks', () => {
    for (const intent of ['product-question', 'refund-status', 'other-post-order', 'amazon-cs-request'] as const) {
      const r = g({ contact: { intent }, facts: facts({ sfp: false, returnStatus: 'received', returnReceivedAt: US_CONTACT }) });
      expect(r).toMatchObject({ handler: 'seller', action: 'standard-rules', sfp: false });
      expect(r.todo).toContain(STANDARD_RULES_TEXT);
      expect(STANDARD_RULES_TEXT).toBe('Standard seller-fulfilled rules apply');
      expect(clocks(r)).not.toContain('amazon-cs-reply');
      expect(clocks(r)).not.toContain('return-refund');
    }
    expect(g({ contact: { intent: 'product-question' }, facts: facts({ sfp: false }) }).reply?.kind).toBe('answer');
    expect(g({ contact: { intent: 'other-post-order' }, facts: facts({ sfp: false }) }).reply).toBeUndefined();
  });

  it('unknown SFP: says so and words the advice as conditional, never claiming SFP', () => {
    const r = g({ contact: { intent: 'other-post-order' }, facts: facts({ sfp: null }) });
    expect(r.sfp).toBeNull();
    expect(r.reasons[0]?.code).toBe('sfp-unknown');
    expect(r.todo).toMatch(/^If this is an SFP order: /);
    const all = [r.todo, ...r.reasons.map((x) => x.text), ...r.notes].join(' ');
    expect(all).not.toMatch(/(?<!if )this is an SFP order/i);
  });
});

describe('unclear classifications, language and missing facts', () => {
  it('low confidence: marked unclear and told to check', () => {
    const r = g({ contact: { intent: 'refund-status', confidence: 0.4 } });
    expect(r.unclear).toBe(true);
    expect(r.todo).toMatch(/^Unclear — check the message\./);
    expect(r.reasons[0]?.code).toBe('unclear-intent');
    expect(g({ contact: { intent: 'refund-status', confidence: 0.9, unclear: true } }).unclear).toBe(true);
  });

  it('replies in the customer\'s language, else the marketplace\'s, else English', () => {
    expect(g({ contact: { intent: 'product-question', language: 'ja' } }).reply).toMatchObject({ language: 'ja', fallback: false });
    expect(g({ contact: { intent: 'product-question', language: 'pt' }, facts: facts({ marketplace: 'IT' }) }).reply).toMatchObject({ language: 'it', fallback: true });
    expect(g({ contact: { intent: 'product-question' }, facts: facts({ marketplace: 'AU' }) }).reply).toMatchObject({ language: 'en', fallback: true });
    expect(g({ contact: { intent: 'product-question' }, facts: facts({ marketplace: null }) }).reply).toMatchObject({ language: 'en', fallback: true });
  });

  it('marks deadlines overdue against now', () => {
    const later = new Date('2026-11-29T00:00:00Z');
    const r = g({ contact: { intent: 'product-question' } }, later);
    expect(r.deadlines[0]?.overdue).toBe(true);
    expect(g({ contact: { intent: 'product-question' } }).deadlines[0]?.overdue).toBe(false);
  });

  it('turns what it cannot compute into notes, never into a guessed deadline', () => {
    const noTime = g({ contact: { intent: 'product-question' }, facts: facts({ contactReceivedAt: undefined }) });
    expect(noTime.deadlines).toEqual([]);
    expect(noTime.notes[0]).toMatch(/time the message was received is unknown/);
    const noReturnTime = g({ contact: { intent: 'refund-status' }, facts: facts({ returnStatus: 'received' }) });
    expect(clocks(noReturnTime)).toEqual(['buyer-reply']);
    expect(noReturnTime.notes.join(' ')).toMatch(/time the return arrived is unknown/);
    const euHost = g({ contact: { intent: 'product-question' }, facts: facts({ marketplace: null }) });
    expect(euHost.deadlines).toEqual([]);
    expect(euHost.notes[0]).toMatch(/marketplace is not known/);
    const badCalendar = g({ contact: { intent: 'amazon-cs-request' }, facts: facts({ calendar: { timeZone: 'Mars/Olympus' } }) });
    expect(badCalendar.deadlines).toEqual([]);
    expect(badCalendar.notes.join(' ')).toMatch(/Invalid calendar/);
    // The inferred automated-refund rule outside the US starts on 2026-01-26: an earlier return has none.
    const beforeRule = g({ contact: { intent: 'refund-status' }, facts: facts({ marketplace: 'DE', returnStatus: 'received', returnReceivedAt: new Date('2025-12-01T09:00:00Z') }) });
    expect(clocks(beforeRule)).toContain('return-refund');
    expect(beforeRule.notes.join(' ')).toMatch(/automated refund.*no rule covers DE/);
    const badNow = g({ contact: { intent: 'product-question' } }, new Date('nonsense'));
    expect(badNow.deadlines[0]?.overdue).toBe(false);
    expect(badNow.notes[0]).toMatch(/current time is invalid/);
  });

  it('names each missing deadline in words a seller understands, never by its internal clock id', () => {
    const cs = g({ contact: { intent: 'amazon-cs-request' }, facts: facts({ contactReceivedAt: undefined }) });
    expect(cs.notes).toEqual(['No deadline for the reply to Amazon CS (2 business days): the time the message was received is unknown.']);
    const refund = g({ contact: { intent: 'refund-status' }, facts: facts({ returnStatus: 'received', contactReceivedAt: undefined }) });
    expect(refund.action).toBe('refund-now');
    expect(refund.notes).toEqual([
      'No deadline for the reply to the buyer (24 hours): the time the message was received is unknown.',
      'No deadline for the refund after the return arrived (2 business days): the time the return arrived is unknown.',
      'No deadline for the Amazon\'s automated refund (4 calendar days): the time the return arrived is unknown.',
    ]);
    expect([...cs.notes, ...refund.notes].join(' ')).not.toMatch(/buyer-reply|amazon-cs-reply|return-refund|automated-refund/);
  });

  it('answers malformed input with unclear guidance instead of throwing', () => {
    const hostile = { contact: { intent: 'product-question' }, get facts(): OrderFacts { throw new Error('boom'); } };
    expect(guidanceFor(hostile as never, NOW).notes[0]).toMatch(/boom/);
    for (const bad of [null, {}, { contact: { intent: 'gossip' }, facts: facts() }, { contact: { intent: 'product-question' }, facts: { marketplace: 'XX', sfp: true } }]) {
      const r = guidanceFor(bad as never, NOW);
      expect(r.unclear).toBe(true);
      expect(r.deadlines).toEqual([]);
      expect(r.notes.length).toBe(1);
    }
  });
});

describe('classifyContact → guidanceFor', () => {
  it.each([
    ['en', 'I sent the lamp back and you received it on Monday. Where is my refund?', 'refund-now'],
    ['de', 'Passt diese Hülle auf das Pixel 8?', 'answer'],
    ['fr', 'Merci d\'annuler ma commande, je me suis trompé.', 'direct-to-amazon-cs'],
    ['es', 'La batidora dejó de funcionar, ¿pueden repararla?', 'accept-return-and-refund'],
    ['it', 'Ho restituito le scarpe, il reso risulta consegnato. Quando arriva il rimborso?', 'refund-now'],
    ['ja', 'このケースはiPhone 15に対応していますか？', 'answer'],
  ])('%s: routes and replies in the customer\'s language', (lang, body, action) => {
    const c = classifyContact({ sender: 'buyer', body });
    const r = guidanceFor({ contact: c, facts: facts({ returnStatus: 'received', returnReceivedAt: US_CONTACT }) }, NOW);
    expect(r.action).toBe(action);
    expect(r.reply?.language).toBe(lang);
  });
});

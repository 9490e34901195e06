/**
 * Observation / mark → what the queue should now believe: candidate actions to open and action ids to
 * complete. Pure; the deadline itself comes from the policy engine through `DeadlineFn` (injected so the
 * reducer stays testable and the policy stays the single source of rules).
 * Sources: shared/domain/sfp-rules.md §1–§3, seed FAQ (refund within 2 business days of receipt).
 */
import type { MarketplaceCode } from '../marketplaces';
import type { Observation, OrderDetailsObservation } from '../pages/observation';
import type { ActionKind, OrderFact } from './model';
import type { CLOCK_IDS } from './model';

/** A deadline clock id (same literals as utils/policy ClockId). */
export type ClockId = (typeof CLOCK_IDS)[number];

/** The part of the policy engine's Deadline the queue needs. */
export interface DeadlineLike { dueAt: Date; rule: { id: string } }

/** computeDeadline(clock, event, { marketplace }) from utils/policy, possibly with the seller's calendar bound in. */
export type DeadlineFn = (clock: ClockId, event: Date, ctx: { marketplace: MarketplaceCode }) => DeadlineLike | null;

/** An action the observation says is owed (before merging with what the queue already has). */
export interface Candidate {
  kind: ActionKind;
  orderId: string | null;
  ref?: string;
  marketplace: MarketplaceCode;
  clock: ClockId;
  startedAt: string;
  dueAt: string;
  ruleId: string;
  /** Reply actions re-open when a newer message arrives after they were answered. */
  reopenIfNewer?: boolean;
}

/** What one observation implies. */
export interface Derived {
  open: Candidate[];
  complete: string[];
  facts: Record<string, OrderFact>;
}

/** Deterministic action id: the same work observed twice is the same action. */
export function actionId(kind: ActionKind, key: string): string {
  return `${kind}:${key}`;
}

const KIND_CLOCK: Record<ActionKind, ClockId> = {
  'refund-return': 'return-refund',
  'grade-return': 'automated-refund',
  'reply-amazon-cs': 'amazon-cs-reply',
  'reply-buyer': 'buyer-reply',
  'file-safet': 'safet-filing',
  'answer-safet': 'safet-reply',
  'appeal-safet': 'safet-appeal',
};

/** The clock that sets an action kind's deadline. */
export function clockOf(kind: ActionKind): ClockId {
  return KIND_CLOCK[kind];
}

/** Builds a candidate from a policy deadline; null when no rule covers it (never a guessed deadline). */
export function fromRule(
  deadline: DeadlineFn, kind: ActionKind, key: { orderId: string | null; ref?: string },
  marketplace: MarketplaceCode, event: string, extra?: Partial<Candidate>,
): Candidate | null {
  const clock = KIND_CLOCK[kind];
  let d: DeadlineLike | null;
  try {
    d = deadline(clock, new Date(event), { marketplace });
  } catch {
    return null;
  }
  if (!d || Number.isNaN(d.dueAt.getTime())) return null;
  return { kind, ...key, marketplace, clock, startedAt: event, dueAt: d.dueAt.toISOString(), ruleId: d.rule.id, ...extra };
}

/**
 * A return received at the warehouse: SFP (or not known to be non-SFP) → refund within 2 business days
 * (seed FAQ); a seller-fulfilled non-SFP order → grade it before Amazon's automated refund (4 calendar
 * days, [3P] sfp-rules.md §2), which would also make the refund ineligible for SAFE-T.
 */
export function receivedReturn(
  deadline: DeadlineFn, orderId: string, marketplace: MarketplaceCode, receivedAt: string, sfp: boolean | null | undefined,
): Candidate | null {
  const kind: ActionKind = sfp === false ? 'grade-return' : 'refund-return';
  return fromRule(deadline, kind, { orderId }, marketplace, receivedAt);
}

function refundIds(orderId: string): string[] {
  return [actionId('refund-return', orderId), actionId('grade-return', orderId)];
}

function laterOf(a: string, b?: string): string {
  return b && Date.parse(b) > Date.parse(a) ? b : a;
}

function orderDetails(o: OrderDetailsObservation, mp: MarketplaceCode | null, deadline: DeadlineFn, now: Date, known?: OrderFact): Derived {
  const out: Derived = { open: [], complete: [], facts: {} };
  const sfp = o.sfp ?? known?.sfp ?? null;
  out.facts[o.orderId] = { sfp, seenAt: o.observedAt };
  if (o.fulfillment === 'amazon') return out; // FBA: Amazon handles returns and refunds.
  const ret = o.return;
  const refunded = o.refund?.at !== undefined || o.refund?.issuer !== undefined
    || ret?.state === 'refunded' || ret?.refundedAtFirstScan === true;
  if (refunded) out.complete.push(...refundIds(o.orderId));
  else if (mp && ret?.deliveredAt) {
    const c = receivedReturn(deadline, o.orderId, mp, ret.deliveredAt, sfp);
    if (c) out.open.push(c);
  }
  // Amazon CS refunded: the seller may reclaim through SAFE-T within the filing window, counted from
  // the later of the refund and the return's delivery scan (sfp-rules.md §2–3). Automated refunds and
  // the seller's own refunds are not eligible, so they raise no action. A closed window raises none.
  if (mp && o.refund?.issuer === 'amazon-cs' && o.refund.at) {
    const c = fromRule(deadline, 'file-safet', { orderId: o.orderId }, mp, laterOf(o.refund.at, ret?.deliveredAt));
    if (c && Date.parse(c.dueAt) > now.getTime()) out.open.push(c);
  }
  return out;
}

/**
 * Derives what an observation implies. `known` gives remembered order facts (SFP or not) for pages that
 * do not show them (returns list). `mp` is the resolved marketplace (observation, else the default).
 */
export function derive(
  obs: Observation, mp: MarketplaceCode | null, deadline: DeadlineFn, now: Date,
  known: (orderId: string) => OrderFact | undefined,
): Derived {
  switch (obs.kind) {
    case 'order-details':
      return orderDetails(obs, mp, deadline, now, known(obs.orderId));
    case 'order-list': {
      const out: Derived = { open: [], complete: [], facts: {} };
      for (const row of obs.rows) {
        const sfp = row.sfp ?? known(row.orderId)?.sfp ?? null;
        out.facts[row.orderId] = { sfp, seenAt: obs.observedAt };
      }
      return out;
    }
    case 'returns': {
      const out: Derived = { open: [], complete: [], facts: {} };
      for (const row of obs.rows) {
        const refunded = row.refundIssued === true || row.refundedAtFirstScan === true
          || row.state === 'refunded' || row.state === 'closed';
        if (refunded) out.complete.push(...refundIds(row.orderId));
        else if (mp && row.deliveredAt) {
          const c = receivedReturn(deadline, row.orderId, mp, row.deliveredAt, known(row.orderId)?.sfp);
          if (c) out.open.push(c);
        }
      }
      return out;
    }
    case 'messages':
      return messages(obs, mp, deadline);
    case 'safet':
      return safet(obs, mp);
  }
}

function messages(obs: Extract<Observation, { kind: 'messages' }>, mp: MarketplaceCode | null, deadline: DeadlineFn): Derived {
  const out: Derived = { open: [], complete: [], facts: {} };
  const answered = (orderId: string) =>
    out.complete.push(actionId('reply-buyer', orderId), actionId('reply-amazon-cs', orderId));
  const owe = (orderId: string, sender: 'buyer' | 'amazon-cs', at: string, ref?: string) => {
    if (!mp) return;
    const kind: ActionKind = sender === 'amazon-cs' ? 'reply-amazon-cs' : 'reply-buyer';
    const c = fromRule(deadline, kind, { orderId, ...(ref ? { ref } : {}) }, mp, at, { reopenIfNewer: true });
    if (c) out.open.push(c);
  };
  for (const row of obs.rows) {
    if (!row.orderId) continue;
    if (row.needsResponse === false) answered(row.orderId);
    else if (row.needsResponse === true && row.receivedAt && (row.sender === 'buyer' || row.sender === 'amazon-cs')) {
      owe(row.orderId, row.sender, row.receivedAt, row.threadId);
    }
  }
  const t = obs.thread;
  if (t?.orderId) {
    if (t.answered) answered(t.orderId);
    else {
      const last = t.messages.at(-1);
      if (last?.sentAt && last.sender !== 'seller') {
        // An Amazon CS forward may arrive through the buyer channel; the classifier tells it by its text.
        const sender = last.sender === 'amazon-cs' || last.intent === 'amazon-cs-request' ? 'amazon-cs' : 'buyer';
        owe(t.orderId, sender, last.sentAt, t.threadId);
      }
    }
  }
  return out;
}

function safet(obs: Extract<Observation, { kind: 'safet' }>, mp: MarketplaceCode | null): Derived {
  const out: Derived = { open: [], complete: [], facts: {} };
  for (const claim of obs.claims) {
    if (claim.orderId) out.complete.push(actionId('file-safet', claim.orderId)); // a claim exists: filed
    const answerId = actionId('answer-safet', claim.claimId);
    const appealId = actionId('appeal-safet', claim.claimId);
    // The page's own "Reply by" / "Appeal by" dates win over any computed rule (help 4JQY4B7XT3APCRM).
    const fromPage = (kind: ActionKind, due: string): Candidate | null => mp ? {
      kind, orderId: claim.orderId ?? null, ref: claim.claimId, marketplace: mp, clock: KIND_CLOCK[kind],
      startedAt: obs.observedAt, dueAt: due, ruleId: `page:${KIND_CLOCK[kind]}`,
    } : null;
    if (claim.status === 'awaiting-seller' && claim.replyBy) {
      const c = fromPage('answer-safet', claim.replyBy);
      if (c) out.open.push(c);
    } else if (claim.status === 'under-investigation') {
      out.complete.push(answerId, appealId); // answered, or appealed (only one appeal is allowed)
    } else if (claim.status === 'resolved') {
      out.complete.push(answerId);
      const c = claim.appealBy ? fromPage('appeal-safet', claim.appealBy) : null;
      if (c) out.open.push(c);
    }
  }
  return out;
}

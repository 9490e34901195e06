/**
 * The queue reducer: (state, input, now, env) → state. Pure and deterministic (ids derive from content,
 * `now` is a parameter), so the background can replay it and tests can property-check it.
 * - Idempotent: the same observation or mark twice returns the same state object.
 * - Auto-completes actions when a later observation shows the work done.
 * - Manual done / dismiss / reopen / snooze / unsnooze with an undo stack.
 */
import { MARKETPLACES, type MarketplaceCode } from '../marketplaces';
import type { Observation } from '../pages/observation';
import type { Command } from './messages';
import type { Action, Mark, MarkKind, QueueState, UndoEntry } from './model';
import { derive, fromRule, receivedReturn, type Candidate, type DeadlineFn } from './derive';
import { expectedId } from './compact';

/** Everything the reducer accepts. */
export type QueueInput =
  | { type: 'observe'; observation: Observation; host?: string }
  | { type: 'mark'; mark: { kind: MarkKind; orderId: string; marketplace: MarketplaceCode; at: string }; host?: string }
  | { type: 'unmark'; markId: string }
  | { type: 'command'; command: Command }
  | { type: 'import'; actions: Action[] }
  | { type: 'notified'; id: string; bits: number }
  | { type: 'prune' }
  /** The seller changed a calendar: recompute rule-based deadlines of open actions. */
  | { type: 'recompute' }
  | { type: 'clear' };

/** What the reducer needs from outside: the policy's deadlines and the fallback marketplace. */
export interface ReduceEnv {
  deadline: DeadlineFn;
  defaultMarketplace?: MarketplaceCode | null;
}

/** Done and dismissed actions are kept this long, then pruned (issue 6, item 7). */
export const KEEP_CLOSED_MS = 30 * 24 * 3600_000;
/** Order facts without open work are forgotten after this long. */
export const KEEP_FACTS_MS = 60 * 24 * 3600_000;
/** Undo is offered for recent changes only. */
export const UNDO_LIMIT = 50;
export const KEEP_UNDO_MS = 24 * 3600_000;

/** Deterministic mark id: marking the same thing at the same time twice is one mark. */
export function markId(mark: { kind: MarkKind; orderId: string; at: string }): string {
  return `${mark.kind}:${mark.orderId}:${Date.parse(mark.at)}`;
}

/** Undo id of a change to an action at an instant. */
export function undoIdFor(id: string, now: Date): string {
  return `${id}@${now.getTime()}`;
}

/** Maps created inside one reduceMany call: safe to mutate, nobody else holds them. */
let owned: WeakSet<object> | null = null;

/** Copy-on-write helper: the actions map is copied at most once per reduce (once per reduceMany batch). */
class Draft {
  actions: Record<string, Action>;
  private copied: boolean;
  changed = false;
  constructor(readonly base: QueueState) {
    this.actions = base.actions;
    this.copied = owned?.has(base.actions) ?? false;
  }
  private own(): void {
    if (this.copied) return;
    this.actions = { ...this.actions };
    owned?.add(this.actions);
    this.copied = true;
  }
  set(a: Action): void {
    this.own();
    this.actions[a.id] = a;
    this.changed = true;
  }
  remove(id: string): void {
    if (!(id in this.actions)) return;
    this.own();
    delete this.actions[id];
    this.changed = true;
  }
}

function upsert(d: Draft, c: Candidate, now: Date, sender: string | undefined, origin?: string): void {
  const id = expectedId(c);
  // Remember the host only when it is not the marketplace's own (unified EU host): pages open there.
  const host = sender && !MARKETPLACES[c.marketplace].hosts.includes(sender) ? sender : undefined;
  const old = d.actions[id];
  if (!old) {
    d.set({
      id, kind: c.kind, orderId: c.orderId, ...(c.ref ? { ref: c.ref } : {}), marketplace: c.marketplace,
      ...(host ? { host } : {}), clock: c.clock, startedAt: c.startedAt, dueAt: c.dueAt, ruleId: c.ruleId,
      status: 'open', ...(origin ? { origin } : {}), createdAt: now.toISOString(),
    });
    return;
  }
  if (old.status !== 'open') {
    // A newer message after the reply was seen: the seller owes a reply again.
    if (c.reopenIfNewer && Date.parse(c.startedAt) > Date.parse(old.startedAt)) {
      const { closedAt: _c, closedBy: _b, snoozedUntil: _s, notified: _n, ...rest } = old;
      d.set({ ...rest, status: 'open', startedAt: c.startedAt, dueAt: c.dueAt, ruleId: c.ruleId });
    }
    return;
  }
  if (origin && !old.origin) return; // the page's own data wins over a manual mark
  if (c.reopenIfNewer && Date.parse(c.startedAt) < Date.parse(old.startedAt)) return; // an older message
  const { origin: _o, notified: _n, ...rest } = old;
  if (old.dueAt === c.dueAt && old.ruleId === c.ruleId) {
    // Same deadline: only an observation confirming a marked action changes it (unmarking then keeps it).
    if (old.origin && !origin) d.set(rest);
    return;
  }
  // A different deadline (page data replacing a mark, or a later mark): reminders start afresh.
  d.set({
    ...rest, ...(origin ? { origin } : {}), startedAt: c.startedAt, dueAt: c.dueAt, ruleId: c.ruleId,
    ...(c.ref ? { ref: c.ref } : {}),
  });
}

function complete(d: Draft, id: string, now: Date): void {
  const a = d.actions[id];
  if (a?.status === 'open') d.set({ ...a, status: 'done', closedAt: now.toISOString(), closedBy: 'auto' });
}

function withUndo(state: QueueState, d: Draft, entry: UndoEntry): QueueState {
  if (!d.changed) return state;
  const undo = [...state.undo, entry].slice(-UNDO_LIMIT);
  return { ...state, actions: d.actions, undo };
}

function command(state: QueueState, cmd: Command, now: Date): QueueState {
  if (cmd.type === 'undo') {
    const idx = cmd.undoId ? state.undo.findIndex((u) => u.undoId === cmd.undoId) : state.undo.length - 1;
    const entry = state.undo[idx];
    if (!entry) return state;
    const d = new Draft(state);
    if (entry.before) d.set(entry.before);
    else d.remove(entry.actionId);
    return { ...state, actions: d.actions, undo: state.undo.filter((_, i) => i !== idx) };
  }
  const a = state.actions[cmd.id];
  if (!a) return state;
  const d = new Draft(state);
  const iso = now.toISOString();
  const { closedAt: _c, closedBy: _b, snoozedUntil: _s, ...unclosed } = a;
  switch (cmd.type) {
    case 'done':
      if (a.status !== 'done') d.set({ ...a, status: 'done', closedAt: iso, closedBy: 'manual' });
      break;
    case 'dismiss':
      if (a.status !== 'dismissed') d.set({ ...a, status: 'dismissed', closedAt: iso, closedBy: 'manual' });
      break;
    case 'reopen':
      if (a.status !== 'open') d.set({ ...unclosed, ...(a.snoozedUntil ? { snoozedUntil: a.snoozedUntil } : {}), status: 'open' });
      break;
    case 'snooze':
      if (Date.parse(cmd.until) > now.getTime() && a.snoozedUntil !== cmd.until) d.set({ ...a, snoozedUntil: cmd.until });
      break;
    case 'unsnooze':
      if (a.snoozedUntil) {
        const { snoozedUntil: _x, ...rest } = a;
        d.set(rest);
      }
      break;
  }
  return withUndo(state, d, { undoId: undoIdFor(a.id, now), before: a, actionId: a.id, at: iso });
}

function prune(state: QueueState, now: Date): QueueState {
  const t = now.getTime();
  const d = new Draft(state);
  const openOrders = new Set<string>();
  const liveOrigins = new Set<string>();
  for (const a of Object.values(state.actions)) {
    if (a.status !== 'open' && a.closedAt && t - Date.parse(a.closedAt) > KEEP_CLOSED_MS) d.remove(a.id);
    else {
      if (a.status === 'open' && a.orderId) openOrders.add(a.orderId);
      if (a.origin) liveOrigins.add(a.origin);
    }
  }
  const marks = Object.fromEntries(Object.entries(state.marks).filter(([id, m]) =>
    liveOrigins.has(id) || t - Date.parse(m.createdAt) <= KEEP_CLOSED_MS));
  const orders = Object.fromEntries(Object.entries(state.orders).filter(([id, f]) =>
    openOrders.has(id) || t - Date.parse(f.seenAt) <= KEEP_FACTS_MS));
  const undo = state.undo.filter((u) => t - Date.parse(u.at) <= KEEP_UNDO_MS);
  const same = !d.changed && undo.length === state.undo.length
    && Object.keys(marks).length === Object.keys(state.marks).length
    && Object.keys(orders).length === Object.keys(state.orders).length;
  return same ? state : { ...state, actions: d.actions, marks, orders, undo };
}

/** Applies one input. Returns the same object when nothing changed (idempotence is observable). */
export function reduce(state: QueueState, input: QueueInput, now: Date, env: ReduceEnv): QueueState {
  switch (input.type) {
    case 'observe': {
      const obs = input.observation;
      const mp = obs.marketplace ?? env.defaultMarketplace ?? null;
      const derived = derive(obs, mp, env.deadline, now, (id) => state.orders[id]);
      const d = new Draft(state);
      const host = input.host;
      for (const c of derived.open) upsert(d, c, now, host);
      for (const id of derived.complete) complete(d, id, now);
      let orders = state.orders;
      for (const [id, fact] of Object.entries(derived.facts)) {
        const old = orders[id];
        if (old && old.sfp === fact.sfp && Date.parse(old.seenAt) >= Date.parse(fact.seenAt)) continue;
        if (orders === state.orders && !owned?.has(orders)) {
          orders = { ...orders };
          owned?.add(orders);
        }
        orders[id] = old && fact.sfp === null ? { sfp: old.sfp, seenAt: fact.seenAt } : fact;
      }
      const seen = mp && obs.marketplace && !state.marketplacesSeen.includes(mp)
        ? [...state.marketplacesSeen, mp] : state.marketplacesSeen;
      if (!d.changed && orders === state.orders && seen === state.marketplacesSeen) return state;
      return { ...state, actions: d.actions, orders, marketplacesSeen: seen };
    }
    case 'mark': {
      const m = input.mark;
      const id = markId(m);
      if (state.marks[id]) return state;
      const mark: Mark = { id, ...m, createdAt: now.toISOString() };
      const c = m.kind === 'return-received'
        ? receivedReturn(env.deadline, m.orderId, m.marketplace, m.at, state.orders[m.orderId]?.sfp)
        : fromRule(env.deadline, 'reply-amazon-cs', { orderId: m.orderId }, m.marketplace, m.at);
      const d = new Draft(state);
      if (c) upsert(d, c, now, input.host, id);
      return { ...state, actions: d.actions, marks: { ...state.marks, [id]: mark } };
    }
    case 'unmark': {
      if (!state.marks[input.markId]) return state;
      const { [input.markId]: _gone, ...marks } = state.marks;
      const d = new Draft(state);
      for (const a of Object.values(state.actions)) if (a.origin === input.markId) d.remove(a.id);
      return { ...state, actions: d.actions, marks };
    }
    case 'command':
      return command(state, input.command, now);
    case 'import': {
      const d = new Draft(state);
      for (const a of input.actions) {
        const old = d.actions[a.id];
        if (!old || JSON.stringify(old) !== JSON.stringify(a)) d.set(a);
      }
      return d.changed ? { ...state, actions: d.actions } : state;
    }
    case 'notified': {
      const a = state.actions[input.id];
      if (!a || ((a.notified ?? 0) | input.bits) === (a.notified ?? 0)) return state;
      return { ...state, actions: { ...state.actions, [a.id]: { ...a, notified: (a.notified ?? 0) | input.bits } } };
    }
    case 'prune':
      return prune(state, now);
    case 'recompute': {
      const d = new Draft(state);
      for (const a of Object.values(state.actions)) {
        if (a.status !== 'open' || a.ruleId.startsWith('page:')) continue; // page dates stay as shown
        let due: { dueAt: Date; rule: { id: string } } | null = null;
        try {
          due = env.deadline(a.clock, new Date(a.startedAt), { marketplace: a.marketplace });
        } catch {
          due = null;
        }
        if (!due || Number.isNaN(due.dueAt.getTime())) continue; // keep the last known deadline
        const dueAt = due.dueAt.toISOString();
        if (dueAt === a.dueAt && due.rule.id === a.ruleId) continue;
        const { notified: _n, ...rest } = a;
        d.set({ ...rest, dueAt, ruleId: due.rule.id });
      }
      return d.changed ? { ...state, actions: d.actions } : state;
    }
    case 'clear':
      return { actions: {}, marks: {}, orders: {}, undo: [], marketplacesSeen: [] };
  }
}

/**
 * Applies several inputs in order; equal to folding `reduce`, but the actions map is copied once for
 * the whole batch instead of once per input (the background applies batches; 10,000 actions).
 */
export function reduceMany(state: QueueState, inputs: readonly QueueInput[], now: Date, env: ReduceEnv): QueueState {
  owned = new WeakSet();
  try {
    return inputs.reduce((s, input) => reduce(s, input, now, env), state);
  } finally {
    owned = null;
  }
}

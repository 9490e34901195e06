/**
 * Compact stored form of queue records (local:queue v2): an action is a tuple, instants are epoch
 * milliseconds, and the id and clock are not stored because they derive from kind + order id / claim id.
 * 10,000 actions take ~1.3 MB instead of ~3.7 MB as objects (tests/unit/storage-size.test.ts).
 * Decoding validates every record with the zod schemas; an invalid one decodes to null (dropped, counted).
 */
import { ACTION_KINDS, ActionSchema, OrderFactSchema, type Action, type ActionKind, type OrderFact } from './model';
import { actionId, clockOf } from './derive';

/** [kind, orderId, marketplace, startedAt, dueAt, ruleId, status, createdAt, extras?] */
export type CompactAction = [
  ActionKind, string | null, string, number, number, string, 'o' | 'd' | 'x', number, CompactExtras?,
];
/** Optional fields, present only when set. Instants in epoch ms. */
export interface CompactExtras {
  ref?: string; host?: string; closedAt?: number; closedBy?: 'auto' | 'manual'; snoozedUntil?: number;
  origin?: string; notified?: number;
}

const STATUS = { open: 'o', done: 'd', dismissed: 'x' } as const;
const STATUS_BACK = { o: 'open', d: 'done', x: 'dismissed' } as const;

/** The id an action must have: the same work is always the same id (imports are checked against it). */
export function expectedId(a: Pick<Action, 'kind' | 'orderId' | 'ref'>): string {
  const key = a.kind === 'answer-safet' || a.kind === 'appeal-safet' ? a.ref : a.orderId;
  return actionId(a.kind, key ?? '');
}

const ms = (iso: string) => Date.parse(iso);
// Out-of-range epochs would make toISOString throw: they decode to undefined (record dropped).
const iso = (n: unknown) => (typeof n === 'number' && Math.abs(n) <= 8.64e15 ? new Date(n).toISOString() : undefined);

export function encodeAction(a: Action): CompactAction {
  const x: CompactExtras = {};
  if (a.ref) x.ref = a.ref;
  if (a.host) x.host = a.host;
  if (a.closedAt) x.closedAt = ms(a.closedAt);
  if (a.closedBy) x.closedBy = a.closedBy;
  if (a.snoozedUntil) x.snoozedUntil = ms(a.snoozedUntil);
  if (a.origin) x.origin = a.origin;
  if (a.notified) x.notified = a.notified;
  const t: CompactAction = [a.kind, a.orderId, a.marketplace, ms(a.startedAt), ms(a.dueAt), a.ruleId, STATUS[a.status], ms(a.createdAt)];
  if (Object.keys(x).length) t.push(x);
  return t;
}

/** Tuple → validated Action, or null when anything is wrong with it. */
export function decodeAction(raw: unknown): Action | null {
  if (!Array.isArray(raw) || raw.length < 8 || raw.length > 9) return null;
  const [kind, orderId, marketplace, startedAt, dueAt, ruleId, status, createdAt, extras] = raw as unknown[];
  if (!(ACTION_KINDS as readonly unknown[]).includes(kind)) return null;
  const x = (extras ?? {}) as Record<string, unknown>;
  if (typeof x !== 'object' || x === null) return null;
  const candidate = {
    id: '', kind, orderId, marketplace, clock: clockOf(kind as ActionKind),
    startedAt: iso(startedAt), dueAt: iso(dueAt), ruleId,
    status: STATUS_BACK[status as keyof typeof STATUS_BACK], createdAt: iso(createdAt),
    ...(x.ref !== undefined ? { ref: x.ref } : {}),
    ...(x.host !== undefined ? { host: x.host } : {}),
    ...(x.closedAt !== undefined ? { closedAt: iso(x.closedAt) } : {}),
    ...(x.closedBy !== undefined ? { closedBy: x.closedBy } : {}),
    ...(x.snoozedUntil !== undefined ? { snoozedUntil: iso(x.snoozedUntil) } : {}),
    ...(x.origin !== undefined ? { origin: x.origin } : {}),
    ...(x.notified !== undefined ? { notified: x.notified } : {}),
  };
  candidate.id = expectedId(candidate as Action);
  const p = ActionSchema.safeParse(candidate);
  return p.success ? p.data : null;
}

/** [sfp: 1 | 0 | null, seenAt ms] */
export type CompactFact = [0 | 1 | null, number];

export function encodeFact(f: OrderFact): CompactFact {
  return [f.sfp === null ? null : f.sfp ? 1 : 0, ms(f.seenAt)];
}

export function decodeFact(raw: unknown): OrderFact | null {
  if (!Array.isArray(raw) || raw.length !== 2) return null;
  const [sfp, seen] = raw as unknown[];
  if (sfp !== null && sfp !== 0 && sfp !== 1) return null;
  const p = OrderFactSchema.safeParse({ sfp: sfp === null ? null : sfp === 1, seenAt: iso(seen) });
  return p.success ? p.data : null;
}

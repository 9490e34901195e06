/**
 * Compact stored form of queue records (local:queue v2): an action is a tuple, instants are epoch
 * milliseconds, and the id and clock are not stored because they derive from kind + order id / claim id.
 * 10,000 actions take ~1.3 MB instead of ~3.7 MB as objects (tests/unit/storage-size.test.ts).
 * Decoding checks every record with the limits of the valibot schemas; an invalid one decodes to null (dropped, counted).
 */
import * as v from 'valibot';
import { MARKETPLACE_CODES } from '../marketplaces';
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

const ORDER_ID = /^\d{3}-\d{7}-\d{7}$/;
const HOST = /^sellercentral[a-z.-]*\.amazon\.[a-z.]+$/;
// Years 0000–9999 only: what ISO 8601 / InstantSchema accepts (toISOString writes ±YYYYYY beyond).
const MIN_MS = -62167219200000;
const MAX_MS = 253402300799999;
const isMs = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= MIN_MS && n <= MAX_MS;
const isShort = (v: unknown): v is string => typeof v === 'string' && v.length >= 1 && v.length <= 120;
const MARKETS = new Set<unknown>(MARKETPLACE_CODES);
const KINDS = new Set<unknown>(ACTION_KINDS);

/**
 * Tuple → Action, or null when anything is wrong with it. Checked field by field with the same limits
 * as ActionSchema (tests/unit/storage.test.ts compares both on the golden examples): reading back
 * 10,000 records this way takes a few ms instead of the ~40 µs per record of a full schema parse.
 */
export function decodeAction(raw: unknown): Action | null {
  if (!Array.isArray(raw) || raw.length < 8 || raw.length > 9) return null;
  const [kind, orderId, marketplace, startedAt, dueAt, ruleId, status, createdAt, extras] = raw as unknown[];
  if (!KINDS.has(kind) || !MARKETS.has(marketplace) || !isShort(ruleId)) return null;
  if (orderId !== null && (typeof orderId !== 'string' || !ORDER_ID.test(orderId))) return null;
  if (!isMs(startedAt) || !isMs(dueAt) || !isMs(createdAt)) return null;
  if (status !== 'o' && status !== 'd' && status !== 'x') return null;
  const a: Action = {
    id: '', kind: kind as ActionKind, orderId: orderId as string | null, marketplace: marketplace as Action['marketplace'],
    clock: clockOf(kind as ActionKind), startedAt: iso(startedAt)!, dueAt: iso(dueAt)!, ruleId,
    status: STATUS_BACK[status], createdAt: iso(createdAt)!,
  };
  if (extras !== undefined) {
    if (typeof extras !== 'object' || extras === null || Array.isArray(extras)) return null;
    const x = extras as Record<string, unknown>;
    for (const key of Object.keys(x)) {
      const v = x[key];
      switch (key) {
        case 'ref': case 'origin':
          if (!isShort(v)) return null;
          a[key] = v;
          break;
        case 'host':
          if (typeof v !== 'string' || v.length > 60 || !HOST.test(v)) return null;
          a.host = v;
          break;
        case 'closedAt': case 'snoozedUntil':
          if (!isMs(v)) return null;
          a[key] = iso(v)!;
          break;
        case 'closedBy':
          if (v !== 'auto' && v !== 'manual') return null;
          a.closedBy = v;
          break;
        case 'notified':
          if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 3) return null;
          a.notified = v;
          break;
        default:
          return null;
      }
    }
  }
  a.id = expectedId(a);
  if (a.id.length < 3 || a.id.length > 200) return null;
  return orderActionFields(a);
}

/** Same key order as an Action built by the reducer or parsed by ActionSchema (so records compare equal). */
function orderActionFields(a: Action): Action {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(ActionSchema.entries)) if ((a as Record<string, unknown>)[k] !== undefined) out[k] = (a as Record<string, unknown>)[k];
  return out as Action;
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
  const p = v.safeParse(OrderFactSchema, { sfp: sfp === null ? null : sfp === 1, seenAt: iso(seen) });
  return p.success ? p.output : null;
}

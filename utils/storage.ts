/**
 * Every storage key of the extension, declared once, typed and versioned (house-style.md §7).
 * - local:settings   the seller's settings (options page writes, everyone reads)
 * - local:overlayUi  the overlay's own UI state (collapsed or not)
 * - local:queue      the action queue (v2: compact tuples); written ONLY by the background (utils/actions/store.ts)
 * Migrations are pure functions exported for the golden tests in tests/unit/storage*.test.ts, which
 * migrate tests/fixtures/storage/<key>.v<N-1>.json and compare with <key>.v<N>.json.
 * Values read back are validated record by record: a corrupt record is dropped and counted, never the
 * whole value (architecture.md "Failure policy").
 */
import * as z from 'zod/mini';
import { storage } from 'wxt/utils/storage';
import { MARKETPLACE_CODES, type MarketplaceCode } from './marketplaces';
import { MarketplaceSchema } from './pages/observation';
import {
  ActionSchema, MarkSchema, OrderFactSchema, UndoEntrySchema, emptyQueue, type QueueState,
} from './actions/model';
import { decodeAction, decodeFact, encodeAction, encodeFact, expectedId } from './actions/compact';

const DateOnly = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

/** Same shape as utils/calendar CalendarOverrides (H1a); validated here because settings cross storage. */
export const CalendarOverridesSchema = z.object({
  timeZone: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
  weekend: z.optional(z.array(z.number().check(z.int(), z.gte(0), z.lte(6))).check(z.maxLength(6))),
  holidaysAdded: z.optional(z.array(DateOnly).check(z.maxLength(400))),
  holidaysRemoved: z.optional(z.array(DateOnly).check(z.maxLength(400))),
});

/** Page kinds that can show an overlay. */
export const OVERLAY_KINDS = ['order-details', 'order-list', 'messages', 'returns', 'safet'] as const;
/** A page kind with an overlay. */
export type OverlayKind = (typeof OVERLAY_KINDS)[number];

export const SettingsSchema = z.object({
  calendars: z.partialRecord(MarketplaceSchema, CalendarOverridesSchema),
  overlays: z.object({
    'order-details': z.boolean(), 'order-list': z.boolean(), messages: z.boolean(), returns: z.boolean(), safet: z.boolean(),
  }),
  /** Whether readers may GET the same-origin JSON the page itself uses. */
  readJson: z.boolean(),
  /** Reminder lead time before a deadline, minutes. */
  notifyLeadMinutes: z.number().check(z.int(), z.gte(0), z.lte(7 * 24 * 60)),
  /** Used when the host does not name the marketplace (unified EU host) and the page does not either. */
  defaultMarketplace: z.nullable(MarketplaceSchema),
  /** v2: the marketplaces the seller sells in (options page); empty = the ones seen on Seller Central. */
  marketplaces: z.array(MarketplaceSchema).check(z.maxLength(MARKETPLACE_CODES.length)),
});
/** The seller's settings (local:settings). */
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  calendars: {},
  overlays: { 'order-details': true, 'order-list': true, messages: true, returns: true, safet: true },
  readJson: true,
  notifyLeadMinutes: 240,
  defaultMarketplace: null,
  marketplaces: [],
};

/** Settings as first published (v1): without `marketplaces`. */
export type SettingsV1 = Omit<Settings, 'marketplaces'>;

/**
 * v1 → v2: the seller's marketplaces become explicit. Seeded from what v1 implied: marketplaces with a
 * calendar override and the default marketplace, in table order.
 */
export function migrateSettingsV1toV2(v1: SettingsV1): Settings {
  const implied = new Set<string>(Object.keys(v1.calendars ?? {}));
  if (v1.defaultMarketplace) implied.add(v1.defaultMarketplace);
  return { ...v1, marketplaces: MARKETPLACE_CODES.filter((c) => implied.has(c)) };
}

/**
 * Repairs a stored settings value field by field: a field that fails validation falls back to its
 * default (and is counted); valid fields are kept.
 */
export function repairSettings(raw: unknown): { value: Settings; repaired: number } {
  if (typeof raw !== 'object' || raw === null) return { value: structuredClone(DEFAULT_SETTINGS), repaired: raw == null ? 0 : 1 };
  const src = raw as Record<string, unknown>;
  let repaired = 0;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    const field = SettingsSchema.shape[key];
    const parsed = field.safeParse(src[key]);
    if (parsed.success) out[key] = parsed.data;
    else {
      if (src[key] !== undefined) repaired++;
      out[key] = structuredClone(DEFAULT_SETTINGS[key]);
    }
  }
  // Calendars are per marketplace: keep the valid ones when one entry is broken.
  if (!SettingsSchema.shape.calendars.safeParse(src.calendars).success && typeof src.calendars === 'object' && src.calendars) {
    const cals: Partial<Record<MarketplaceCode, z.infer<typeof CalendarOverridesSchema>>> = {};
    for (const [code, cal] of Object.entries(src.calendars as Record<string, unknown>)) {
      const ok = (MARKETPLACE_CODES as readonly string[]).includes(code) && CalendarOverridesSchema.safeParse(cal).success;
      if (ok) cals[code as MarketplaceCode] = cal as z.infer<typeof CalendarOverridesSchema>;
    }
    out.calendars = cals;
  }
  return { value: out as Settings, repaired };
}

// Every item is declared `/* @__PURE__ */`: WXT's defineItem reads the item (and its version) from storage as
// soon as it is defined, so without the annotation every bundle importing this module (the overlay, in every
// Seller Central tab that shows one) read the whole action queue twice at start-up, ahead of its own settings
// read. With it, a bundle that never uses an item drops its definition and never reads it (npm run bench:
// overlay − anchor 325 → 206 ms median with 5,000 stored actions).
export const settingsItem = /* @__PURE__ */ storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 2,
  migrations: { 2: migrateSettingsV1toV2 },
});

export const OverlayUiSchema = z.object({ collapsed: z.boolean() });
/** The overlay's remembered UI state (local:overlayUi). */
export type OverlayUi = z.infer<typeof OverlayUiSchema>;

export const overlayUiItem = /* @__PURE__ */ storage.defineItem<OverlayUi>('local:overlayUi', {
  fallback: { collapsed: false },
  version: 1,
});

/** The queue as stored (v2): arrays of records so one corrupt record can be dropped alone; actions and
 * order facts in the compact tuple form of utils/actions/compact.ts. */
export interface StoredQueue {
  actions: unknown[];
  marks: unknown[];
  orders: Record<string, unknown>;
  undo: unknown[];
  marketplacesSeen: unknown[];
}

/** v1 (first shape): actions and order facts as plain objects. */
export interface StoredQueueV1 {
  actions: unknown[];
  marks: unknown[];
  orders: Record<string, unknown>;
  undo: unknown[];
  marketplacesSeen: unknown[];
}

/**
 * v1 → v2: actions and order facts to the compact tuple form (~3× smaller with 10,000 actions).
 * Records that do not validate are carried over untouched so the repair step counts and logs them.
 */
export function migrateQueueV1toV2(v1: StoredQueueV1 | null): StoredQueue | null {
  if (!v1 || typeof v1 !== 'object') return v1;
  const actions = (Array.isArray(v1.actions) ? v1.actions : []).map((a) => {
    const p = ActionSchema.safeParse(a);
    return p.success ? encodeAction(p.data) : a;
  });
  const orders: Record<string, unknown> = {};
  for (const [id, f] of Object.entries(v1.orders ?? {})) {
    const p = OrderFactSchema.safeParse(f);
    orders[id] = p.success ? encodeFact(p.data) : f;
  }
  return { ...v1, actions, orders };
}

export const queueItem = /* @__PURE__ */ storage.defineItem<StoredQueue | null>('local:queue', {
  fallback: null,
  version: 2,
  migrations: { 2: migrateQueueV1toV2 },
});

/** Counts of records dropped while reading the queue back. */
export interface RepairReport { actions: number; marks: number; orders: number; undo: number; other: number }

const ORDER_ID = /^\d{3}-\d{7}-\d{7}$/;

/** Stored queue → memory, validating record by record. Never throws; never drops valid records. */
export function parseQueue(raw: unknown): { state: QueueState; dropped: RepairReport } {
  const state = emptyQueue();
  const dropped: RepairReport = { actions: 0, marks: 0, orders: 0, undo: 0, other: 0 };
  if (raw == null) return { state, dropped };
  if (typeof raw !== 'object') return { state, dropped: { ...dropped, other: 1 } };
  const src = raw as Partial<Record<keyof StoredQueue, unknown>>;
  const list = (v: unknown, key: keyof RepairReport): unknown[] => {
    if (Array.isArray(v)) return v;
    if (v !== undefined) dropped[key]++;
    return [];
  };
  for (const item of list(src.actions, 'actions')) {
    // Tuples (v2); a plain object (v1 record left by a failed migration) is still accepted if valid.
    const a = Array.isArray(item) ? decodeAction(item) : ActionSchema.safeParse(item).data ?? null;
    if (a && a.id === expectedId(a)) state.actions[a.id] = a;
    else dropped.actions++;
  }
  for (const item of list(src.marks, 'marks')) {
    const p = MarkSchema.safeParse(item);
    if (p.success) state.marks[p.data.id] = p.data;
    else dropped.marks++;
  }
  if (typeof src.orders === 'object' && src.orders !== null && !Array.isArray(src.orders)) {
    for (const [id, fact] of Object.entries(src.orders)) {
      const f = decodeFact(fact);
      if (f && ORDER_ID.test(id)) state.orders[id] = f;
      else dropped.orders++;
    }
  } else if (src.orders !== undefined) dropped.orders++;
  for (const item of list(src.undo, 'undo')) {
    const p = UndoEntrySchema.safeParse(item);
    if (p.success) state.undo.push(p.data);
    else dropped.undo++;
  }
  for (const item of list(src.marketplacesSeen, 'other')) {
    const p = MarketplaceSchema.safeParse(item);
    if (p.success && !state.marketplacesSeen.includes(p.data)) state.marketplacesSeen.push(p.data);
    else dropped.other++;
  }
  return { state, dropped };
}

/** Memory → stored queue. */
export function serializeQueue(state: QueueState): StoredQueue {
  const orders: Record<string, unknown> = {};
  for (const [id, f] of Object.entries(state.orders)) orders[id] = encodeFact(f);
  return {
    actions: Object.values(state.actions).map(encodeAction),
    marks: Object.values(state.marks),
    orders,
    undo: state.undo,
    marketplacesSeen: state.marketplacesSeen,
  };
}

/** Total number of records dropped in a repair report. */
export function droppedCount(r: RepairReport): number {
  return r.actions + r.marks + r.orders + r.undo + r.other;
}

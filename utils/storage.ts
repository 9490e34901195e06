/**
 * Every storage key of the extension, declared once, typed and versioned (house-style.md §7).
 * - local:settings   the seller's settings (options page writes, everyone reads)
 * - local:overlayUi  the overlay's own UI state (collapsed or not)
 * - local:queue      the action queue (v2: compact tuples); written ONLY by the background (utils/actions/store.ts)
 * - local:uiTable    the chosen UI language's table for the overlay; written ONLY by the background (utils/i18n/table-cache.ts)
 * Migrations are pure functions exported for the golden tests in tests/unit/storage*.test.ts, which
 * migrate tests/fixtures/storage/<key>.v<N-1>.json and compare with <key>.v<N>.json.
 * Values read back are validated record by record: a corrupt record is dropped and counted, never the
 * whole value (architecture.md "Failure policy").
 */
import * as v from 'valibot';
import { storage } from 'wxt/utils/storage';
import { MarketplaceSchema } from './pages/observation';
import { DEFAULT_SETTINGS, migrateSettingsV1toV2, migrateSettingsV2toV3, type OverlayUi, type Settings } from './settings';
import { OVERLAY_UI_KEY, QUEUE_KEY, SETTINGS_KEY, UI_TABLE_KEY } from './storage-keys';
import {
  ActionSchema, MarkSchema, OrderFactSchema, UndoEntrySchema, emptyQueue, type QueueState,
} from './actions/model';
import { decodeAction, decodeFact, encodeAction, encodeFact, expectedId } from './actions/compact';
import type { UiTable } from './i18n/table-cache';

/** What local:uiTable holds: a table, or nothing when the overlay needs none. */
type StoredUiTable = UiTable | null;

// The settings' schema, defaults, migration and repair live in ./settings.ts (and the raw keys in
// ./storage-keys.ts) so the overlay bundles can read settings without this module's queue schemas and
// WXT's storage items; re-exported here so every key is still found from this file.
export * from './settings';
export * from './storage-keys';

// Every item is declared `/* @__PURE__ */`: WXT's defineItem reads the item (and its version) from storage as
// soon as it is defined, so without the annotation every bundle importing this module (the overlay, in every
// Seller Central tab that shows one) read the whole action queue twice at start-up, ahead of its own settings
// read. With it, a bundle that never uses an item drops its definition and never reads it (npm run bench:
// overlay − anchor 325 → 206 ms median with 5,000 stored actions).
export const settingsItem = /* @__PURE__ */ storage.defineItem<Settings>(`local:${SETTINGS_KEY}`, {
  fallback: DEFAULT_SETTINGS,
  version: 3,
  // `[3]`, not `3`: WXT's auto-import scanner misreads a second numeric key here as an export named "3".
  migrations: { 2: migrateSettingsV1toV2, [3]: migrateSettingsV2toV3 },
});

/** The overlay copy of the chosen UI language table, see utils/i18n/table-cache.ts. Written by the background only. */
export const uiTableItem = /* @__PURE__ */ storage.defineItem<StoredUiTable>(`local:${UI_TABLE_KEY}`, {
  fallback: null,
  version: 1,
});

export const overlayUiItem = /* @__PURE__ */ storage.defineItem<OverlayUi>(`local:${OVERLAY_UI_KEY}`, {
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
  /**
   * Which deadline convention computed the stored due instants (DEADLINE_CONVENTION). Absent: the first one,
   * which counted a weekend or holiday event's next business day as day 0 (one business day late).
   */
  deadlines?: number;
}

/**
 * Version of the way due instants are derived from (clock, event, rule, calendar). A stored due instant is a
 * cache of that derivation, never trusted across a change of it: a queue stamped with an older convention is
 * recomputed by the background on its next read (utils/actions/store.ts). 2: the event's own day never counts.
 */
export const DEADLINE_CONVENTION = 2;

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
    const p = v.safeParse(ActionSchema, a);
    return p.success ? encodeAction(p.output) : a;
  });
  const orders: Record<string, unknown> = {};
  for (const [id, f] of Object.entries(v1.orders ?? {})) {
    const p = v.safeParse(OrderFactSchema, f);
    orders[id] = p.success ? encodeFact(p.output) : f;
  }
  return { ...v1, actions, orders };
}

export const queueItem = /* @__PURE__ */ storage.defineItem<StoredQueue | null>(`local:${QUEUE_KEY}`, {
  fallback: null,
  version: 2,
  migrations: { 2: migrateQueueV1toV2 },
});

/** Counts of records dropped while reading the queue back. */
export interface RepairReport { actions: number; marks: number; orders: number; undo: number; other: number }

const ORDER_ID = /^\d{3}-\d{7}-\d{7}$/;

/**
 * Stored queue → memory, validating record by record. Never throws; never drops valid records.
 * `stale`: the due instants were computed under an older DEADLINE_CONVENTION and must be recomputed.
 */
export function parseQueue(raw: unknown): { state: QueueState; dropped: RepairReport; stale: boolean } {
  const state = emptyQueue();
  const dropped: RepairReport = { actions: 0, marks: 0, orders: 0, undo: 0, other: 0 };
  if (raw == null) return { state, dropped, stale: false };
  if (typeof raw !== 'object') return { state, dropped: { ...dropped, other: 1 }, stale: false };
  const src = raw as Partial<Record<keyof StoredQueue, unknown>>;
  const list = (v: unknown, key: keyof RepairReport): unknown[] => {
    if (Array.isArray(v)) return v;
    if (v !== undefined) dropped[key]++;
    return [];
  };
  for (const item of list(src.actions, 'actions')) {
    // Tuples (v2); a plain object (v1 record left by a failed migration) is still accepted if valid.
    const p = Array.isArray(item) ? null : v.safeParse(ActionSchema, item);
    const a = p ? (p.success ? p.output : null) : decodeAction(item);
    if (a && a.id === expectedId(a)) state.actions[a.id] = a;
    else dropped.actions++;
  }
  for (const item of list(src.marks, 'marks')) {
    const p = v.safeParse(MarkSchema, item);
    if (p.success) state.marks[p.output.id] = p.output;
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
    const p = v.safeParse(UndoEntrySchema, item);
    if (p.success) state.undo.push(p.output);
    else dropped.undo++;
  }
  for (const item of list(src.marketplacesSeen, 'other')) {
    const p = v.safeParse(MarketplaceSchema, item);
    if (p.success && !state.marketplacesSeen.includes(p.output)) state.marketplacesSeen.push(p.output);
    else dropped.other++;
  }
  const stale = src.deadlines !== DEADLINE_CONVENTION && Object.keys(state.actions).length > 0;
  return { state, dropped, stale };
}

/** Memory → stored queue, stamped with the deadline convention its due instants were computed under. */
export function serializeQueue(state: QueueState): StoredQueue {
  const orders: Record<string, unknown> = {};
  for (const [id, f] of Object.entries(state.orders)) orders[id] = encodeFact(f);
  return {
    actions: Object.values(state.actions).map(encodeAction),
    marks: Object.values(state.marks),
    orders,
    undo: state.undo,
    marketplacesSeen: state.marketplacesSeen,
    deadlines: DEADLINE_CONVENTION,
  };
}

/** Total number of records dropped in a repair report. */
export function droppedCount(r: RepairReport): number {
  return r.actions + r.marks + r.orders + r.undo + r.other;
}

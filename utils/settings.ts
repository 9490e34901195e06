/**
 * The seller's settings (local:settings) and the overlay's UI state (local:overlayUi): schemas, defaults,
 * the v1 → v2 migration and field-by-field repair. Split from ./storage.ts (which re-exports all of it
 * and declares the WXT storage items) so the overlay bundles, which only read these two values, do not
 * evaluate the action queue's schemas or WXT's storage items at start-up (issue 5 budgets).
 */
import * as z from 'zod/mini';
import { MARKETPLACE_CODES, type MarketplaceCode } from './marketplaces';
import { MarketplaceSchema } from './pages/observation';
import { OVERLAY_UI_KEY, SETTINGS_KEY } from './storage-keys';

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

export const OverlayUiSchema = z.object({ collapsed: z.boolean() });
/** The overlay's remembered UI state (local:overlayUi). */
export type OverlayUi = z.infer<typeof OverlayUiSchema>;

/**
 * The settings and overlay UI state from one raw `storage.local.get` (the overlay reads both in a single
 * request as its bundle starts: components/overlay/host/boot.ts). Nothing is written: the background
 * migrates the stored value at start-up (settingsItem's v2 migration); a value still without
 * `marketplaces` is migrated in memory, and every field that fails validation falls back to its default.
 */
export function settingsFromStorage(raw: Record<string, unknown>): { settings: Settings; overlayUi: OverlayUi } {
  const stored = raw[SETTINGS_KEY];
  const v2 = stored && typeof stored === 'object' && !('marketplaces' in stored) ? migrateSettingsV1toV2(stored as SettingsV1) : stored;
  const ui = OverlayUiSchema.safeParse(raw[OVERLAY_UI_KEY]);
  return { settings: repairSettings(v2).value, overlayUi: ui.success ? ui.data : { collapsed: false } };
}

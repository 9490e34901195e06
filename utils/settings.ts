/**
 * The seller's settings (local:settings) and the overlay's UI state (local:overlayUi): schemas, defaults,
 * the v1 → v2 migration and field-by-field repair. Split from ./storage.ts (which re-exports all of it
 * and declares the WXT storage items) so the overlay bundles, which only read these two values, do not
 * evaluate the action queue's schemas or WXT's storage items at start-up (issue 5 budgets).
 */
import * as v from 'valibot';
import { MARKETPLACE_CODES, type MarketplaceCode } from './marketplaces';
import { MarketplaceSchema } from './pages/observation';
import { OVERLAY_UI_KEY, SETTINGS_KEY } from './storage-keys';
import { UI_LANGUAGES } from './i18n/languages';

const DateOnly = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));

/** Same shape as utils/calendar CalendarOverrides (H1a); validated here because settings cross storage. */
export const CalendarOverridesSchema = v.object({
  timeZone: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(64))),
  weekend: v.optional(v.pipe(v.array(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(6))), v.maxLength(6))),
  holidaysAdded: v.optional(v.pipe(v.array(DateOnly), v.maxLength(400))),
  holidaysRemoved: v.optional(v.pipe(v.array(DateOnly), v.maxLength(400))),
});

/** Page kinds that can show an overlay. */
export const OVERLAY_KINDS = ['order-details', 'order-list', 'messages', 'returns', 'safet'] as const;
/** A page kind with an overlay. */
export type OverlayKind = (typeof OVERLAY_KINDS)[number];

export const SettingsSchema = v.object({
  // Not an array: valibot's record() would read one as a record with no entries and call it valid.
  calendars: v.pipe(
    v.unknown(),
    v.check((value) => !Array.isArray(value), 'calendars: an object keyed by marketplace, not an array'),
    v.record(MarketplaceSchema, CalendarOverridesSchema),
  ),
  overlays: v.object({
    'order-details': v.boolean(), 'order-list': v.boolean(), messages: v.boolean(), returns: v.boolean(), safet: v.boolean(),
  }),
  /** Whether readers may GET the same-origin JSON the page itself uses. */
  readJson: v.boolean(),
  /** Reminder lead time before a deadline, minutes. */
  notifyLeadMinutes: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(7 * 24 * 60)),
  /** Used when the host does not name the marketplace (unified EU host) and the page does not either. */
  defaultMarketplace: v.nullable(MarketplaceSchema),
  /** v2: the marketplaces the seller sells in (options page); empty = the ones seen on Seller Central. */
  marketplaces: v.pipe(v.array(MarketplaceSchema), v.maxLength(MARKETPLACE_CODES.length)),
  /** The UI language: 'browser' follows the browser's UI language (utils/i18n/languages.ts). */
  language: v.picklist(['browser', ...UI_LANGUAGES]),
  /** On Seller Central, the overlay follows the page's own `<html lang>` when it is one of the six. */
  overlayPageLanguage: v.boolean(),
});
/** The seller's settings (local:settings). */
export type Settings = v.InferOutput<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  calendars: {},
  overlays: { 'order-details': true, 'order-list': true, messages: true, returns: true, safet: true },
  readJson: true,
  notifyLeadMinutes: 240,
  defaultMarketplace: null,
  marketplaces: [],
  language: 'browser',
  overlayPageLanguage: false,
};

/** Settings v2: without the language fields (v3). */
export type SettingsV2 = Omit<Settings, 'language' | 'overlayPageLanguage'>;
/** Settings as first published (v1): without `marketplaces`. */
export type SettingsV1 = Omit<SettingsV2, 'marketplaces'>;

/**
 * v1 → v2: the seller's marketplaces become explicit. Seeded from what v1 implied: marketplaces with a
 * calendar override and the default marketplace, in table order.
 */
export function migrateSettingsV1toV2(v1: SettingsV1): SettingsV2 {
  const implied = new Set<string>(Object.keys(v1.calendars ?? {}));
  if (v1.defaultMarketplace) implied.add(v1.defaultMarketplace);
  return { ...v1, marketplaces: MARKETPLACE_CODES.filter((c) => implied.has(c)) };
}

/** v2 → v3: the UI language (follow the browser) and the overlay's page-language option (off). */
export function migrateSettingsV2toV3(v2: SettingsV2): Settings {
  return { ...v2, language: 'browser', overlayPageLanguage: false };
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
    const parsed = v.safeParse(SettingsSchema.entries[key], src[key]);
    if (parsed.success) out[key] = parsed.output;
    else {
      if (src[key] !== undefined) repaired++;
      out[key] = structuredClone(DEFAULT_SETTINGS[key]);
    }
  }
  // Calendars are per marketplace: keep the valid ones when one entry is broken.
  if (!v.is(SettingsSchema.entries.calendars, src.calendars) && typeof src.calendars === 'object' && src.calendars) {
    const cals: Partial<Record<MarketplaceCode, v.InferOutput<typeof CalendarOverridesSchema>>> = {};
    for (const [code, cal] of Object.entries(src.calendars as Record<string, unknown>)) {
      const ok = (MARKETPLACE_CODES as readonly string[]).includes(code) && v.is(CalendarOverridesSchema, cal);
      if (ok) cals[code as MarketplaceCode] = cal as v.InferOutput<typeof CalendarOverridesSchema>;
    }
    out.calendars = cals;
  }
  return { value: out as Settings, repaired };
}

export const OverlayUiSchema = v.object({ collapsed: v.boolean() });
/** The overlay's remembered UI state (local:overlayUi). */
export type OverlayUi = v.InferOutput<typeof OverlayUiSchema>;

/**
 * The settings and overlay UI state from one raw `storage.local.get` (the overlay reads both in a single
 * request as its bundle starts: components/overlay/host/boot.ts). Nothing is written: the background
 * migrates the stored value at start-up (settingsItem's v2 and v3 migrations); a value still without
 * `marketplaces` or `language` is migrated in memory, and every field that fails validation falls back to its default.
 */
export function settingsFromStorage(raw: Record<string, unknown>): { settings: Settings; overlayUi: OverlayUi } {
  const stored = raw[SETTINGS_KEY];
  const isObject = !!stored && typeof stored === 'object';
  const v2 = isObject && !('marketplaces' in stored) ? migrateSettingsV1toV2(stored as SettingsV1) : stored;
  const v3 = isObject && !('language' in (v2 as object)) ? migrateSettingsV2toV3(v2 as SettingsV2) : v2;
  const ui = v.safeParse(OverlayUiSchema, raw[OVERLAY_UI_KEY]);
  return { settings: repairSettings(v3).value, overlayUi: ui.success ? ui.output : { collapsed: false } };
}

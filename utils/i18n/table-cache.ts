/**
 * The chosen UI language's table, kept in storage.local (`uiTable`) by the background for the overlay:
 * an overlay in a language that is not the browser's reads it in the same single `storage.local.get` as
 * its settings (components/overlay/host/boot.ts) instead of messaging a service worker that may be
 * asleep before its first render. Only the page sections (≈ 30 kB), only for a chosen language other
 * than English and the browser's; stamped with the extension version so an update refreshes it.
 */
import * as v from 'valibot';
import { UI_LANGUAGES, type UiLanguage } from './languages';
import type { MessageTable } from './translate';

export const UiTableSchema = v.object({
  lang: v.picklist(UI_LANGUAGES),
  version: v.string(),
  table: v.record(v.string(), v.string()),
});
/** The stored table (local:uiTable). */
export type UiTable = v.InferOutput<typeof UiTableSchema>;

/** The stored table when it is valid, for `lang` and this extension version; else null. */
export function cachedTable(raw: unknown, lang: UiLanguage, stamp: string): MessageTable | null {
  const parsed = v.safeParse(UiTableSchema, raw);
  return parsed.success && parsed.output.lang === lang && parsed.output.version === stamp ? parsed.output.table : null;
}

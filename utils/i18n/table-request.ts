/**
 * The background's side of `sfp:i18n-table` (./load.ts): the page sections of one language's table
 * for an overlay whose language is not the browser's. Handled beside the queue's messages, like
 * utils/inject.ts; the request is validated here.
 */
import { browser } from 'wxt/browser';
import { uiTableItem } from '../storage';
import { UI_LANGUAGES, type UiLanguage } from './languages';
import { cachedTable } from './table-cache';
import { loadTable } from './load';
import type { MessageTable } from './translate';

/** Sections a Seller Central page shows (flat-key prefixes). */
const PAGE_SECTIONS = ['common_', 'overlay_', 'order_', 'lists_', 'policy_', 'guidance_', 'time_', 'date_'];

/** True for a valid `{ type: 'sfp:i18n-table', lang }` request. */
export function isTableRequest(message: unknown): message is { type: 'sfp:i18n-table'; lang: UiLanguage } {
  const m = message as { type?: unknown; lang?: unknown } | null;
  return !!m && m.type === 'sfp:i18n-table' && (UI_LANGUAGES as readonly unknown[]).includes(m.lang);
}

/** The page sections of a language's table (what an overlay shows). */
export async function pageTable(lang: UiLanguage): Promise<MessageTable> {
  const full = await loadTable(lang);
  const table: Record<string, string> = {};
  for (const [key, value] of Object.entries(full)) if (PAGE_SECTIONS.some((p) => key.startsWith(p))) table[key] = value;
  return table;
}

/** The page sections of the requested table, or a failure. */
export async function handleTableRequest(message: { lang: UiLanguage }): Promise<{ ok: true; table: MessageTable } | { ok: false; error: string }> {
  try {
    return { ok: true, table: await pageTable(message.lang) };
  } catch (error) {
    return { ok: false, error: String(error) };
  }
}

/**
 * Keeps the overlay's copy of the chosen language's table (./table-cache.ts) in step with the language:
 * written once per language and extension version, removed when the overlay needs none (English, or the
 * browser's own language, which it reads through browser.i18n).
 */
export async function keepOverlayTable(lang: UiLanguage, browserLang: UiLanguage | null, item = uiTableItem): Promise<void> {
  if (lang === 'en' || lang === browserLang) {
    if ((await item.getValue()) !== null) await item.removeValue();
    return;
  }
  const stamp = browser.runtime.getManifest().version;
  if (cachedTable(await item.getValue(), lang, stamp)) return;
  await item.setValue({ lang, version: stamp, table: await pageTable(lang) });
}

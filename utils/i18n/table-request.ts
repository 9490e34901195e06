/**
 * The background's side of `sfp:i18n-table` (./load.ts): the page sections of one language's table
 * for an overlay whose language is not the browser's. Handled beside the queue's messages, like
 * utils/inject.ts; the request is validated here.
 */
import { UI_LANGUAGES, type UiLanguage } from './languages';
import { loadTable } from './load';
import type { MessageTable } from './translate';

/** Sections a Seller Central page shows (flat-key prefixes). */
const PAGE_SECTIONS = ['common_', 'overlay_', 'order_', 'lists_', 'policy_', 'guidance_', 'time_', 'date_'];

/** True for a valid `{ type: 'sfp:i18n-table', lang }` request. */
export function isTableRequest(message: unknown): message is { type: 'sfp:i18n-table'; lang: UiLanguage } {
  const m = message as { type?: unknown; lang?: unknown } | null;
  return !!m && m.type === 'sfp:i18n-table' && (UI_LANGUAGES as readonly unknown[]).includes(m.lang);
}

/** The page sections of the requested table, or a failure. */
export async function handleTableRequest(message: { lang: UiLanguage }): Promise<{ ok: true; table: MessageTable } | { ok: false; error: string }> {
  try {
    const full = await loadTable(message.lang);
    const table: Record<string, string> = {};
    for (const [key, value] of Object.entries(full)) if (PAGE_SECTIONS.some((p) => key.startsWith(p))) table[key] = value;
    return { ok: true, table };
  } catch (error) {
    return { ok: false, error: String(error) };
  }
}

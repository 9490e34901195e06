/**
 * On-demand injection of the overlay UI (entrypoints/overlay.content, registration: 'runtime').
 * The router content script sends { type: 'sfp:inject-overlay' }; the background injects the UI
 * bundle into that tab and frame only. Keeps React out of pages that show nothing.
 */
import { browser, type Browser } from 'wxt/browser';
import { settingsItem } from './storage';

export const INJECT_OVERLAY = 'sfp:inject-overlay' as const;
export const OVERLAY_SCRIPT = '/content-scripts/overlay.js';

export function isInjectRequest(message: unknown): message is { type: typeof INJECT_OVERLAY; kind?: unknown } {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === INJECT_OVERLAY;
}

/**
 * Injects the overlay into the sender's frame. With the router's page `kind`, skips kinds the seller
 * switched off (settings.overlays): the router itself reads no storage, to stay within its budget.
 */
export async function handleInjectRequest(
  sender: Browser.runtime.MessageSender,
  message?: { kind?: unknown },
): Promise<{ ok: boolean; error?: string }> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return { ok: false, error: 'no tab' };
  if (typeof message?.kind === 'string') {
    const overlays = await settingsItem.getValue().then((s) => s?.overlays as Record<string, unknown> | undefined, () => undefined);
    if (overlays?.[message.kind] === false) return { ok: false, error: 'overlay off' };
  }
  try {
    await browser.scripting.executeScript({
      target: { tabId, frameIds: [sender.frameId ?? 0] },
      files: [OVERLAY_SCRIPT],
      // Not held back until document_idle: the overlay waits for its own anchors (issue 5 budget:
      // visible ≤ 150 ms after the anchor appears).
      injectImmediately: true,
    });
    return { ok: true };
  } catch (error) {
    return { ok: false, error: String(error) };
  }
}

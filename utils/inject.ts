/**
 * On-demand injection of the overlay UI (entrypoints/overlay.content, registration: 'runtime').
 * The router content script sends { type: 'sfp:inject-overlay' }; the background injects the UI
 * bundle into that tab and frame only. Keeps React out of pages that show nothing.
 */
import { browser, type Browser } from 'wxt/browser';

export const INJECT_OVERLAY = 'sfp:inject-overlay' as const;
export const OVERLAY_SCRIPT = '/content-scripts/overlay.js';

export function isInjectRequest(message: unknown): message is { type: typeof INJECT_OVERLAY } {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === INJECT_OVERLAY;
}

export async function handleInjectRequest(sender: Browser.runtime.MessageSender): Promise<{ ok: boolean; error?: string }> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return { ok: false, error: 'no tab' };
  try {
    await browser.scripting.executeScript({
      target: { tabId, frameIds: [sender.frameId ?? 0] },
      files: [OVERLAY_SCRIPT],
    });
    return { ok: true };
  } catch (error) {
    return { ok: false, error: String(error) };
  }
}

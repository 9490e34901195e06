/**
 * On-demand injection of the overlay UI, Firefox's path and Chromium's fallback: one bundle per page kind
 * (entrypoints/overlay-<kind>.content, registration: 'runtime'). In Chromium the router imports its page's
 * bundle itself (loadOverlay in entrypoints/seller-central.content/route.ts); in Firefox, or when that
 * import fails, it sends { type: 'sfp:inject-overlay', kind } and the background injects that kind's
 * bundle into that tab and frame only. Either way the UI stays out of pages that show nothing, and each
 * page's bundle free of the other kinds' code.
 */
import { browser, type Browser } from 'wxt/browser';
import { overlayScript } from '@/entrypoints/seller-central.content/route';
import { OVERLAY_KINDS, settingsItem, type OverlayKind } from './storage';

export const INJECT_OVERLAY = 'sfp:inject-overlay' as const;

function isOverlayKind(kind: unknown): kind is OverlayKind {
  return (OVERLAY_KINDS as readonly unknown[]).includes(kind);
}

export function isInjectRequest(message: unknown): message is { type: typeof INJECT_OVERLAY; kind?: unknown } {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === INJECT_OVERLAY;
}

/**
 * Injects the overlay bundle of the router's page `kind` into the sender's frame; skips kinds the
 * seller switched off (settings.overlays): the router itself reads no storage, to stay within its budget.
 */
export async function handleInjectRequest(
  sender: Browser.runtime.MessageSender,
  message?: { kind?: unknown },
): Promise<{ ok: boolean; error?: string }> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return { ok: false, error: 'no tab' };
  const kind = message?.kind;
  if (!isOverlayKind(kind)) return { ok: false, error: 'unknown kind' };
  const overlays = await settingsItem.getValue().then((s) => s?.overlays as Record<string, unknown> | undefined, () => undefined);
  if (overlays?.[kind] === false) return { ok: false, error: 'overlay off' };
  try {
    await browser.scripting.executeScript({
      target: { tabId, frameIds: [sender.frameId ?? 0] },
      files: [overlayScript(kind)],
      // Not held back until document_idle: the overlay waits for its own anchors (issue 5 budget:
      // visible ≤ 150 ms after the anchor appears).
      injectImmediately: true,
    });
    return { ok: true };
  } catch (error) {
    return { ok: false, error: String(error) };
  }
}

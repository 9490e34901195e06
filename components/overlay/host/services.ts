/**
 * The overlay's services wired to the extension: the background queue (typed messages of
 * utils/actions/messages.ts), the overlay UI state in storage, the clipboard and the page snapshot.
 */
import { browser } from 'wxt/browser';
import { sendToBackground } from '@/utils/actions/send';
import type { Observation } from '@/utils/pages/observation';
import { snapshotPage } from '@/utils/pages/snapshot';
import { createOrderStateBatcher, createOrderStateCache } from './order-state-batch';
import { OVERLAY_UI_KEY } from '@/utils/storage-keys';
import { OVERLAY_ERROR, type OverlayErrorReport, type OverlayServices } from '@/components/overlay/services';

function fail(reply: unknown): never {
  const error = (reply as { error?: unknown } | undefined)?.error;
  throw new Error(typeof error === 'string' ? error : 'background refused');
}

/** Services for the live overlay in `doc`. */
export function createExtensionServices(
  doc: Document,
): OverlayServices & { observe(o: Observation): void; forgetOrderStates(): void } {
  const reported = new Set<string>();
  const states = createOrderStateCache(
    createOrderStateBatcher(async (orderIds) => {
      const reply = await sendToBackground({ type: 'sfp:order-states', orderIds: [...orderIds] });
      if ('ok' in reply) fail(reply);
      return reply;
    }),
  );
  return {
    orderState: states.get,
    settledOrderState: states.settled,
    forgetOrderStates: states.forget,
    async mark(mark) {
      const reply = await sendToBackground({ type: 'sfp:mark', mark });
      // The queue changed: answers kept for this page are out of date (the panel keeps its own copy).
      states.forget();
      if (!reply.ok) fail(reply);
      return reply.markId;
    },
    async unmark(markId) {
      const reply = await sendToBackground({ type: 'sfp:unmark', markId });
      states.forget();
      if (!reply.ok) fail(reply);
    },
    observe(observation) {
      void sendToBackground({ type: 'sfp:observe', observation });
    },
    copyText: (text) => copyText(doc, text),
    snapshot: () => snapshotPage(doc),
    reportError(where, error) {
      const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      const key = `${where}|${message}`;
      if (reported.has(key)) return;
      reported.add(key);
      const stack = error instanceof Error ? error.stack?.slice(0, 2000) : undefined;
      const report: OverlayErrorReport = { type: OVERLAY_ERROR, where, message: message.slice(0, 500), stack };
      browser.runtime.sendMessage(report).catch(() => undefined);
    },
    setCollapsed(collapsed) {
      // The overlay's own UI state (local:overlayUi, version 1: no migration meta to keep).
      browser.storage.local.set({ [OVERLAY_UI_KEY]: { collapsed } }).catch(() => undefined);
    },
  };
}

/** Clipboard write from a click handler; falls back to execCommand where the async API is refused. */
async function copyText(doc: Document, text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    // Permissions policy of the host page may block the async clipboard: use the legacy path.
  }
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.cssText = 'position:fixed;left:-9999px;top:0;opacity:0';
  doc.body.append(area);
  try {
    area.select();
    if (!doc.execCommand('copy')) throw new Error('copy refused');
  } finally {
    area.remove();
  }
}

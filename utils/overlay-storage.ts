/**
 * The overlay's one storage read: the seller's settings and the overlay's UI state, raw (turn them into
 * values with settingsFromStorage, ./settings.ts). On an order page the router needs the settings itself
 * (may it start the order JSON?), so it makes this read at document_start and hands the answer over
 * (./handover.ts); the bundle's first module (components/overlay/host/boot.ts) takes it instead of
 * asking storage a second time. One `storage.local.get`, no WXT storage item: defineItem would read each
 * item again (and run migrations) from every tab — the background migrates, pages only read.
 */
import { browser } from 'wxt/browser';
import { handOver, takeHandedOver } from './handover';
import { OVERLAY_UI_KEY, SETTINGS_KEY } from './storage-keys';

type Raw = Record<string, unknown>;
const KEY = 'overlay storage';

/** Reads settings and UI state; {} when storage cannot be read (defaults apply). */
export function readOverlayStorage(): Promise<Raw> {
  try {
    return browser.storage.local.get([SETTINGS_KEY, OVERLAY_UI_KEY]).catch(() => ({}));
  } catch {
    // No extension context (reloaded extension): defaults, and the overlay's own checks stop it.
    return Promise.resolve({});
  }
}

/** The router's read: made now, and left for an overlay bundle started on this same page view. */
export function readOverlayStorageForPage(pageUrl: string): Promise<Raw> {
  const read = readOverlayStorage();
  handOver(KEY, pageUrl, read);
  return read;
}

/** The read the router made for `pageUrl`, taken once; else a new read. */
export function overlayStorageFor(pageUrl: string): Promise<Raw> {
  return takeHandedOver<Promise<Raw>>(KEY, pageUrl) ?? readOverlayStorage();
}

/**
 * The overlay bundle's first statement: the one storage read it needs (settings + its UI state), sent
 * before the rest of the bundle is evaluated, so the answer is waiting when the controller starts
 * instead of costing a round trip after it (./bundle.ts imports this module first; it imports nothing
 * heavier than the storage keys). One `storage.local.get`, no WXT storage item: defineItem would read
 * each item again (and run migrations) from every tab — the background migrates, the overlay only reads.
 */
import { browser } from 'wxt/browser';
import { OVERLAY_UI_KEY, SETTINGS_KEY, UI_TABLE_KEY } from '@/utils/storage-keys';

function read(): Promise<Record<string, unknown>> {
  try {
    return browser.storage.local.get([SETTINGS_KEY, OVERLAY_UI_KEY, UI_TABLE_KEY]).catch(() => ({}));
  } catch {
    // No extension context (reloaded extension): defaults, and the controller's own checks stop it.
    return Promise.resolve({});
  }
}

/**
 * Raw settings, overlay UI state and the chosen language's table (when the background keeps one), read as
 * the bundle started; turn into values with settingsFromStorage and cachedTable.
 */
export const storedAtStart: Promise<Record<string, unknown>> = read();

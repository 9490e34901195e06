/**
 * Router decisions, kept free of libraries so the router bundle stays tiny.
 * The settings are read raw from extension storage rather than through utils/storage.ts (which
 * validates with zod): the router only needs one boolean, and a missing or malformed value means
 * "enabled" — the overlay bundle re-checks with the validated settings anyway.
 */
import type { PageKind } from '@/utils/pages/detect';

/** Attribute the overlay bundle sets on <html> once injected, so it is injected once per document. */
export const OVERLAY_MARK = 'data-sfp-guide-overlay';

/** Raw storage key of H4's `settingsItem` ('local:settings' in utils/storage.ts). */
export const SETTINGS_STORAGE_KEY = 'settings';

type StorageGet = (key: string) => Promise<Record<string, unknown>>;

/** True when this page kind has an overlay and the seller has not switched it off. */
export async function overlayWanted(kind: PageKind, get: StorageGet): Promise<boolean> {
  if (kind === 'other') return false;
  let stored: unknown;
  try {
    stored = (await get(SETTINGS_STORAGE_KEY))[SETTINGS_STORAGE_KEY];
  } catch {
    return true;
  }
  const overlays = (stored as { overlays?: unknown } | null | undefined)?.overlays;
  if (typeof overlays !== 'object' || overlays === null) return true;
  return (overlays as Record<string, unknown>)[kind] !== false;
}

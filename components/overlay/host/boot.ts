/**
 * The overlay bundle's first statement: its one storage read (settings + its UI state), sent before the
 * rest of the bundle is evaluated, so the answer is waiting when the controller starts instead of
 * costing a round trip after it (./bundle.ts imports this module first; it imports nothing heavier than
 * the storage keys). On an order page the router has already made that read: it is taken, not repeated
 * (utils/overlay-storage.ts).
 */
import { overlayStorageFor } from '@/utils/overlay-storage';

/** Raw settings and overlay UI state, read as the bundle started; turn into values with settingsFromStorage. */
// `location` may be missing: WXT evaluates entrypoint modules in Node at build time (the read then fails
// quietly into defaults, and nothing runs it).
export const storedAtStart: Promise<Record<string, unknown>> = overlayStorageFor(globalThis.location?.href ?? '');

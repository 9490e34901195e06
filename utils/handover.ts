/**
 * Values the router content script leaves for an overlay bundle injected into the same page view: an
 * answer it already asked for, so the bundle does not ask again. They live on the global object of the
 * extension's isolated world, which the router and the overlay bundles share in a frame and the page
 * never sees. Each value is tied to the page URL it was made for and taken at most once. Imports
 * nothing: the router loads it on every order page.
 */
interface Slot {
  pageUrl: string;
  value: unknown;
}
const slots = globalThis as unknown as { __sfpGuideHandover?: Map<string, Slot> };

/** Leaves `value` under `key` for the page now at `pageUrl` (replacing an earlier one). */
export function handOver(key: string, pageUrl: string, value: unknown): void {
  (slots.__sfpGuideHandover ??= new Map()).set(key, { pageUrl, value });
}

/** The value left under `key` for `pageUrl`, taken once; null when there is none for that page. */
export function takeHandedOver<T>(key: string, pageUrl: string): T | null {
  const slot = slots.__sfpGuideHandover?.get(key);
  if (!slot || slot.pageUrl !== pageUrl) return null;
  slots.__sfpGuideHandover!.delete(key);
  return slot.value as T;
}

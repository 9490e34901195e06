/**
 * The raw keys in storage.local (WXT's `local:<key>` items in ./storage.ts; WXT keeps an item's version
 * under `<key>$`). Declared here without any import, so an overlay bundle can start reading settings as
 * its very first statement, before the rest of the bundle is evaluated (components/overlay/host/boot.ts).
 */
export const SETTINGS_KEY = 'settings';
export const OVERLAY_UI_KEY = 'overlayUi';
export const QUEUE_KEY = 'queue';
/** The page sections of the chosen UI language's table, for the overlay (utils/i18n/table-cache.ts). */
export const UI_TABLE_KEY = 'uiTable';

/**
 * The overlay's feature registry: page kind → feature (the Refined GitHub model: one feature per
 * file, one line here).
 *
 * ADDING A PAGE KIND
 *   1. Write one file, e.g. components/overlay/lists/returns-feature.tsx, exporting
 *        export const returnsFeature = defineFeature({
 *          kind: 'returns',                       // a PageKind from utils/pages/detect.ts
 *          title: 'Returns',                      // shown in the bar and the ARIA label
 *          anchors: ['#some-header'],             // where the panel sits; [] → floating card
 *          read: readReturns,                     // the reader: (doc, ReadContext) → ReadResult, never throws
 *          Panel: ReturnsPanel,                   // optional: the panel inside [data-sfp-overlay]
 *          decorate: (obs, env, signal) => {...}, // optional: per-row chips; undo all on signal abort
 *          handler, compact, matches,             // optional, see ./feature.ts
 *        });
 *      and end it with a "Test URLs" comment naming its fixtures.
 *   2. Add one line to FEATURES below.
 *   3. Add its bundle, entrypoints/overlay-<kind>.content/index.ts (three lines, like the others):
 *        export default defineOverlayBundle(returnsFeature);
 *      Each page kind is its own bundle, so a page parses only its own feature's code.
 *   That is all: the router (entrypoints/seller-central.content) already asks the background to inject
 *   the bundle of every kind except 'other' unless the seller turned it off (settings.overlays), and
 *   the overlay controller (components/overlay/host/controller.tsx) reads, renders, wraps the panel in
 *   an error boundary, re-runs it on SPA navigation and removes it on pages of other kinds.
 *   tests/component/overlay/router-and-registry.test.ts checks every feature and its bundle.
 */
import type { OverlayKind } from '@/utils/storage';
import type { OverlayFeature } from './feature';
import { orderDetailsFeature } from './order-details/feature';
import { messagesFeature } from './lists/messages-feature';
import { orderListFeature } from './lists/order-list-feature';
import { returnsFeature } from './lists/returns-feature';
import { safetFeature } from './lists/safet-feature';

/** Every feature by page kind. Each ships in its own bundle (entrypoints/overlay-<kind>.content); this list
 * is what the registry tests check against those bundles. */
export type FeatureRegistry = { readonly [K in OverlayKind]?: OverlayFeature<K> };

export const FEATURES: FeatureRegistry = {
  'order-details': orderDetailsFeature,
  'order-list': orderListFeature,
  messages: messagesFeature,
  returns: returnsFeature,
  safet: safetFeature,
};


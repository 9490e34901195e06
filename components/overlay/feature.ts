/**
 * The shape of one overlay feature: what a page kind reads and shows. One file per page kind
 * (components/overlay/<kind>/feature.tsx or components/overlay/lists/<kind>.tsx), registered with
 * one line in ./registry.ts — see the notes there.
 */
import type { ComponentType } from 'react';
import type { DetectedPage } from '@/utils/pages/detect';
import type { Observation, ReadResult } from '@/utils/pages/observation';
import type { ReadContext } from '@/utils/pages/read-context';
import type { OverlayKind } from '@/utils/storage';
import type { OverlayEnv } from './overlay-env';
import type { MessageKey } from '@/utils/i18n/translate';

/** The observation type a page kind produces. */
export type ObservationOf<K extends OverlayKind> = Extract<Observation, { kind: K }>;

/** Who answers post-order contacts: the `data-sfp-handler` of the overlay root. */
export type Handler = 'amazon-cs' | 'seller';

/** Props of a feature's main panel. */
export interface PanelProps<O extends Observation> {
  observation: O;
  page: DetectedPage;
}

/** One page kind's overlay. */
export interface OverlayFeature<K extends OverlayKind = OverlayKind> {
  kind: K;
  /** Table key of the short title shown in the overlay bar and used in its ARIA label. */
  title: MessageKey;
  /**
   * Where the panel sits: CSS selectors tried in order; the panel is inserted after the first match.
   * None found (or an empty list) → a floating card in the corner.
   */
  anchors: readonly string[];
  /** The reader for this kind. Never throws (readers contract). */
  read(doc: Document, ctx: ReadContext): Promise<ReadResult<ObservationOf<K>>>;
  /** The `data-sfp-handler` value for this observation, when the feature decides one. */
  handler?(observation: ObservationOf<K>): Handler | undefined;
  /**
   * False when the observation belongs to another page than the URL (after an SPA navigation the old
   * page can still be in the DOM): the overlay then waits for the page to change and reads again.
   */
  matches?(observation: ObservationOf<K>, page: DetectedPage): boolean;
  /** True to render the panel as a compact chip without the overlay bar (e.g. "Not SFP"). */
  compact?(observation: ObservationOf<K>): boolean;
  /**
   * Orders whose queue state (marks, queued deadlines) the panel shows. The overlay asks the background
   * for them before the first render (briefly: QUEUE_WAIT_MS in host/controller.tsx), so the panel renders
   * once with them instead of a "Checking…" render and a second one.
   */
  queueOrderIds?(observation: ObservationOf<K>): readonly string[];
  /** The main panel; omit for features that only decorate the page (list chips). */
  Panel?: ComponentType<PanelProps<ObservationOf<K>>>;
  /**
   * Optional in-page decorations (e.g. a chip per list row). Called after each successful read; must
   * undo everything it added when `signal` aborts (SPA navigation, re-read, or context invalidation).
   */
  decorate?(observation: ObservationOf<K>, env: OverlayEnv, signal: AbortSignal): void;
}

/** Identity helper that keeps a feature's kind and observation types tied together. */
export function defineFeature<K extends OverlayKind>(feature: OverlayFeature<K>): OverlayFeature<K> {
  return feature;
}

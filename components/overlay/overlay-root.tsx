/**
 * The overlay's root element inside the shadow root: `[data-sfp-overlay]` with `data-sfp-page` and,
 * when the feature decides it, `data-sfp-handler` (shared test hooks). A bar with the collapse toggle
 * (remembered via overlayUiItem), then the feature's panel inside an error boundary.
 */
import { useId, useState } from 'react';
import type { DetectedPage } from '@/utils/pages/detect';
import type { Observation } from '@/utils/pages/observation';
import { PanelBoundary } from './error-boundary';
import type { OverlayFeature } from './feature';
import { OverlayEnvProvider, type OverlayEnv } from './overlay-env';
import { UnrecognisedChip } from './unrecognised-chip';
import { t, translator } from '@/utils/i18n/active';

/** What the overlay currently shows for the page. */
export type OverlayView =
  | { status: 'ok'; page: DetectedPage; feature: OverlayFeature; observation: Observation }
  | { status: 'unrecognised'; page: DetectedPage; missing: readonly string[] };

interface Props {
  view: OverlayView;
  env: OverlayEnv;
  /** Collapsed state remembered from the last page (overlayUiItem). */
  initiallyCollapsed: boolean;
  /** True when no inline anchor was found and the overlay floats in a corner. */
  floating?: boolean;
}

/** Root of everything the overlay renders. */
export function OverlayRoot({ view, env, initiallyCollapsed, floating = false }: Props) {
  return (
    <OverlayEnvProvider value={env}>
      <PanelBoundary name="overlay" onError={env.services.reportError}>
        {view.status === 'unrecognised' ? (
          <section
            className={floating ? 'sfp-root sfp-floating sfp-compact' : 'sfp-root sfp-compact'}
            data-sfp-overlay=""
            data-sfp-page={view.page.kind}
            lang={translator().lang}
            aria-label={t('common.brand')}
          >
            <UnrecognisedChip missing={view.missing} />
          </section>
        ) : (
          <FeatureShell view={view} env={env} initiallyCollapsed={initiallyCollapsed} floating={floating} />
        )}
      </PanelBoundary>
    </OverlayEnvProvider>
  );
}

function FeatureShell({ view, env, initiallyCollapsed, floating }: Props & { view: Extract<OverlayView, { status: 'ok' }> }) {
  const [collapsed, setCollapsed] = useState(initiallyCollapsed);
  const bodyId = useId();
  const { feature, observation, page } = view;
  // The registry guarantees feature.kind === observation.kind; TypeScript cannot see across the map.
  const f = feature as unknown as OverlayFeature<typeof observation.kind>;
  const Panel = f.Panel;
  if (!Panel) return null;
  const handler = f.handler?.(observation as never);
  const panel = (
    <PanelBoundary name={f.kind} onError={env.services.reportError}>
      <Panel observation={observation as never} page={page} />
    </PanelBoundary>
  );
  if (f.compact?.(observation as never)) {
    return (
      <section
        className={floating ? 'sfp-root sfp-floating sfp-compact' : 'sfp-root sfp-compact'}
        data-sfp-overlay=""
        data-sfp-page={page.kind}
        data-sfp-handler={handler}
        lang={translator().lang}
        aria-label={t('overlay.bar.label', { title: t(f.title) })}
      >
        <div className="sfp-chip-body">{panel}</div>
      </section>
    );
  }
  const toggle = () => {
    const next = !collapsed;
    setCollapsed(next);
    env.services.setCollapsed(next);
  };
  return (
    <section
      className={floating ? 'sfp-root sfp-floating' : 'sfp-root'}
      data-sfp-overlay=""
      data-sfp-page={page.kind}
      data-sfp-handler={handler}
      lang={translator().lang}
      aria-label={t('overlay.bar.label', { title: t(f.title) })}
    >
      <div className="sfp-bar">
        <span className="sfp-brand" aria-hidden="true">{t('common.brand')}</span>
        <span className="sfp-title">{t(f.title)}</span>
        <button
          type="button"
          className="sfp-toggle"
          aria-expanded={!collapsed}
          aria-controls={bodyId}
          data-sfp-toggle=""
          onClick={toggle}
        >
          {t(collapsed ? 'overlay.bar.show' : 'overlay.bar.hide')}
          <span className="sfp-sr"> {t('overlay.bar.details')}</span>
        </button>
      </div>
      <div id={bodyId} className="sfp-body" hidden={collapsed}>
        {panel}
      </div>
    </section>
  );
}

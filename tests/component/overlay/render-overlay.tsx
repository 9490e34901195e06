/**
 * Test helper: renders the overlay root with fake services (recording every call), a chosen clock and
 * settings — the same props the live controller passes.
 */
import { render } from '@testing-library/react';
import { vi } from 'vitest';
import { orderDetailsFeature } from '@/components/overlay/order-details/feature';
import { fixedClock, type MinuteClock } from '@/components/overlay/minute-clock';
import type { OverlayEnv, OverlaySettings } from '@/components/overlay/overlay-env';
import { OverlayRoot, type OverlayView } from '@/components/overlay/overlay-root';
import type { OverlayFeature } from '@/components/overlay/feature';
import type { OrderState, OverlayServices } from '@/components/overlay/services';
import type { OrderDetailsObservation } from '@/utils/pages/observation';

export const SFP_ORDER_ID = '112-4738291-5047863';

/** A fake-but-valid SFP order observation; override any field. */
export function orderObservation(over: Partial<OrderDetailsObservation> = {}): OrderDetailsObservation {
  return {
    kind: 'order-details',
    marketplace: 'US',
    observedAt: '2026-11-27T13:00:00.000Z',
    source: 'dom',
    orderId: SFP_ORDER_ID,
    sfp: true,
    sfpDecidedBy: 'dom:prime-badge',
    fulfillment: 'seller',
    status: 'shipped',
    trackingPresent: true,
    ...over,
  };
}

/** Fake services whose calls are recorded; mark ids are m1, m2, … */
export function fakeServices(state: Partial<OrderState> = {}) {
  let n = 0;
  const services = {
    orderState: vi.fn(async () => ({ marks: [], deadlines: [], ...state })),
    mark: vi.fn(async () => `m${++n}`),
    unmark: vi.fn(async () => undefined),
    copyText: vi.fn(async () => undefined),
    snapshot: vi.fn(() => '<html><!-- scrubbed --></html>'),
    reportError: vi.fn(),
    setCollapsed: vi.fn(),
  } satisfies OverlayServices;
  return services;
}

export const DEFAULT_TEST_SETTINGS: OverlaySettings = { calendars: {}, defaultMarketplace: null };

interface Options {
  services?: OverlayServices;
  clock?: MinuteClock;
  now?: Date;
  settings?: OverlaySettings;
  collapsed?: boolean;
  feature?: OverlayFeature;
  floating?: boolean;
}

/** Renders the order-details overlay for an observation. */
export function renderOrder(observation: OrderDetailsObservation, opts: Options = {}) {
  const view: OverlayView = {
    status: 'ok',
    page: { kind: 'order-details', marketplace: observation.marketplace, orderId: observation.orderId },
    feature: (opts.feature ?? orderDetailsFeature) as OverlayFeature,
    observation,
  };
  return renderView(view, opts);
}

/** Renders any overlay view. */
export function renderView(view: OverlayView, opts: Options = {}) {
  const services = opts.services ?? fakeServices();
  const env: OverlayEnv = {
    services,
    clock: opts.clock ?? fixedClock(opts.now ?? new Date('2026-11-27T13:00:00.000Z')),
    settings: opts.settings ?? DEFAULT_TEST_SETTINGS,
  };
  const result = render(<OverlayRoot view={view} env={env} initiallyCollapsed={opts.collapsed ?? false} floating={opts.floating} />);
  return { ...result, services, env };
}

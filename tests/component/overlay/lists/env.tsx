/** Test env for list components: a frozen clock, fake services recording calls, default settings. */
import type { ReactNode } from 'react';
import { vi } from 'vitest';
import { fixedClock } from '@/components/overlay/minute-clock';
import { OverlayEnvProvider, type OverlayEnv, type OverlaySettings } from '@/components/overlay/overlay-env';
import type { OrderState, OverlayServices } from '@/components/overlay/services';

/** 2026-11-27 13:00 UTC = Fri 05:00 in Los Angeles (the US marketplace zone). */
export const NOW = new Date('2026-11-27T13:00:00.000Z');

export function fakeServices(states: Record<string, OrderState> = {}) {
  const services = {
    orderState: vi.fn(async (orderId: string) => states[orderId] ?? { marks: [], deadlines: [] }),
    mark: vi.fn(async () => 'mark-1'),
    unmark: vi.fn(async () => undefined),
    copyText: vi.fn(async (_text: string) => undefined),
    snapshot: vi.fn(() => '<html></html>'),
    reportError: vi.fn(),
    setCollapsed: vi.fn(),
  } satisfies OverlayServices;
  return services;
}

export function makeEnv(opts: { now?: Date; services?: OverlayServices; settings?: Partial<OverlaySettings> } = {}): OverlayEnv {
  return {
    services: opts.services ?? fakeServices(),
    clock: fixedClock(opts.now ?? NOW),
    settings: { calendars: {}, defaultMarketplace: null, ...opts.settings },
  };
}

export function withEnv(env: OverlayEnv, node: ReactNode) {
  return <OverlayEnvProvider value={env}>{node}</OverlayEnvProvider>;
}

/**
 * React context carrying the overlay's services, clock and settings to every panel.
 */
import { createContext, useContext, useSyncExternalStore } from 'react';
import type { MarketplaceCode } from '@/utils/marketplaces';
import type { MinuteClock } from './minute-clock';
import type { OverlayServices } from './services';

/** The slice of the seller's settings the overlay reads. */
export interface OverlaySettings {
  /** Per-marketplace calendar overrides, passed through to the policy engine untouched. */
  calendars: Partial<Record<MarketplaceCode, unknown>>;
  defaultMarketplace: MarketplaceCode | null;
}

/** Everything a panel may use besides its observation. */
export interface OverlayEnv {
  services: OverlayServices;
  clock: MinuteClock;
  settings: OverlaySettings;
}

const EnvContext = createContext<OverlayEnv | null>(null);

export const OverlayEnvProvider = EnvContext.Provider;

/** The overlay env; throws only for a programming error (a panel rendered outside the overlay root). */
export function useOverlayEnv(): OverlayEnv {
  const env = useContext(EnvContext);
  if (!env) throw new Error('useOverlayEnv outside OverlayEnvProvider');
  return env;
}

/** The current minute, re-rendering once a minute while mounted. */
export function useNow(): Date {
  const { clock } = useOverlayEnv();
  return useSyncExternalStore(clock.subscribe, clock.now, clock.now);
}

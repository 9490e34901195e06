import { useMemo } from 'react';
import type { MarketplaceCode } from '@/utils/marketplaces';
import { useNow, useOverlayEnv } from '../overlay-env';
import { deadlineCacheFor, listContext, listMarketplace } from './list-context';
import type { ListContext } from './types';

/** The list context for the current minute (re-renders once a minute via the shared clock). */
export function useListContext(fromObservation: MarketplaceCode | null, fromUrl: MarketplaceCode | null): ListContext & { marketplace: MarketplaceCode | null } {
  const { settings } = useOverlayEnv();
  const now = useNow();
  const marketplace = listMarketplace(fromObservation, fromUrl, settings);
  // One deadline cache per marketplace and calendar settings (deadlines do not depend on the minute).
  const cache = useMemo(() => deadlineCacheFor(marketplace, settings.calendars), [marketplace, settings.calendars]);
  return useMemo(() => ({ ...listContext(marketplace, settings, now, cache), marketplace }), [marketplace, settings, now, cache]);
}

import { SELLER_CENTRAL_MATCHES } from '@/utils/marketplaces';

// The overlay UI bundle: injected on demand by the background (utils/inject.ts), never listed in
// the manifest. See entrypoints/seller-central.content for the tiny router.
export default defineContentScript({
  matches: [...SELLER_CENTRAL_MATCHES],
  registration: 'runtime',
  cssInjectionMode: 'ui',
  main() {
    // Filled by the overlay work (issue 5).
  },
});

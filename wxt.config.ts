import { defineConfig } from 'wxt';
import { SELLER_CENTRAL_MATCHES } from './utils/marketplaces';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'SFP Guide',
    short_name: 'SFP Guide',
    description:
      'Seller Fulfilled Prime guidance in Seller Central: who answers, by when, and whether a refund can be reclaimed.',
    // storage: the action queue and settings; alarms: deadline reminders without polling;
    // scripting: the overlay UI is injected only on pages that show something (architecture.md budgets).
    permissions: ['storage', 'alarms', 'scripting'],
    optional_permissions: ['notifications'],
    host_permissions: [...SELLER_CENTRAL_MATCHES],
    action: { default_title: 'SFP Guide' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'sfp-guide@sfp-guide.github.io',
              // data_collection_permissions needs Firefox 140 (desktop) and 142 (Android).
              strict_min_version: '140.0',
              // Nothing is collected or transmitted (README: Permissions and privacy).
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});

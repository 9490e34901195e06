import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// The overlay ships with preact/compat aliased for React (wxt.config.ts): run the overlay's component
// tests against that same preact build too. `npx vitest run -c tests/component/overlay/vitest.preact.config.ts`
const alias = [
  // Testing Library's ESM build, so its own react / react-dom imports go through these aliases too.
  { find: /^@testing-library\/react$/, replacement: '@testing-library/react/dist/@testing-library/react.esm.js' },
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom\/test-utils$/, replacement: 'preact/test-utils' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
  { find: /^react$/, replacement: 'preact/compat' },
];

export default defineConfig({
    plugins: [WxtVitest()],
    resolve: { alias },
    test: {
      globals: true,
      restoreMocks: true,
      name: 'overlay-preact',
      environment: 'happy-dom',
      include: ['tests/component/overlay/**/*.test.{ts,tsx}'],
      setupFiles: ['tests/setup-dom.ts'],
      // Testing Library must resolve react through the alias too, so it is bundled, not externalised.
      server: { deps: { inline: ['@testing-library/react', '@testing-library/user-event'] } },
    },
});

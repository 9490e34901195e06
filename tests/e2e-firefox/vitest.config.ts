import { defineConfig } from 'vitest/config';

// Real-Firefox e2e suite (tests/e2e-firefox/harness.ts): firefox-esr over WebDriver BiDi. One file at a
// time, one Firefox per file. Run through tests/e2e-firefox/run.mjs (npm run test:e2e:firefox).
export default defineConfig({
  test: {
    name: 'e2e-firefox',
    environment: 'node',
    include: ['tests/e2e-firefox/**/*.e2e.test.ts'],
    globalSetup: ['tests/e2e-firefox/global-setup.ts'],
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    expect: { poll: { timeout: 10_000, interval: 50 } },
  },
});

import { defineConfig } from 'vitest/config';

// Real-Chromium e2e suite (tests/e2e/harness.ts). One file at a time: each spec launches its own
// Chromium, and the machine is small. Run through tests/e2e/run.mjs (npm run test:e2e).
export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    expect: { poll: { timeout: 10_000, interval: 50 } },
  },
});

import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Micro benchmarks: not part of `npm test` (speed is measured by the benchmark, never by a timed test).
// A standalone config: merging the root config would keep its `projects`, and vitest would then run
// every unit and dom test (and each micro file twice) instead of only tests/bench/micro.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    globals: true,
    restoreMocks: true,
    environment: 'happy-dom',
    setupFiles: ['tests/setup-dom.ts'],
    include: ['tests/bench/micro/**/*.bench.test.{ts,tsx}'],
    testTimeout: 120_000,
  },
});

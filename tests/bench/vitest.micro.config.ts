import { defineConfig, mergeConfig } from 'vitest/config';
import base from '../../vitest.config';

// Micro benchmarks: not part of `npm test` (speed is measured by the benchmark, never by a timed test).
export default mergeConfig(base, defineConfig({
  test: {
    projects: undefined,
    environment: 'happy-dom',
    include: ['tests/bench/micro/**/*.bench.test.{ts,tsx}'],
    testTimeout: 120_000,
  },
}));

/**
 * Micro-benchmark helper for `npm run bench` (tests/bench/micro/*.bench.test.ts, run by
 * tests/bench/vitest.micro.config.ts). Measures a function several times and writes
 * `.bench/micro/<name>.json` as { "<case>": { median, p10, p90, n } } in milliseconds;
 * tests/bench/bench.mjs merges these into `.bench/results.json` under "micro".
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

export interface Stat { median: number; p10: number; p90: number; n: number }

export function stat(samples: number[]): Stat {
  const s = [...samples].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.max(0, Math.round(p * (s.length - 1))))] ?? NaN;
  const r = (x: number) => Math.round(x * 1000) / 1000;
  return { median: r(q(0.5)), p10: r(q(0.1)), p90: r(q(0.9)), n: s.length };
}

/** Runs fn `runs` times after `warmup` runs and returns the timing statistics in ms. */
export async function measure(fn: () => unknown, runs = Number(process.env.BENCH_RUNS ?? 20), warmup = 3): Promise<Stat> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return stat(samples);
}

/** Adds one case to .bench/micro/<file>.json. */
export function record(file: string, name: string, value: Stat & Record<string, unknown>): void {
  const dir = join(process.cwd(), '.bench', 'micro');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${file}.json`);
  const all = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>) : {};
  all[name] = value;
  writeFileSync(path, JSON.stringify(all, null, 2) + '\n');
}

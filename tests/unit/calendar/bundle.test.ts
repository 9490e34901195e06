/**
 * date-holidays (12 MB, every country) must never reach an extension bundle: runtime code reads the
 * generated table. Bundles the runtime entry points with esbuild and checks the inputs and size.
 */
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

describe('calendar and policy bundles', () => {
  it('do not include date-holidays and stay small', async () => {
    const result = await build({
      entryPoints: ['utils/calendar/index.ts', 'utils/policy/deadlines.ts', 'utils/policy/safet.ts', 'utils/policy/rules.ts'],
      bundle: true,
      minify: true,
      format: 'esm',
      write: false,
      metafile: true,
      outdir: 'out',
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((p) => p.includes('utils/calendar/holidays-table.ts'))).toBe(true);
    expect(inputs.filter((p) => p.includes('date-holidays') || p.includes('holiday-builder'))).toEqual([]);
    for (const file of result.outputFiles) expect(file.contents.length, file.path).toBeLessThan(60_000);
  });
});

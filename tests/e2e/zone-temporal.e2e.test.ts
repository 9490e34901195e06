// utils/calendar/zone.ts in real Chromium: pages take its Temporal path, Node (these tests' process,
// no Temporal in Node 20) its @date-fns/tz path. The unit tests compare the two paths through
// temporal-polyfill; this compares them through the browser's own Temporal, at every DST change of
// every marketplace zone 2024–2032: local fields of instants around the change, and the instants of
// wall times across it (skipped and repeated ones included).
import { build } from 'esbuild';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { zoneFields, zonedTime, type ZoneFields } from '../../utils/calendar/zone';
import { MARKETPLACES } from '../../utils/marketplaces';
import { launch, type Session } from './harness';

const HOUR = 3_600_000;
const ZONES = [...new Set(Object.values(MARKETPLACES).map((m) => m.timeZone))];
const offsetAt = (ms: number, tz: string) => {
  const f = zoneFields(ms, tz);
  return Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second, f.millisecond) - ms;
};

/** Instants (to the minute) at which a zone's UTC offset changes in [from, to). */
function changes(tz: string, from: number, to: number): number[] {
  const out: number[] = [];
  for (let t = from; t < to; t += 6 * HOUR) {
    if (offsetAt(t, tz) === offsetAt(t + 6 * HOUR, tz)) continue;
    let [lo, hi] = [t, t + 6 * HOUR];
    while (hi - lo > 60_000) {
      const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
      if (offsetAt(mid, tz) === offsetAt(lo, tz)) lo = mid;
      else hi = mid;
    }
    out.push(hi);
  }
  return out;
}

interface Cases {
  instants: { tz: string; ms: number; fields: ZoneFields }[];
  walls: { tz: string; wall: ZoneFields; ms: number }[];
}

function cases(): Cases {
  const out: Cases = { instants: [], walls: [] };
  for (const tz of ZONES) {
    for (const change of changes(tz, Date.UTC(2024, 0, 1), Date.UTC(2033, 0, 1))) {
      for (let ms = change - 2 * HOUR; ms <= change + 2 * HOUR; ms += 15 * 60_000) {
        const fields = zoneFields(ms, tz);
        out.instants.push({ tz, ms, fields });
        // The same wall clock reading shifted by half an hour lands in, before and after any gap or overlap.
        const wall = { ...fields, minute: fields.minute + 30 };
        out.walls.push({ tz, wall, ms: zonedTime(wall, tz) });
      }
    }
  }
  return out;
}

let s: Session;
let bundle: string;

beforeAll(async () => {
  s = await launch({ extension: false });
  const built = await build({
    stdin: {
      contents: "import { zoneFields, zonedTime } from './utils/calendar/zone'; (globalThis as any).sfpZone = { zoneFields, zonedTime };",
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
    logLevel: 'silent',
  });
  bundle = built.outputFiles[0]!.text;
});
afterAll(() => s?.close());

test("Chromium's Temporal gives the fallback's answers at every DST change of every marketplace zone, 2024–2032", async () => {
  expect((globalThis as { Temporal?: unknown }).Temporal).toBeUndefined(); // this process: the fallback path
  const expected = cases();
  expect(expected.instants.length).toBeGreaterThan(1000); // 9 years of changes in the DST zones
  const page = await s.context.newPage();
  await page.setContent('<p>zone check</p>');
  await page.addScriptTag({ content: bundle });
  const got = await page.evaluate((c: Cases) => {
    const z = (globalThis as unknown as { sfpZone: { zoneFields: typeof zoneFields; zonedTime: typeof zonedTime } }).sfpZone;
    return {
      temporal: typeof (globalThis as { Temporal?: unknown }).Temporal,
      fields: c.instants.map((x) => z.zoneFields(x.ms, x.tz)),
      walls: c.walls.map((x) => z.zonedTime(x.wall, x.tz)),
    };
  }, expected);
  expect(got.temporal).toBe('object'); // the page: the Temporal path
  expect(got.fields).toEqual(expected.instants.map((x) => x.fields));
  expect(got.walls).toEqual(expected.walls.map((x) => x.ms));
});

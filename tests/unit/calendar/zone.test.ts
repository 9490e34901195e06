// utils/calendar/zone.ts: the Temporal path (browsers) and the @date-fns/tz path (Node, older browsers)
// must give the same answers. Node 20 has no Temporal, so the spec-complete temporal-polyfill stands in.
import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { afterEach, describe, expect, it } from 'vitest';
import { isValidTimeZone } from '../../../utils/calendar';
import { zoneFields, zonedTime, type ZoneFields } from '../../../utils/calendar/zone';
import { ZONE_GENERIC_NAMES, zoneShortName } from '../../../utils/calendar/zone-names';
import { MARKETPLACES } from '../../../utils/marketplaces';

const g = globalThis as { Temporal?: unknown };
const withTemporal = <T>(on: boolean, f: () => T): T => {
  const before = g.Temporal;
  g.Temporal = on ? Temporal : undefined;
  try {
    return f();
  } finally {
    g.Temporal = before;
  }
};
const both = <T>(f: () => T): [T, T] => [withTemporal(false, f), withTemporal(true, f)];
afterEach(() => {
  delete g.Temporal;
});

const ZONES = [...new Set(Object.values(MARKETPLACES).map((m) => m.timeZone)), 'America/St_Johns', 'Australia/Lord_Howe', 'UTC'];
const zoneArb = fc.constantFrom(...ZONES);
const msArb = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) });
const iso = (ms: number) => new Date(ms).toISOString();

describe('zoneFields / zonedTime', () => {
  it('both paths read the same local fields, and the wall time maps back (property)', () => {
    fc.assert(
      fc.property(msArb, zoneArb, (ms, tz) => {
        const [a, b] = both(() => zoneFields(ms, tz));
        expect(a).toEqual(b);
        const [wa, wb] = both(() => zonedTime(a, tz));
        expect(wa).toBe(wb);
        // Round trip, except for the repeated hour where the earlier instant is returned.
        expect(wa === ms || wa === ms - 3_600_000 || wa === ms - 1_800_000).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('both paths resolve any wall time alike, including skipped and repeated ones (property)', () => {
    const wallArb = fc.record({
      year: fc.integer({ min: 2000, max: 2039 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }),
      hour: fc.integer({ min: 0, max: 23 }), minute: fc.constantFrom(0, 15, 30, 59),
    });
    fc.assert(
      fc.property(wallArb, zoneArb, (wall, tz) => {
        const [a, b] = both(() => zonedTime(wall, tz));
        expect(iso(a)).toBe(iso(b));
      }),
      { numRuns: 3000 },
    );
  });

  it.each([false, true])('DST: a skipped time moves forward, a repeated time is the earlier instant (Temporal: %s)', (on) => {
    withTemporal(on, () => {
      const la = (f: Omit<ZoneFields, 'second' | 'millisecond'>) => iso(zonedTime(f, 'America/Los_Angeles'));
      expect(la({ year: 2026, month: 3, day: 8, hour: 2, minute: 30 })).toBe('2026-03-08T10:30:00.000Z'); // 03:30 PDT
      expect(la({ year: 2026, month: 11, day: 1, hour: 1, minute: 30 })).toBe('2026-11-01T08:30:00.000Z'); // 01:30 PDT
      // Africa/Cairo skips midnight on its spring change (2024-04-26): the day starts at 01:00.
      expect(iso(zonedTime({ year: 2024, month: 4, day: 26 }, 'Africa/Cairo'))).toBe('2024-04-25T22:00:00.000Z');
      // Fields overflow as Date's do.
      expect(iso(zonedTime({ year: 2026, month: 11, day: 31, hour: 24 }, 'UTC'))).toBe('2026-12-02T00:00:00.000Z');
      expect(zoneFields(Date.UTC(2026, 10, 27, 21, 29, 5, 7), 'Asia/Kolkata')).toEqual({
        year: 2026, month: 11, day: 28, hour: 2, minute: 59, second: 5, millisecond: 7,
      });
    });
  });

  it.each([false, true])('an unknown zone is a RangeError, unusable fields NaN (Temporal: %s)', (on) => {
    withTemporal(on, () => {
      expect(() => zoneFields(0, 'Not/AZone')).toThrow(RangeError);
      expect(() => zonedTime({ year: 2026, month: 1, day: 1 }, 'Not/AZone')).toThrow(RangeError);
      expect(zonedTime({ year: 2026, month: Number.NaN, day: 1 }, 'UTC')).toBeNaN();
    });
  });

  it('isValidTimeZone asks Temporal where it exists', () => {
    withTemporal(true, () => {
      expect(isValidTimeZone('America/Halifax')).toBe(true);
      expect(isValidTimeZone('Not/AZoneEither')).toBe(false);
    });
  });
});

describe('zone-names: the table is what Intl prints for en-US', () => {
  const zones = Object.keys(ZONE_GENERIC_NAMES);

  it('covers every marketplace zone', () => {
    for (const m of Object.values(MARKETPLACES)) expect(ZONE_GENERIC_NAMES[m.timeZone], m.timeZone).toBeTruthy();
  });

  it('generic names match Intl longGeneric', () => {
    for (const timeZone of zones) {
      const intl = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longGeneric' })
        .formatToParts(new Date(Date.UTC(2026, 0, 1)))
        .find((p) => p.type === 'timeZoneName')?.value;
      expect(ZONE_GENERIC_NAMES[timeZone], timeZone).toBe(intl);
    }
  });

  it('short names match Intl at 5,000 random instants 2024–2032', () => {
    const intl = new Map(zones.map((timeZone) => [timeZone, new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'short' })]));
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2033, 0, 1) }), fc.constantFrom(...zones), (ms, tz) => {
        const at = new Date(ms);
        const expected = intl.get(tz)!.formatToParts(at).find((p) => p.type === 'timeZoneName')?.value;
        expect(zoneShortName(tz, at)).toBe(expected);
      }),
      { numRuns: 5000 },
    );
  });

  it('other zones are not in the table', () => {
    expect(zoneShortName('America/Halifax', new Date())).toBeNull();
    expect(zoneShortName('toString', new Date())).toBeNull();
  });
});

import * as fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { InstantSchema, OrderIdSchema } from '@/utils/pages/observation';

// InstantSchema is the boundary check of every stored and messaged instant: what toISOString writes, nothing else.
describe('InstantSchema', () => {
  test('accepts every instant toISOString writes for years 0000–9999', () => {
    const first = new Date(Date.UTC(2000, 0, 1));
    first.setUTCFullYear(0); // Date.UTC maps years 0–99 to 1900–1999
    fc.assert(fc.property(fc.integer({ min: first.getTime(), max: Date.UTC(9999, 11, 31, 23, 59, 59, 999) }), (t) => {
      expect(v.is(InstantSchema, new Date(t).toISOString())).toBe(true);
    }), { numRuns: 5000 });
  });

  test('accepts leap days, fractions of any length; refuses offsets, local times, impossible dates', () => {
    for (const ok of ['2028-02-29T00:00:00Z', '2000-02-29T12:00:00.5Z', '2026-11-27T13:00:00.000000Z', '2026-12-31T23:59:59Z']) {
      expect(v.is(InstantSchema, ok), ok).toBe(true);
    }
    for (const bad of [
      '2026-11-27T13:00:00+01:00', '2026-11-27T13:00:00.000', '2026-11-27T13:00Z', '2026-11-27', '2026-02-29T00:00:00Z',
      '1900-02-29T00:00:00Z', '2026-04-31T00:00:00Z', '2026-11-27T24:00:00Z', '2026-11-27T13:60:00Z', '+012026-11-27T13:00:00.000Z',
      ' 2026-11-27T13:00:00Z', '2026-11-27t13:00:00z', 1764248400000, null,
    ]) {
      expect(v.is(InstantSchema, bad), String(bad)).toBe(false);
    }
  });
});

test('OrderIdSchema takes 3-7-7 order ids only', () => {
  expect(v.is(OrderIdSchema, '114-3941689-8772232')).toBe(true);
  for (const bad of ['114-3941689-877223', 'x114-3941689-8772232', '114-3941689-8772232 ', '11439416898772232']) {
    expect(v.is(OrderIdSchema, bad), bad).toBe(false);
  }
});

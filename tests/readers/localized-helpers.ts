// Shared by the localized reader suites (localized-de.test.ts, localized-fr-it-es.test.ts): a read context at a fixed
// `now`, the observation of an ok result, and the check that no fake person of people.json leaks into a result.
import { expect } from 'vitest';
import type { Observation, ReadResult } from '../../utils/pages/observation';
import type { ReadContext } from '../../utils/pages/read-context';
import { fixtureText } from './page-fixtures';

const people = JSON.parse(fixtureText('people.json')) as { values: string[] };

/** A read context factory at `now` (no JSON, short waits). */
export const contextAt = (now: Date) => (url: string, extra: Partial<ReadContext> = {}): ReadContext => ({
  url, now, fetchJson: null, waitMs: 30, ...extra,
});

/** The observation of an ok read; throws with the whole result otherwise. */
export function ok<T extends Observation>(r: ReadResult<T>): T {
  if (r.status !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(r)}`);
  return r.observation;
}

/** No buyer personal data (the fixtures' fake people) in what a reader returns. */
export function noPeople(o: unknown): void {
  const out = JSON.stringify(o);
  for (const v of people.values) expect(out).not.toContain(v);
}

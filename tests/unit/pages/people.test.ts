/** tests/fixtures/people.json must list every fake personal value of its people in `values` (privacy tests search those). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

interface Person { name: string; address?: string[]; phone?: string; email?: string; usedIn?: string[] }
const people = JSON.parse(readFileSync(join(__dirname, '..', '..', 'fixtures', 'people.json'), 'utf8')) as { people: Person[]; values: string[] };

it('every person\'s name, address lines, phone and e-mail are in values', () => {
  const expected = people.people.flatMap((p) => [p.name, ...(p.address ?? []), ...(p.phone ? [p.phone] : []), ...(p.email ? [p.email] : [])]);
  expect(expected.filter((v) => !people.values.includes(v))).toEqual([]);
});

it('the order fixtures contain the people they claim to (so privacy tests are not vacuous)', () => {
  for (const p of people.people) {
    for (const file of p.usedIn ?? []) {
      if (!/^(pages|api)\/order/.test(file)) continue;
      expect(readFileSync(join(__dirname, '..', '..', 'fixtures', file), 'utf8'), file).toContain(p.name);
    }
  }
});

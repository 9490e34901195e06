// The literal prefilter's analysis (utils/policy/classify-prefilter.ts) on hand-written patterns: each
// syntax case, the fall-backs to "always test", cases where a naive reading would give a wrong atom,
// and the generated table (classify-cue-atoms.ts) regenerated in memory.
import { readFileSync } from 'node:fs';
import {
  EXACT_CAP, MAX_ATOM, regexAtoms, renderCueAtoms, sourceAtoms,
} from '@/utils/policy/classify-prefilter';
import { CUE_ATOMS, FORWARD_ATOMS } from '@/utils/policy/classify-cue-atoms';
import { ALL_CUES, AMAZON_CS_FORWARD } from '@/utils/policy/classify-cues';

/** The atoms of a pattern, sorted (null: always test). */
const atoms = (re: RegExp | string): string[] | null => {
  const found = typeof re === 'string' ? sourceAtoms(re) : regexAtoms(re);
  return found === null ? null : [...found].sort();
};
const letters = (n: number) => [...'abcdefghijklmnopqrstuvwxyz'].slice(0, n);

describe('literals and concatenation', () => {
  it('takes a literal as its own atom, cut to MAX_ATOM characters', () => {
    expect(atoms(/refund/)).toEqual(['refund']);
    expect(MAX_ATOM).toBe(8);
    expect(atoms(/reimbursement/)).toEqual(['reimburs']);
  });

  it('multiplies small exact sets and keeps only the minimal strings', () => {
    // refund, refunds, refunded, refunding: each contains "refund".
    expect(atoms(/\brefund(s|ed|ing)?\b/)).toEqual(['refund']);
    expect(atoms(/a{1}bc/)).toEqual(['abc']);
    expect(atoms(/(?<x>abc)d/)).toEqual(['abcd']);
  });

  it('keeps both spellings of an optional letter, not the long one alone', () => {
    expect(atoms(/colou?r/)).toEqual(['color', 'colour']);
    expect(atoms(/ab{0,1}cd/)).toEqual(['abcd', 'acd']);
    expect(atoms(/ab??cd/)).toEqual(['abcd', 'acd']);
  });

  it('does not require an optional part: (x)?y is found by "y", not "xy"', () => {
    expect(atoms(/(x)?y/)).toEqual(['y']);
    expect(atoms(/x(a|)y/)).toEqual(['xay', 'xy']);
  });

  it('beyond EXACT_CAP strings keeps the better part of the concatenation', () => {
    expect(EXACT_CAP).toBe(16);
    // 5 × 4 = 20 strings: the four-letter side is the smaller set of equally long atoms.
    expect(atoms(/(a|b|c|d|e)(f|g|h|i)/)).toEqual(['f', 'g', 'h', 'i']);
    // 16 alternatives stay exact and are multiplied; 17 are only "one of", so the "z" after them is better.
    expect(atoms(new RegExp(`(?:${letters(16).join('|')})z`))).toHaveLength(16);
    expect(atoms(new RegExp(`(?:${letters(16).join('|')})z`))).toContain('pz');
    expect(atoms(new RegExp(`(?:${letters(17).join('|')})z`))).toEqual(['z']);
    // An optional set already at the cap is given up.
    expect(atoms(new RegExp(`(?:${letters(16).join('|')})?zz`))).toEqual(['zz']);
  });

  it('prefers the longer shortest atom, then fewer atoms, then the longer one', () => {
    expect(atoms(/foo\s*barbaz/)).toEqual(['barbaz']);
    expect(atoms(/colou*r/)).toEqual(['colo']);
    expect(atoms(/abcdefg\w*abcdefgh/)).toEqual(['abcdefgh']);
    expect(atoms(/abcdefgh\w*abcdefg/)).toEqual(['abcdefgh']);
  });

  it('replaces atoms that all share a long enough part by that part', () => {
    expect(atoms(/(ab|cd)xyzwvu(ef|gh)/)).toEqual(['xyzwvu']);
    expect(atoms(/(ab|cd)efghij/)).toEqual(['efghij']);
    expect(atoms(/(ab|cd)efghijk(l|m)/)).toEqual(['efghijk']);
    expect(atoms(/(ab|cd)efghijklmn/)).toEqual(['efghijkl']);
    // No shared part: all atoms stay.
    expect(atoms(/x[- ]y/)).toEqual(['x y', 'x-y']);
    expect(atoms(/(x|y)abc/)).toEqual(['xabc', 'yabc']);
  });
});

describe('alternation', () => {
  it('is the union of its branches, exact or not', () => {
    expect(atoms(/(?:ab|cd)/)).toEqual(['ab', 'cd']);
    expect(atoms(/refund\w*|money/)).toEqual(['money', 'refund']);
    expect(atoms(/返品(は|が)/)).toEqual(['返品が', '返品は']);
  });

  it('knows nothing when a branch knows nothing: a|\\w*, an empty branch, ^ or $', () => {
    expect(atoms(/a|\w*/)).toBeNull();
    expect(atoms(/foo|/)).toBeNull();
    expect(atoms(/foo\w*|/)).toBeNull();
    expect(atoms(/^|foo/)).toBeNull();
    expect(atoms(/foo|$/)).toBeNull();
  });
});

describe('quantifiers', () => {
  it('knows nothing of *, {0,n} and {0}: the operand may be absent', () => {
    expect(atoms(/a*/)).toBeNull();
    expect(atoms(/ab{0,2}cde/)).toEqual(['cde']);
    expect(atoms(/a{0}bc/)).toEqual(['bc']);
    expect(atoms(/a{0,3}/)).toBeNull();
  });

  it('keeps the operand\'s strings as atoms for +, {n}, {n,} and {m,n} with m ≥ 1, lazy or not', () => {
    expect(atoms(/(ab|cd)+e/)).toEqual(['ab', 'cd']);
    expect(atoms(/x{2,3}yz/)).toEqual(['yz']);
    expect(atoms(/(?:abc){2}d/)).toEqual(['abc']);
    expect(atoms(/(?:xy){2,}/)).toEqual(['xy']);
    expect(atoms(/ab+?cde/)).toEqual(['cde']);
    expect(atoms(/a{2,3}?bc/)).toEqual(['bc']);
    expect(atoms(/\w+abc/)).toEqual(['abc']);
  });
});

describe('character classes and escapes', () => {
  it('takes small classes as exact sets of their characters', () => {
    expect(atoms(/[.!?] so/)).toEqual(['! so', '. so', '? so']);
    expect(atoms(/星[1-3]/)).toEqual(['星1', '星2', '星3']);
    expect(atoms('[\\-\\]]x')).toEqual(['-x', ']x']);
    expect(atoms(/[a-]x/)).toEqual(['-x', 'ax']);
  });

  it('knows nothing of ., \\w, \\d, \\s, negated, large or empty classes', () => {
    for (const re of [/./, /\w+/, /\d/, /\s/, /\W\D\S/, /[^a]/, /[a-z]/]) expect(atoms(re), re.source).toBeNull();
    expect(atoms(/[a-z]+ing/)).toEqual(['ing']);
    expect(atoms(new RegExp(`[${letters(17).join('')}]xy`))).toEqual(['xy']);
    expect(atoms(/[\w.]xy/)).toEqual(['xy']);
    expect(atoms(/[^a]bc/)).toEqual(['bc']);
    // [] matches nothing: "no information" is still true of it.
    expect(atoms('[]abc')).toEqual(['abc']);
  });

  it('reads escaped punctuation and \\uXXXX as literals', () => {
    expect(atoms(/a\.b/)).toEqual(['a.b']);
    expect(atoms("it\\'s")).toEqual(["it's"]);
    expect(atoms('a\\-b')).toEqual(['a-b']);
    expect(atoms(/a\/b/)).toEqual(['a/b']);
    expect(atoms(/\u00bfqu/)).toEqual(['¿qu']);
  });
});

describe('zero-width assertions', () => {
  it('neither add nor remove literals: \\b, \\B, ^, $ and lookarounds match the empty string', () => {
    expect(atoms(/\bfoo(?=bar)\b/)).toEqual(['foo']);
    expect(atoms(/(?=xyz)ab/)).toEqual(['ab']); // "xyz" is looked at, not matched
    expect(atoms(/(?<!no )way$/)).toEqual(['way']);
    expect(atoms(/(?<=a)bc/)).toEqual(['bc']);
    expect(atoms(/^(?!x)ab/)).toEqual(['ab']);
    expect(atoms(/\Bfoo/)).toEqual(['foo']);
    expect(atoms(/返品した(?!い)/)).toEqual(['返品した']);
    expect(atoms('(?=a)?b')).toEqual(['b']); // a quantified lookahead (Annex B)
  });

  it('knows nothing of a pattern that may match the empty string', () => {
    expect(atoms(/^$/)).toBeNull();
    expect(atoms('')).toBeNull();
  });
});

describe('fall-backs to "always test"', () => {
  it('gives up on flags that change matching (i, u, v) or make test() stateful (g, y)', () => {
    for (const flags of ['i', 'u', 'v', 'g', 'y', 'gi']) expect(atoms(new RegExp('abc', flags)), flags).toBeNull();
    for (const flags of ['', 'm', 's', 'd', 'dms']) expect(atoms(new RegExp('abc', flags)), flags).toEqual(['abc']);
  });

  it('gives up on syntax the cue tables do not use, never guessing an atom', () => {
    for (const source of [
      '(a)\\1', '(?<n>a)\\k<n>', '\\p{L}', '\\x41', 'a\\nb', '(?i:abc)', 'a{b', 'a}', 'a]', '*a', 'a)', '(a', '[ab',
      'ab\\', '\\u12', '[\\w-z]', '[a-\\d]', '[\\b]x',
    ]) expect(atoms(source), source).toBeNull();
  });
});

describe('the generated table (classify-cue-atoms.ts)', () => {
  it('renders one "|"-joined entry per pattern, "" for a pattern without atoms', () => {
    const text = renderCueAtoms(
      [{ feature: 'refund', weight: 2, re: /refund|money back/ }, { feature: 'product', weight: 1, re: /\w+/ }],
      [/abc/],
    );
    expect(text).toContain('export const ATOM_SEPARATOR = "|";');
    expect(text).toContain('  "refund|money ba", // refund 2\n  "", // product 1\n];');
    expect(text).toContain('  "abc", // opening 1\n];');
    expect(text).toContain('3 patterns, 3 atoms.');
  });

  it('refuses an atom that contains the separator', () => {
    expect(() => renderCueAtoms([{ feature: 'refund', weight: 2, re: /a\|b/ }], [])).toThrow(/contains "\|"/);
  });

  it('matches the cue tables regenerated in memory, byte for byte (run: npx jiti utils/policy/generate-cue-atoms.ts)', () => {
    const committed = readFileSync(new URL('../../../utils/policy/classify-cue-atoms.ts', import.meta.url), 'utf8');
    expect(renderCueAtoms(ALL_CUES, AMAZON_CS_FORWARD)).toBe(committed);
    expect(CUE_ATOMS).toHaveLength(ALL_CUES.length);
    expect(FORWARD_ATOMS).toHaveLength(AMAZON_CS_FORWARD.length);
  });

  it('knows atoms for every cue pattern and forward opening today', () => {
    const none = [...ALL_CUES.map((c) => c.re), ...AMAZON_CS_FORWARD].filter((re) => regexAtoms(re) === null);
    expect(none.map((re) => re.source)).toEqual([]);
  });
});

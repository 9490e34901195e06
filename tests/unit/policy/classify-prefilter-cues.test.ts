// The literal prefilter on the real cue tables: every pattern matches only text that contains one of
// its atoms (classify-cue-atoms.ts), classifyContact gives exactly the results of running every
// pattern, how many patterns a message still runs, and the analysis staying out of the page bundle.
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import fc from 'fast-check';
import { classifyContact, isAmazonCsForward, type ContactInput } from '@/utils/policy/classify';
import { ATOM_SEPARATOR, CUE_ATOMS, FORWARD_ATOMS } from '@/utils/policy/classify-cue-atoms';
import { ALL_CUES, AMAZON_CS_FORWARD } from '@/utils/policy/classify-cues';
import { normaliseForCues } from '@/utils/policy/classify-text';

interface Message { id: string; sender: 'buyer' | 'amazon-cs'; subject?: string; body: string }
const corpus: Message[] = ['corpus.json', 'held-out.json'].flatMap(
  (name) => (JSON.parse(readFileSync(new URL(`../../fixtures/messages/${name}`, import.meta.url), 'utf8')) as { messages: Message[] }).messages,
);
const corpusTexts = corpus.map((m) => normaliseForCues(`${m.subject ?? ''}\n${m.body}`));

const PATTERNS: readonly { re: RegExp; atoms: readonly string[]; name: string }[] = [
  ...ALL_CUES.map((cue, i) => ({ re: cue.re, atoms: (CUE_ATOMS[i] as string).split(ATOM_SEPARATOR), name: `cue ${i} (${cue.feature})` })),
  ...AMAZON_CS_FORWARD.map((re, i) => ({ re, atoms: (FORWARD_ATOMS[i] as string).split(ATOM_SEPARATOR), name: `forward ${i}` })),
];
const hasAtom = (atoms: readonly string[], s: string) => atoms.some((a) => s.includes(a));

/**
 * A pattern loosened for fast-check's stringMatching, which knows neither \b nor lookarounds: \b becomes
 * "a space or nothing", \B and lookarounds go. The samples are then kept or dropped by the real pattern.
 */
function loosen(source: string): RegExp {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    if (c === '\\') {
      const next = source[++i] as string;
      out += next === 'b' ? '(?: |)' : next === 'B' ? '' : c + next;
    } else if (c === '(' && /^\(\?<?[=!]/.test(source.slice(i))) {
      for (let depth = 0; i < source.length; i++) {
        if (source[i] === '\\') i++;
        else if (source[i] === '(') depth++;
        else if (source[i] === ')' && --depth === 0) break;
      }
    } else {
      out += c;
    }
  }
  return new RegExp(out);
}

/** The literal pieces of a pattern's source and their words: the vocabulary its matches are made of. */
function vocabulary(source: string): string[] {
  const pieces = source.replace(/\\[bBwWdDsS]/g, ' ').replace(/\\(.)/g, '$1').split(/[()|?*+.[\]{}^$\d,:<=!]+/);
  return [...new Set([...pieces, ...pieces.flatMap((p) => p.split(' '))].filter((p) => p.trim() !== ''))];
}

/** Text made of a vocabulary, separators and a little noise. */
const textOf = (words: readonly string[], maxLength = 12) =>
  fc.array(fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...words) },
    { weight: 3, arbitrary: fc.constantFrom(' ', ' ', '', "'", '-', '. ', '? ', ', ') },
    { weight: 1, arbitrary: fc.string({ maxLength: 4 }) },
  ), { maxLength }).map((parts) => parts.join(''));

describe('every cue pattern matches only text that contains one of its atoms', () => {
  it('has a non-empty atom list for every pattern', () => {
    expect(CUE_ATOMS).toHaveLength(ALL_CUES.length);
    expect(FORWARD_ATOMS).toHaveLength(AMAZON_CS_FORWARD.length);
    for (const p of PATTERNS) expect(p.atoms.every((a) => a !== ''), p.name).toBe(true);
  });

  it('on every corpus message', () => {
    let matches = 0;
    for (const p of PATTERNS) {
      for (const text of corpusTexts) {
        if (!p.re.test(text)) continue;
        matches++;
        expect(hasAtom(p.atoms, text), `${p.name} on ${text}`).toBe(true);
      }
    }
    expect(matches).toBeGreaterThan(corpusTexts.length); // the check is not vacuous
  });

  it.each(PATTERNS)('on strings its own pattern generates: $name', ({ re, atoms }) => {
    let matched = 0;
    fc.assert(fc.property(fc.stringMatching(loosen(re.source)), (s) => {
      if (!re.test(s)) return true;
      matched++;
      return hasAtom(atoms, s);
    }), { numRuns: 60 });
    expect(matched).toBeGreaterThan(0);
  });

  it.each(PATTERNS)('on text made of its vocabulary: $name', ({ re, atoms }) => {
    fc.assert(fc.property(textOf(vocabulary(re.source)), (s) => !re.test(s) || hasAtom(atoms, s)), { numRuns: 60 });
  });
});

// The reference: the same classifier with a table that fits no cue list, so every pattern runs
// (the loop as it was before the prefilter).
type Classify = (input: ContactInput) => ReturnType<typeof classifyContact>;
let reference: Classify;
let referencePatterns: ReadonlySet<RegExp>;
const patterns: ReadonlySet<RegExp> = new Set([...ALL_CUES.map((c) => c.re), ...AMAZON_CS_FORWARD]);

beforeAll(async () => {
  vi.resetModules();
  vi.doMock('@/utils/policy/classify-cue-atoms', () => ({ ATOM_SEPARATOR: '|', CUE_ATOMS: [], FORWARD_ATOMS: [] }));
  reference = (await import('@/utils/policy/classify')).classifyContact;
  const cues = await import('@/utils/policy/classify-cues');
  referencePatterns = new Set([...cues.ALL_CUES.map((c) => c.re), ...cues.AMAZON_CS_FORWARD]);
  vi.doUnmock('@/utils/policy/classify-cue-atoms');
});

/** How many of the given patterns `run` tests. */
function runs(of: ReadonlySet<RegExp>, run: () => void): number {
  let count = 0;
  const test = RegExp.prototype.test;
  const spy = vi.spyOn(RegExp.prototype, 'test').mockImplementation(function (this: RegExp, s: string) {
    if (of.has(this)) count++;
    return test.call(this, s);
  });
  try {
    run();
  } finally {
    spy.mockRestore();
  }
  return count;
}

describe('classifyContact with the prefilter', () => {
  it('is unfiltered in the reference: a table for other cue lists is not used, every pattern runs', () => {
    expect(runs(referencePatterns, () => reference({ sender: 'buyer', body: 'Hello' }))).toBe(ALL_CUES.length + AMAZON_CS_FORWARD.length);
    expect(reference({ sender: 'buyer', body: 'Where is my refund?' }).intent).toBe('refund-status');
  });

  it('gives the reference\'s results on every corpus message', () => {
    for (const m of corpus) expect(classifyContact(m), m.id).toEqual(reference(m));
  });

  it('gives the reference\'s results on random text made of all cue vocabularies', () => {
    const words = [...new Set(PATTERNS.flatMap((p) => vocabulary(p.re.source)))];
    const body = fc.oneof(textOf(words, 30), fc.string({ maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 60 }));
    fc.assert(fc.property(body, fc.option(textOf(words, 6), { nil: undefined }), (b, subject) => {
      // Capitals and accents exercise normaliseForCues on the way in.
      for (const text of [b, b.toUpperCase(), b.replace(/e/g, 'é')]) {
        const input: ContactInput = { sender: 'buyer', body: text, subject };
        expect(classifyContact(input)).toEqual(reference(input));
      }
    }), { numRuns: 400 });
  });

  it('runs a handful of patterns per corpus message instead of all of them (figure for the notes)', () => {
    const buyers = corpus.filter((m) => m.sender === 'buyer');
    const before = buyers.map((m) => runs(referencePatterns, () => reference(m)));
    const after = buyers.map((m) => runs(patterns, () => classifyContact(m)));
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
    const mean = (xs: number[]) => Math.round((10 * xs.reduce((a, b) => a + b, 0)) / xs.length) / 10;
    console.log(`patterns run per buyer message (${buyers.length}): before median ${median(before)}, max ${Math.max(...before)}; `
      + `after median ${median(after)}, mean ${mean(after)}, max ${Math.max(...after)}`);
    expect(median(before)).toBe(ALL_CUES.length + AMAZON_CS_FORWARD.length);
    expect(median(after)).toBeLessThanOrEqual(8);
    expect(Math.max(...after)).toBeLessThanOrEqual(25);
  });
});

// Bytes of the minified classifier bundle with the model table (measured: see the issue 16 note).
const MODEL_BUNDLE_LIMIT = 120_000;

describe('the analysis stays out of the page', () => {
  it('bundles classifyContact with the generated table, not with classify-prefilter.ts', async () => {
    const result = await build({
      entryPoints: ['utils/policy/classify.ts'], bundle: true, minify: true, format: 'esm', write: false, metafile: true,
      outdir: 'out', logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs).toContain('utils/policy/classify-cue-atoms.ts');
    expect(inputs.filter((p) => p.includes('classify-prefilter'))).toEqual([]);
    // The cue patterns (≈ 21 kB of source), their atoms (≈ 10 kB) and the model's weight table
    // (classify-model.generated.ts); the trainer stays out too.
    expect(inputs).toContain('utils/policy/classify-model.generated.ts');
    expect(inputs.filter((p) => p.includes('classify-model-train'))).toEqual([]);
    expect(result.outputFiles[0]?.contents.length).toBeLessThan(MODEL_BUNDLE_LIMIT);
  });
});

describe('isAmazonCsForward (the messages reader\'s sender test)', () => {
  const unfiltered = (text: string) => AMAZON_CS_FORWARD.some((re) => re.test(normaliseForCues(text.slice(0, 600))));

  it('answers as every forward pattern run unfiltered, on every corpus message and on random text', () => {
    const bodies = corpus.map((m) => m.body);
    for (const body of bodies) expect(isAmazonCsForward(body), body.slice(0, 60)).toBe(unfiltered(body));
    expect(bodies.filter((b) => unfiltered(b)).length).toBeGreaterThan(0); // forwards are in the corpus
    fc.assert(fc.property(fc.string({ maxLength: 700 }), (text) => isAmazonCsForward(text) === unfiltered(text)), { numRuns: 300 });
  });

  it('reads only the first 600 characters, and nothing from empty text', () => {
    const opening = "We've been contacted by a customer regarding the order identified below.";
    expect(isAmazonCsForward(opening)).toBe(true);
    expect(isAmazonCsForward(`${'x'.repeat(600)} ${opening}`)).toBe(false);
    expect(isAmazonCsForward('')).toBe(false);
  });
});

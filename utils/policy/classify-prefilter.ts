/**
 * A literal prefilter for the cue patterns of classifyContact (the idea of RE2's FilteredRE2).
 *
 * regexAtoms(re) reads a pattern's source and returns its "atoms": literal strings such that every
 * string the pattern matches contains at least one of them — or null when nothing certain can be said
 * (then the pattern is always run). A text that contains none of a pattern's atoms cannot match it, so
 * classifyContact skips the test: the result is the same, and V8 never compiles the ≈ 200 patterns
 * that cannot match (≈ 10–14 ms on a tab's first classification).
 *
 * The analysis runs at build time, not in the page: reading all cue sources costs 25–55 ms on a cold
 * Chromium page (measured), far over the 1 ms it could take. renderCueAtoms writes the atoms to
 * classify-cue-atoms.ts (run generate-cue-atoms.ts); a drift test regenerates it in memory.
 *
 * The analysis over-approximates: every node of the pattern is summarised as
 *   - exact: a few strings the node matches (and nothing else), or
 *   - atoms: every match of the node contains one of these strings, or
 *   - null: no information.
 * Literal characters and small character classes are exact; zero-width assertions (\b, ^, $,
 * lookarounds) are exactly the empty string; a concatenation multiplies exact sets while they stay
 * small and otherwise keeps the best "contains one of" set of its parts; an alternation is the union of
 * its branches (null as soon as one branch is); `?` adds the empty string to an exact set, `*` and
 * `{0,n}` know nothing, `+` and `{m,n}` (m ≥ 1) keep their operand's strings as atoms; `.`, `\w`, `\d`,
 * `\s`, negated and large classes know nothing. A set of atoms that all share a long enough part is
 * replaced by that part. Syntax the cue tables do not use (backreferences, `\p`, `\x`, `\n`, modifiers,
 * a literal `{`, …) and any flag but d, m and s (i and u change what a character matches; g and y make
 * test() stateful) give null for the whole pattern: never a wrong atom, at worst no filtering.
 */
import type { Cue } from './classify-cue-types';

/** Atoms of a pattern: a match always contains one of them; null = unknown, always test. */
export type Atoms = readonly string[] | null;

/** Largest exact set kept (a concatenation's cross product, an alternation's union, a class's size). */
export const EXACT_CAP = 16;

/** Atoms this long count as long enough: beyond it fewer atoms (fewer searches) beat longer ones. */
export const LONG_ENOUGH = 6;

/**
 * Atoms are cut to this many characters (a part of an atom is an atom too): the table of atoms ships in
 * the messages bundle. Cut at 8 rather than not at all: 18.9 → 10.0 kB of atoms, and 4.3 → 4.7 patterns
 * run per corpus message on average.
 */
export const MAX_ATOM = 8;

// Flags that change neither what a character matches nor test()'s statelessness.
const SAFE_FLAGS = /^[dms]*$/;
const QUANTIFIER = /\{(\d+)(?:,(\d*))?\}/y;
const GROUP_HEAD = /\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/y;
// Characters that are not a literal of their own outside a class.
const SPECIAL = '\\^$.|?*+()[]{}';

type Info = { exact: string[] } | { atoms: string[] } | null;

const isQuantifier = (c: string | undefined) => c === '?' || c === '*' || c === '+' || c === '{';

const EMPTY: Info = { exact: [''] };

function shortestLength(strings: readonly string[]): number {
  let min = Infinity;
  for (const s of strings) if (s.length < min) min = s.length;
  return min;
}

/** The strings of a set that contain no other (a text containing one of them contains one of these). */
function minimal(strings: Iterable<string>): string[] {
  const sorted = [...new Set(strings)].sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const s of sorted) if (!kept.some((k) => s.includes(k))) kept.push(s);
  return kept;
}

/**
 * A part of the shortest string found in every string, at least as long as that string (up to
 * LONG_ENOUGH): it filters as well as the whole set, with one search instead of many. "" if none.
 */
function sharedPart(strings: readonly string[]): string {
  const shortest = strings[0] as string;
  const len = Math.min(shortest.length, LONG_ENOUGH);
  const shared = (from: number, to: number) => strings.every((s) => s.includes(shortest.slice(from, to)));
  for (let at = 0; at + len <= shortest.length; at++) {
    let end = at + len;
    if (!shared(at, end)) continue;
    while (end < shortest.length && shared(at, end + 1)) end++;
    return shortest.slice(at, end);
  }
  return '';
}

/**
 * A "contains one of" set from candidate strings (a part of a string is as good a witness): the
 * minimal ones, or the one long enough part they all share, cut to MAX_ATOM characters; null when ""
 * is among them.
 */
function atomSet(strings: readonly string[]): string[] | null {
  const kept = minimal(strings);
  if (kept[0] === '') return null;
  const part = kept.length > 1 ? sharedPart(kept) : '';
  return part ? [part.slice(0, MAX_ATOM)] : minimal(kept.map((s) => s.slice(0, MAX_ATOM)));
}

/** The "contains one of" form of a node's info (null: no information). */
function atomsOf(info: Info): string[] | null {
  if (info === null) return null;
  return 'exact' in info ? atomSet(info.exact) : info.atoms;
}

/** The better filter of two atom sets: longer shortest atom (up to LONG_ENOUGH), then fewer, then longer. */
function pick(a: string[] | null, b: string[] | null): string[] | null {
  if (a === null || b === null) return a ?? b;
  const la = shortestLength(a);
  const lb = shortestLength(b);
  const ca = Math.min(la, LONG_ENOUGH);
  const cb = Math.min(lb, LONG_ENOUGH);
  if (ca !== cb) return ca > cb ? a : b;
  if (a.length !== b.length) return a.length < b.length ? a : b;
  return lb > la ? b : a;
}

function concat(parts: readonly Info[]): Info {
  if (parts.length === 1) return parts[0] as Info;
  let run = [''];
  let best: string[] | null = null;
  let exact = true;
  for (const part of parts) {
    if (part !== null && 'exact' in part && run.length * part.exact.length <= EXACT_CAP) {
      const next = new Set<string>();
      for (const a of run) for (const b of part.exact) next.add(a + b);
      run = [...next];
      continue;
    }
    // The exact run ends here: what it matched is one candidate; this part starts a new run (when
    // exact) or is a candidate of its own.
    exact = false;
    best = pick(best, atomSet(run));
    if (part !== null && 'exact' in part) {
      run = part.exact;
    } else {
      best = pick(best, atomsOf(part));
      run = [''];
    }
  }
  if (exact) return { exact: run };
  best = pick(best, atomSet(run));
  return best === null ? null : { atoms: best };
}

function union(branches: readonly Info[]): Info {
  if (branches.length === 1) return branches[0] as Info;
  const strings: string[] = [];
  let exact = true;
  for (const b of branches) {
    if (b === null) return null;
    if ('exact' in b) strings.push(...b.exact);
    else { exact = false; strings.push(...b.atoms); }
  }
  if (exact) {
    const all = [...new Set(strings)];
    if (all.length <= EXACT_CAP) return { exact: all };
  }
  // Exact sets become atoms once mixed or too many; "" among them (an empty branch) means no information.
  const atoms = atomSet(strings);
  return atoms === null ? null : { atoms };
}

function repeat(info: Info, min: number, max: number): Info {
  if (min === 0) {
    // x? is x or nothing; anything longer (x*, x{0,3}) may be empty or a mix: no information.
    if (max === 1 && info !== null && 'exact' in info && info.exact.length < EXACT_CAP) return { exact: [...info.exact, ''] };
    return null;
  }
  if (min === 1 && max === 1) return info;
  // One or more copies: each contains one of the operand's atoms.
  const atoms = atomsOf(info);
  return atoms === null ? null : { atoms };
}

/** Thrown on syntax the reader does not know: the pattern is then always run. */
class Unsupported extends Error {}

/** Recursive-descent reader of the regex syntax the cue tables use (non-unicode mode). */
class Reader {
  private i = 0;
  constructor(private readonly src: string) {}

  read(): Info {
    const info = this.alternation();
    if (this.i < this.src.length) throw new Unsupported(); // an unbalanced ')'
    return info;
  }

  private alternation(): Info {
    const branches = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      branches.push(this.sequence());
    }
    return union(branches);
  }

  private sequence(): Info {
    const parts: Info[] = [];
    let literal = '';
    for (;;) {
      const c = this.src[this.i];
      if (c === undefined || c === '|' || c === ')') break;
      const next = this.src[this.i + 1];
      // Plain characters are gathered into one literal, unless a quantifier applies to the last one.
      if (!SPECIAL.includes(c) && !isQuantifier(next)) {
        literal += c;
        this.i++;
        continue;
      }
      if (literal) parts.push({ exact: [literal] });
      literal = '';
      // Zero-width assertions add nothing to a concatenation (they cannot be quantified).
      if (c === '^' || c === '$') this.i++;
      else if (c === '\\' && (next === 'b' || next === 'B')) this.i += 2;
      else parts.push(this.quantified(this.term()));
    }
    if (literal) parts.push({ exact: [literal] });
    return parts.length === 0 ? EMPTY : concat(parts);
  }

  private quantified(term: Info): Info {
    const c = this.src[this.i];
    let min = 1;
    let max = 1;
    if (c === '?') [min, max] = [0, 1];
    else if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '{') {
      QUANTIFIER.lastIndex = this.i;
      const m = QUANTIFIER.exec(this.src);
      if (!m) throw new Unsupported(); // a literal '{' (Annex B)
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[2] === '' ? Infinity : Number(m[2]);
      this.i += m[0].length - 1;
    } else {
      return term;
    }
    this.i++;
    if (this.src[this.i] === '?') this.i++; // lazy: matches the same strings
    return repeat(term, min, max);
  }

  private term(): Info {
    const c = this.src[this.i++];
    switch (c) {
      case '.':
        return null;
      case '(':
        return this.group();
      case '[':
        return this.charClass();
      case '\\': {
        const ch = this.escapedChar();
        return ch === null ? null : { exact: [ch] };
      }
      default:
        // A quantifier with nothing to repeat, or a literal ] { } (Annex B).
        if (SPECIAL.includes(c as string)) throw new Unsupported();
        return { exact: [c as string] };
    }
  }

  private group(): Info {
    let lookaround = false;
    if (this.src[this.i] === '?') {
      GROUP_HEAD.lastIndex = this.i;
      const head = GROUP_HEAD.exec(this.src);
      if (!head) throw new Unsupported(); // modifiers such as (?i:…)
      this.i += head[0].length;
      lookaround = head[0] !== '?:' && !head[0].endsWith('>');
    }
    const inner = this.alternation();
    if (this.src[this.i++] !== ')') throw new Unsupported();
    // A lookaround consumes nothing: the match around it carries the atoms.
    return lookaround ? EMPTY : inner;
  }

  /** The character an escape stands for, or null for a class escape (\w \d \s and their negations). */
  private escapedChar(): string | null {
    const c = this.src[this.i++];
    if (c === undefined) throw new Unsupported();
    if ('dDwWsS'.includes(c)) return null;
    if (c === 'u') {
      const hex = this.src.slice(this.i, this.i + 4);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw new Unsupported(); // \u{…}, a lone "u"
      this.i += 4;
      return String.fromCharCode(parseInt(hex, 16));
    }
    // Identity escapes of punctuation (\. \' \- \/ …). Letters and digits (\k, \p, \1, \x, \n, \b in a
    // class …) are not read: backreferences and the like fall back to "always test".
    if (/[A-Za-z0-9]/.test(c)) throw new Unsupported();
    return c;
  }

  private charClass(): Info {
    const negated = this.src[this.i] === '^';
    if (negated) this.i++;
    const chars = new Set<string>();
    let big = negated;
    while (this.src[this.i] !== ']') {
      const from = this.classChar();
      if (this.src[this.i] === '-' && this.src[this.i + 1] !== ']') {
        this.i++;
        const to = this.classChar();
        if (from === null || to === null) throw new Unsupported(); // [\w-z] (Annex B)
        const lo = from.charCodeAt(0);
        const hi = to.charCodeAt(0);
        if (hi - lo >= EXACT_CAP) big = true;
        else for (let code = lo; code <= hi; code++) chars.add(String.fromCharCode(code));
      } else if (from === null) {
        big = true;
      } else {
        chars.add(from);
      }
    }
    this.i++;
    // An empty class matches nothing: no information is still true of it.
    return big || chars.size === 0 || chars.size > EXACT_CAP ? null : { exact: [...chars] };
  }

  /** One character of a class, or null for a class escape. */
  private classChar(): string | null {
    const c = this.src[this.i++];
    if (c === undefined) throw new Unsupported(); // unterminated class
    return c === '\\' ? this.escapedChar() : c;
  }
}

/**
 * Atoms of a pattern source with its flags: every string the pattern matches contains one of them.
 * null when the pattern may match without any of them being known (always run it).
 */
export function sourceAtoms(source: string, flags = ''): Atoms {
  if (!SAFE_FLAGS.test(flags)) return null;
  try {
    return atomsOf(new Reader(source).read());
  } catch {
    return null; // syntax the reader does not know
  }
}

/** Atoms of a RegExp (see sourceAtoms). */
export function regexAtoms(re: RegExp): Atoms {
  return sourceAtoms(re.source, re.flags);
}

/** Joins a pattern's atoms in the generated table (an atom containing it is refused); exported by it too. */
export const ATOM_SEPARATOR = '|';

/**
 * The text of classify-cue-atoms.ts: the atoms of each cue pattern and each forward opening, in table
 * order, joined by ATOM_SEPARATOR; "" for a pattern without atoms (always run).
 */
export function renderCueAtoms(cues: readonly Cue[], forward: readonly RegExp[]): string {
  let count = 0;
  const entry = (re: RegExp, note: string) => {
    const atoms = regexAtoms(re) ?? [];
    if (atoms.some((a) => a.includes(ATOM_SEPARATOR))) throw new Error(`an atom of /${re.source}/ contains "${ATOM_SEPARATOR}"`);
    count += atoms.length;
    return `  ${JSON.stringify(atoms.join(ATOM_SEPARATOR))}, // ${note}`;
  };
  const cueRows = cues.map((cue) => entry(cue.re, `${cue.feature} ${cue.weight}`));
  const forwardRows = forward.map((re, i) => entry(re, `opening ${i + 1}`));
  return `/**
 * GENERATED by utils/policy/generate-cue-atoms.ts from the cue tables: do not edit by hand.
 * Literal atoms of each pattern (classify-prefilter.ts), in the order of ALL_CUES and AMAZON_CS_FORWARD,
 * joined by "${ATOM_SEPARATOR}": a pattern can only match a text that contains one of its atoms; "" = none known (always run).
 * ${cues.length + forward.length} patterns, ${count} atoms. tests/unit/policy/classify-prefilter.test.ts fails until this matches the tables.
 */

/** Joins the atoms of one pattern below. */
export const ATOM_SEPARATOR = ${JSON.stringify(ATOM_SEPARATOR)};

/** Atoms of ALL_CUES, one entry per cue. */
export const CUE_ATOMS: readonly string[] = [
${cueRows.join('\n')}
];

/** Atoms of AMAZON_CS_FORWARD, one entry per opening. */
export const FORWARD_ATOMS: readonly string[] = [
${forwardRows.join('\n')}
];
`;
}

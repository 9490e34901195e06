/**
 * Text preparation for classifyContact: a bounded, normalised copy of the message, its script mix and
 * its language. Everything here is linear in the scanned prefix and never throws.
 */

/** Languages classifyContact recognises and Guidance has reply templates for. */
export type ContactLanguage = 'en' | 'de' | 'fr' | 'es' | 'it' | 'ja';

/**
 * Only this many characters of the body are scanned (plus SUBJECT_SCAN_CHARS of the subject).
 * Buyer and Amazon CS messages state their topic early (CS forwards open with the fixed sentence and
 * "Reason"); scanning a bounded prefix keeps classification linear and fast even for a 1 MB input.
 */
export const BODY_SCAN_CHARS = 8_000;
/** Characters of the subject line that are scanned. */
export const SUBJECT_SCAN_CHARS = 500;
/** A body longer than this is no real buyer message (pasted logs, a page dump): answered as unclear. */
export const MAX_MESSAGE_CHARS = 20_000;

/**
 * Lower-cases, folds full-width forms (NFKC), strips Latin diacritics (so "Rückerstattung" and
 * "Ruckerstattung" match one pattern) and unifies apostrophes and white space. Japanese kana keep their
 * voicing marks: the decomposition is recomposed after only U+0300–U+036F are removed.
 */
export function normaliseForCues(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201b`\u00b4]/g, "'")
    .replace(/\s+/g, ' ');
}

/** The normalised text the classifier reads: the scanned prefixes of subject and body (page and trainer alike). */
export function scanText(subject: string, body: string): string {
  return normaliseForCues(`${subject.slice(0, SUBJECT_SCAN_CHARS)}\n${body.slice(0, BODY_SCAN_CHARS)}`);
}

/** Letter counts per script family in a text. */
export interface ScriptMix {
  letters: number;
  latin: number;
  /** Hiragana, katakana and CJK ideographs. */
  japanese: number;
  /** Kana alone: what tells Japanese from Chinese. */
  kana: number;
  /** Letters of any other script (Cyrillic, Greek, Arabic, Hebrew, Hangul, Thai, Devanagari …). */
  other: number;
}

/** Counts letters by script with plain code-point ranges (one pass, no regex per character). */
export function scriptMix(text: string): ScriptMix {
  const mix: ScriptMix = { letters: 0, latin: 0, japanese: 0, kana: 0, other: 0 };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)) {
      mix.latin++;
    } else if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0xff66 && c <= 0xff9f)) {
      mix.japanese++;
      mix.kana++;
    } else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) {
      mix.japanese++;
    } else if (
      (c >= 0x370 && c <= 0x3ff) || (c >= 0x400 && c <= 0x52f) || (c >= 0x590 && c <= 0x6ff) ||
      (c >= 0x900 && c <= 0x97f) || (c >= 0xe00 && c <= 0xe7f) || (c >= 0xac00 && c <= 0xd7af) ||
      (c >= 0x1100 && c <= 0x11ff)
    ) {
      mix.other++;
    } else {
      continue;
    }
    mix.letters++;
  }
  return mix;
}

/** Why a script mix cannot be classified, or null when it can. */
export function scriptProblem(mix: ScriptMix): 'unsupported-script' | 'mixed-scripts' | null {
  // No letters: no share of any script, so no problem (classifyContact answers such text as 'empty' first).
  const share = (n: number) => n / Math.max(mix.letters, 1);
  if (share(mix.other) >= 0.5) return 'unsupported-script';
  // Japanese messages routinely carry Latin model names ("USB-C", "iPhone"): Latin + Japanese alone is
  // normal. A third script, or a sizeable share of an unsupported one, is not.
  if (share(mix.other) >= 0.15) return 'mixed-scripts';
  return null;
}

// Short, frequent function words per language. Words listed for several languages ("il", "mi", "del")
// are dropped below so that one hit counts for one language only.
type LatinLanguage = Exclude<ContactLanguage, 'ja'>;
/** The languages told apart by stop words; on equal counts the earlier one leads (a tie at the top is undefined). */
const LATIN_LANGUAGES: readonly LatinLanguage[] = ['en', 'de', 'fr', 'es', 'it'];
const STOPWORD_LISTS: Record<LatinLanguage, ReadonlySet<string>> = {
  en: new Set('the and is my i you it to of have has for this with not was when where will can does what how please thanks thank hello hi would could your order item package got me'.split(' ')),
  de: new Set('ich und der die das ist nicht mit mein meine meinen sie ein eine einen habe wann bitte danke hallo noch auch wie wo wurde wurden kann ihr ihre bei fur auf zu es wir von einem dem den uns sich hat sind bestellung paket artikel war beim schon'.split(' ')),
  fr: new Set('je le les et est pas mon ma mes vous une des pour avec merci bonjour ai j\'ai quand comment du au ce cette elle votre sur dans nous mais suis avez pouvez commande colis deux tres'.split(' ')),
  es: new Set('el los las y es mi mis que por para gracias hola he cuando como pero del esta este lo usted su muy hay tengo tienen quiero puedo pueden necesito al estaba hace han favor pedido paquete articulo me otra otro compra'.split(' ')),
  it: new Set('il gli e non mio mia miei che per grazie ho sono buongiorno salve quando come ma del della questo questa lo ancora molto dove vorrei posso potete puo mi si ha dopo nel alla avete perche di vi gia prego siamo ordine pacco reso articolo quanto arrivato'.split(' ')),
};

const STOPWORDS = ((): Record<LatinLanguage, ReadonlySet<string>> => {
  const seen = new Map<string, number>();
  for (const set of Object.values(STOPWORD_LISTS)) for (const w of set) seen.set(w, (seen.get(w) ?? 0) + 1);
  const unique = (set: ReadonlySet<string>) => new Set([...set].filter((w) => seen.get(w) === 1));
  const { en, de, fr, es, it } = STOPWORD_LISTS;
  return { en: unique(en), de: unique(de), fr: unique(fr), es: unique(es), it: unique(it) };
})();

/**
 * Language of a normalised text, or undefined when no supported language is evident. Japanese wins when
 * kana are present; otherwise the Latin language with the most stop-word hits (at least two, and ahead
 * of the runner-up) is chosen.
 */
export function detectLanguage(normalised: string, mix: ScriptMix): ContactLanguage | undefined {
  if (mix.kana >= 3 || (mix.kana >= 1 && mix.japanese >= mix.latin)) return 'ja';
  const counts: Record<LatinLanguage, number> = { en: 0, de: 0, fr: 0, es: 0, it: 0 };
  const tokens = normalised.match(/[a-z\u00df']+/g) ?? [];
  for (const token of tokens) {
    for (const lang of LATIN_LANGUAGES) {
      if (STOPWORDS[lang].has(token)) counts[lang] += 1;
    }
  }
  // Spanish alone opens questions and exclamations with inverted marks.
  if (/[\u00bf\u00a1]/.test(normalised)) counts.es += 2;
  const best = LATIN_LANGUAGES.reduce((a, b) => (counts[b] > counts[a] ? b : a));
  const runnerUp = Math.max(...LATIN_LANGUAGES.filter((lang) => lang !== best).map((lang) => counts[lang]));
  // One hit is enough in a short text no other language claims ("Quanto pesa la valigia?").
  const needed = tokens.length <= 12 && runnerUp === 0 ? 1 : 2;
  if (counts[best] < needed || counts[best] === runnerUp) return undefined;
  return best;
}

// classifyContact edge cases that the routing tests do not reach: a return mentioned without any money
// talk, text damaged by a broken encoding, half-width katakana, letter-less script mixes and messages
// split evenly between two languages.
import { classifyContact, type ContactClassification } from '@/utils/policy/classify';
import { detectLanguage, normaliseForCues, scriptMix, scriptProblem } from '@/utils/policy/classify-text';

const buyer = (body: string): ContactClassification => classifyContact({ sender: 'buyer', body });
const language = (text: string) => { const n = normaliseForCues(text); return detectLanguage(n, scriptMix(n)); };

describe('a return mentioned without asking for the money', () => {
  it('is still a refund matter for the seller, but less certain than an explicit refund question', () => {
    const bare = buyer('I have returned the jacket, it was too small.');
    const asked = buyer('I have returned the jacket, it was too small. When will I get my refund?');
    expect(bare).toMatchObject({ intent: 'refund-status', signals: ['return-sent', 'model'], language: 'en' });
    expect(asked).toMatchObject({ intent: 'refund-status', unclear: false });
    expect(bare.confidence).toBeLessThan(asked.confidence);
    // The size complaint only explains the return: it does not send the message to Amazon CS.
    expect(bare.topic).toBeUndefined();
  });

  it('leads with refund when the return is all the message says, naming the other reading if close', () => {
    const r = buyer('Ich habe das Paket zurückgeschickt.');
    expect(r).toMatchObject({ intent: 'refund-status', signals: ['return-sent', 'model'], language: 'de' });
    expect(r.confidence).toBeGreaterThanOrEqual(0.6);
    if (r.unclear) expect(r.runnerUp).toBe('other-post-order');
  });
});

describe('text damaged by a broken encoding', () => {
  it('ignores replacement characters (U+FFFD): they are not letters of another script', () => {
    const clean = buyer('Wo ist mein Paket?');
    const damaged = buyer('Wo ist mein Paket? \uFFFD\uFFFD\uFFFD \uFFFD\uFFFD');
    expect(damaged).toEqual(clean);
    expect(damaged).toMatchObject({ intent: 'other-post-order', topic: 'late-or-missing', unclear: false, language: 'de' });
  });

  it('answers a message whose text was lost entirely as empty instead of guessing', () => {
    expect(buyer('\uFFFD'.repeat(24))).toMatchObject({ intent: 'other-post-order', confidence: 0, unclear: true, unclearReason: 'empty' });
  });
});

describe('half-width katakana (older Japanese mail systems)', () => {
  it('reads a half-width message exactly like its full-width form', () => {
    const half = buyer('ｷｬﾝｾﾙしてください。');
    expect(half).toEqual(buyer('キャンセルしてください。'));
    expect(half).toMatchObject({ intent: 'other-post-order', topic: 'cancel', unclear: false, language: 'ja' });
  });

  it('counts half-width katakana as kana even before normalisation', () => {
    expect(scriptMix('ﾍﾝﾋﾟﾝ')).toEqual({ letters: 5, latin: 0, japanese: 5, kana: 5, other: 0 });
    expect(scriptMix('\uFFFD\uFFFD')).toEqual({ letters: 0, latin: 0, japanese: 0, kana: 0, other: 0 });
  });

  it('reports no script problem for text without letters', () => {
    expect(scriptProblem(scriptMix('12345 ?! \uFFFD'))).toBeNull();
  });
});

describe('messages split evenly between two languages', () => {
  it('name no language, so the reply falls back to the marketplace language', () => {
    expect(language('My order — meine Bestellung')).toBeUndefined(); // en 2 : de 2
    expect(language('the ich')).toBeUndefined(); // one hit each
    expect(language('My order — meine Bestellung — mein Paket')).toBe('de'); // de 4 : en 2
  });
});

// classifyContact's trained model (issue 16): the committed weight table is exactly what the generator
// makes of the committed development corpora (deterministic training), the page reads it as the trainer
// meant it, and the n-gram inputs are what the trainer saw.
import { readFileSync } from 'node:fs';
import { CLASSIFY_MODEL } from '@/utils/policy/classify-model.generated';
import {
  MODEL_CONFIG, MODEL_CORPORA, buildModel, corpusMessages, messageInputs, renderModel, scoresOf, softmax, trainSoftmax,
  type BuildConfig,
} from '@/utils/policy/classify-model-train';
import { decodeWeight, encodeWeight, readModel } from '@/utils/policy/classify-model';
import { cueInputs, modelInputs, textFeatures } from '@/utils/policy/classify-features';
import type { ModelTable } from '@/utils/policy/classify-model-types';

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../../fixtures/messages/${name}`, import.meta.url), 'utf8')) as unknown;

describe('the committed model table', () => {
  it('is what the generator makes of the committed corpora (run npm run gen:classifier after changing them)', () => {
    const messages = MODEL_CORPORA.flatMap((name) => corpusMessages(fixture(name)));
    const table = buildModel(messages, MODEL_CONFIG);
    const committed = readFileSync(new URL('../../../utils/policy/classify-model.generated.ts', import.meta.url), 'utf8');
    expect(renderModel(table, `Trained on ${MODEL_CORPORA.join(', ')} (${messages.length} messages).`)).toBe(committed);
    expect(CLASSIFY_MODEL).toEqual(table);
    // Small enough for the messages bundle (issue 16: the table ships in the page).
    expect(CLASSIFY_MODEL.inputs.length + CLASSIFY_MODEL.weights.length).toBeLessThan(120_000);
    // Two characters per weight, one weight per class but the last, per input.
    expect(CLASSIFY_MODEL.weights.length).toBe(CLASSIFY_MODEL.inputs.split('|').length * 2 * (CLASSIFY_MODEL.classes.length - 1));
  }, 300_000);
});

describe('n-gram inputs', () => {
  const opts = { bigrams: true, wordChars: [3], jaChars: [2] };

  it('reads words, bigrams within a sentence, word character n-grams and Japanese character n-grams', () => {
    expect([...textFeatures('is it 2019? ok', opts)]).toEqual([
      'w:is', 'c:^is', 'c:is$', 'w:it', 'b:is it', 'c:^it', 'c:it$', 'w:0', 'b:it 0', 'c:^0$', 'w:ok', 'c:^ok', 'c:ok$',
    ]);
    expect([...textFeatures('返品しました', opts)]).toEqual(['j:返品', 'j:品し', 'j:しま', 'j:まし', 'j:した']);
    // A switch of script ends the word and the bigram chain; commas, apostrophes and hyphens keep it.
    expect([...textFeatures('usb-c対応 ok', { bigrams: true, wordChars: [], jaChars: [2] })]).toEqual(['w:usb', 'w:c', 'b:usb c', 'j:対応', 'w:ok']);
    expect([...textFeatures('a1b22', { bigrams: false, wordChars: [], jaChars: [] })]).toEqual(['w:a0b0']);
  });

  it('scales the cue evidence and rule scores, and marks a question', () => {
    const inputs = cueInputs(new Map([['refund', 3]]), { scores: { 'refund-status': 12, 'other-post-order': 0, 'product-question': 1.5 } }, true);
    expect([...inputs]).toEqual([['f:refund', 1], ['r:refund-status', 3], ['r:product-question', 0.5], ['q:?', 1]]);
    expect(modelInputs('ok', new Map(), { scores: { 'refund-status': 0, 'other-post-order': 0, 'product-question': 0 } }, false, opts))
      .toEqual(new Map([['w:ok', 1], ['c:^ok', 1], ['c:ok$', 1]]));
  });

  it('skips Amazon CS contacts and forwards when training', () => {
    expect(messageInputs({ sender: 'amazon-cs', body: 'Where is my refund?', intent: 'amazon-cs-request' }, opts)).toBeNull();
    expect(messageInputs({ sender: 'buyer', body: "We've been contacted by a customer regarding the order identified below.", intent: 'amazon-cs-request' }, opts)).toBeNull();
    expect(messageInputs({ sender: 'buyer', subject: 'Hi', body: 'Where is my refund?', intent: 'refund-status' }, opts)?.get('f:refund-status')).toBeGreaterThan(0);
  });

  it('reads both corpus formats', () => {
    expect(corpusMessages([{ sender: 'buyer', body: 'x', intent: 'refund-status' }])).toEqual([{ sender: 'buyer', subject: undefined, body: 'x', intent: 'refund-status' }]);
    expect(corpusMessages({ messages: [{ sender: 'buyer', subject: 's', body: 'x', expected: 'product-question' }] }))
      .toEqual([{ sender: 'buyer', subject: 's', body: 'x', intent: 'product-question' }]);
  });
});

describe('training and reading', () => {
  it('fits a separable toy problem deterministically', () => {
    const examples = [
      { x: [[0, 1]] as const, y: 0 }, { x: [[1, 1]] as const, y: 1 }, { x: [[2, 1]] as const, y: 2 }, { x: [[0, 1], [2, 0.5]] as const, y: 0 },
    ];
    const opts = { l2: 1e-3, epochs: 200, rate: 0.1 };
    const a = trainSoftmax(examples, 3, 3, opts);
    expect(trainSoftmax(examples, 3, 3, opts)).toEqual(a);
    for (const ex of examples) {
      const p = softmax(scoresOf(a, ex.x)) as Float64Array;
      expect(p.indexOf(Math.max(...p))).toBe(ex.y);
    }
    expect(softmax([1000, 1000])).toEqual([0.5, 0.5]);
  });

  const config: BuildConfig = { ...MODEL_CONFIG, features: { bigrams: false, wordChars: [], jaChars: [2] }, epochs: 150, maxGrams: 4, minCount: 1 };
  const toy = [
    { sender: 'buyer', body: 'does it fit', intent: 'product-question' },
    { sender: 'buyer', body: 'does this fit', intent: 'product-question' },
    { sender: 'buyer', body: 'money back please', intent: 'refund-status' },
    { sender: 'buyer', body: 'please cancel', intent: 'other-post-order' },
    { sender: 'buyer', body: 'キャンセル', intent: 'other-post-order' },
    { sender: 'amazon-cs', body: 'please answer', intent: 'amazon-cs-request' },
  ] as const;

  it('keeps at most maxGrams n-grams (the cue inputs always) and reads like the trainer', () => {
    const table = buildModel(toy, config);
    const inputs = table.inputs.split('|');
    expect([...inputs].sort()).toEqual(inputs);
    expect(inputs.filter((k) => /^[wbcj]:/.test(k)).length).toBeLessThanOrEqual(4);
    expect(inputs.some((k) => k.startsWith('f:') || k.startsWith('r:'))).toBe(true);
    const fits = readModel(table, messageInputs({ sender: 'buyer', body: 'does it fit', intent: '' }, config.features) as Map<string, number>);
    expect(fits.known).toBeGreaterThan(0);
    expect(Math.max(...Object.values(fits.probabilities))).toBe(fits.probabilities['product-question']);
    const sum = Object.values(fits.probabilities).reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(1, 10);
    // Coarse quanta round small weights to nothing: those inputs are left out.
    expect(buildModel(toy, { ...config, quantum: 0.001 })).toMatchObject({ inputs: '', weights: '' });
  });

  it('reads an empty table as its bias, and counts no word character n-gram as known', () => {
    const empty: ModelTable = { ...buildModel([], config), bias: [0, 0, 0], inputs: '', weights: '' };
    expect(renderModel(empty, 'nothing')).toContain('// 0 inputs.');
    expect(readModel(empty, new Map([['w:x', 1]]))).toEqual({
      probabilities: { 'product-question': 1 / 3, 'refund-status': 1 / 3, 'other-post-order': 1 / 3 }, known: 0,
    });
    const chars: ModelTable = { ...empty, inputs: 'a:|c:^x|z:', weights: `${encodeWeight(0)}${encodeWeight(-5)}${encodeWeight(32)}${encodeWeight(0)}${encodeWeight(0)}${encodeWeight(7)}` };
    expect(readModel(chars, new Map([['c:^x', 1]])).known).toBe(0);
    expect(readModel(chars, new Map([['c:^x', 1]])).probabilities['product-question']).toBeGreaterThan(0.5);
    // Binary search finds the first and the last input, and misses between them.
    expect(readModel(chars, new Map([['a:', 1], ['z:', 1], ['m:', 1]])).known).toBe(2);
  });

  it('packs every weight in -2048..2047 into two characters and refuses the rest', () => {
    for (const w of [-2048, -1, 0, 1, 77, 2047]) expect(decodeWeight(`x${encodeWeight(w)}`, 1)).toBe(w);
    expect(encodeWeight(-2048) + encodeWeight(2047)).toBe('AA__');
    for (const w of [2048, -2049, 0.5]) expect(() => encodeWeight(w)).toThrow(RangeError);
  });
});

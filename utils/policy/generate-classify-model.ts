/**
 * Regenerates utils/policy/classify-model.generated.ts: trains classifyContact's model on the development
 * corpora (MODEL_CORPORA in classify-model-train.ts) with MODEL_CONFIG and writes the weight table.
 * Run: npm run gen:classifier   (then commit the table; tests/unit/policy/classify-model.test.ts fails
 * until the committed table is what this makes of the committed corpora).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MODEL_CONFIG, MODEL_CORPORA, buildModel, corpusMessages, renderModel } from './classify-model-train';

const here = fileURLToPath(new URL('.', import.meta.url));
const fixtures = fileURLToPath(new URL('../../tests/fixtures/messages/', import.meta.url));
const messages = MODEL_CORPORA.flatMap((name) => corpusMessages(JSON.parse(readFileSync(`${fixtures}${name}`, 'utf8'))));
const text = renderModel(buildModel(messages, MODEL_CONFIG), `Trained on ${MODEL_CORPORA.join(', ')} (${messages.length} messages).`);
writeFileSync(`${here}classify-model.generated.ts`, text);
console.log(`classify-model.generated.ts written (${text.length} chars)`);

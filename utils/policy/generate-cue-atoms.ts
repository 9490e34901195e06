/**
 * Regenerates utils/policy/classify-cue-atoms.ts from the cue tables (classify-cues*.ts).
 * Run: npx jiti utils/policy/generate-cue-atoms.ts   (then commit the table; the drift test
 * tests/unit/policy/classify-prefilter.test.ts fails until the committed table matches the cues).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ALL_CUES, AMAZON_CS_FORWARD } from './classify-cues';
import { renderCueAtoms } from './classify-prefilter';

const here = fileURLToPath(new URL('.', import.meta.url));
const text = renderCueAtoms(ALL_CUES, AMAZON_CS_FORWARD);
writeFileSync(`${here}classify-cue-atoms.ts`, text);
console.log(`classify-cue-atoms.ts written (${text.length} chars)`);

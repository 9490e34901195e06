// Reads `web-ext lint -o json` output (path in argv[2]) for .ci/run: prints every message and the
// counts, and exits 1 when there is any error (0 errors required). Warnings from the UI library's own
// dangerouslySetInnerHTML implementation (React in the extension pages' chunk, Preact in the overlay
// bundle) are counted apart: Mozilla flags every `.innerHTML =` in the bundled library code.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const [, , reportFile, buildDir = '.output/firefox-mv2'] = process.argv;
const report = JSON.parse(readFileSync(reportFile, 'utf8'));

function fromLibrary(m) {
  if (m.code !== 'UNSAFE_VAR_ASSIGNMENT' || !m.file || !m.line) return false;
  try {
    const line = readFileSync(join(buildDir, m.file), 'utf8').split('\n')[m.line - 1] ?? '';
    const col = m.column ?? 0;
    return line.slice(Math.max(0, col - 300), col + 40).includes('dangerouslySetInnerHTML');
  } catch {
    return false;
  }
}

const errors = report.errors ?? [];
const warnings = report.warnings ?? [];
const own = warnings.filter((m) => !fromLibrary(m));
for (const m of errors) console.log(`  error    ${m.code} ${m.file ?? ''}:${m.line ?? ''} ${m.message}`);
for (const m of warnings) {
  console.log(`  warning  ${m.code} ${m.file ?? ''}:${m.line ?? ''} ${m.message}${fromLibrary(m) ? ' (UI library)' : ''}`);
}
console.log(`web-ext lint: ${errors.length} errors, ${warnings.length} warnings (${own.length} from our code, ${warnings.length - own.length} from the UI library), ${(report.notices ?? []).length} notices`);
process.exit(errors.length === 0 ? 0 : 1);

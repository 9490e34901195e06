// Checks the sources zip `npm run zip:firefox` writes for AMO review (path in argv[2]): it holds what
// `npm ci && npm run zip:firefox` needs (docs/store/amo-review.md), and nothing secret or large.
// Lists the archive with `unzip -Z1` (Debian: package unzip). Exits 1 on any problem.
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';

const [, , zip] = process.argv;
const files = execFileSync('unzip', ['-Z1', zip], { encoding: 'utf8' }).split('\n').filter((f) => f && !f.endsWith('/'));
const size = statSync(zip).size;
const problems = [];

const REQUIRED = [
  'package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json', 'docs/store/amo-review.md',
  'entrypoints/background.ts', 'entrypoints/seller-central.content/index.ts', 'entrypoints/popup/index.html',
  'entrypoints/options/index.html', 'public/icon/128.png',
  // The UI's texts (utils/i18n/locales/, read by @wxt-dev/i18n) and the classifier's generated weights (its corpora stay in tests/).
  ...['en', 'de', 'fr', 'it', 'es', 'ja'].map((l) => `utils/i18n/locales/${l}.json`), 'utils/policy/classify-model.generated.ts',
];
for (const f of REQUIRED) if (!files.includes(f)) problems.push(`missing ${f}`);

// Secrets, build output, installed packages, VCS and editor state, local test output.
const FORBIDDEN = [
  /(^|\/)\.env(\.|$)/, /\.(pem|key|p12|pfx|crt|keystore)$/i, /(^|\/)\.npmrc$/, /(^|\/)(id_rsa|id_ed25519)/,
  /(^|\/)node_modules\//, /(^|\/)\.output\//, /(^|\/)\.wxt\//, /(^|\/)\.git\//, /(^|\/)\.(e2e|bench|demo)\//,
  /(^|\/)coverage\//, /(^|\/)web-ext-artifacts\//, /\.zip$/,
];
for (const f of files) if (FORBIDDEN.some((re) => re.test(f))) problems.push(`should not be there: ${f}`);

const MAX_BYTES = 2 * 1024 * 1024;
if (size > MAX_BYTES) problems.push(`${(size / 1024).toFixed(0)} kB, more than ${MAX_BYTES / 1024} kB`);

for (const p of problems) console.log(`  ${p}`);
console.log(`sources zip: ${files.length} files, ${(size / 1024).toFixed(0)} kB, ${problems.length} problems`);
process.exit(problems.length === 0 ? 0 : 1);

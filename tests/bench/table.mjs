// npm run bench:table [-- <file>] — prints the Markdown table of the last `npm run bench` from
// .bench/results.json (or <file>); the table itself is tests/bench/markdown-table.ts.
import { readFileSync } from 'node:fs';
import { createJiti } from 'jiti';

const { markdownTable } = await createJiti(import.meta.url).import('./markdown-table.ts');
const path = process.argv[2] ?? '.bench/results.json';
let results;
try {
  results = JSON.parse(readFileSync(path, 'utf8'));
} catch (error) {
  console.error(`bench:table: cannot read ${path} (${error.code ?? error.message}); run \`npm run bench\` first.`);
  process.exit(1);
}
console.log(markdownTable(results));

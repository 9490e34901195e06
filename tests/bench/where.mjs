// npm run bench:where -- [page path] — where an overlay's JavaScript time goes, by source module.
// Builds the extension with source maps (SFP_SOURCEMAP=1, wxt.config.ts) into .bench/where, loads the
// page 8 times (after one warm-up) under the CPU profiler (250 µs sampling) and maps every sample with
// an overlay-bundle frame on its stack to the source module of the nearest such frame (native calls
// made from there are listed separately). Default page: the SFP order. Figures are per load, and run
// high against `npm run bench` (finer sampling costs more): use them to compare modules, not budgets.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createJiti } from 'jiti';
import { CHROMIUM_PATH, INSTALL_HINT, hasChromium } from '../e2e/chromium.mjs';

if (!hasChromium()) {
  console.error(`bench:where: Chromium not found at ${CHROMIUM_PATH}; ${INSTALL_HINT}.`);
  process.exit(1);
}
const require = createRequire(import.meta.url);
const { SourceMapConsumer } = require('source-map-js');
const jiti = createJiti(import.meta.url);
const { buildExtension } = await jiti.import('../e2e/build.ts');
const { startFixtureServer } = await jiti.import('../e2e/server.ts');
const { launch, sellerCentralUrl } = await jiti.import('../e2e/harness.ts');
const { profileLoad, samplesByNearestFrame } = await jiti.import('./page-bench.ts');
const { detectPage } = await jiti.import('../../utils/pages/detect.ts');
const { SFP_ORDER_ID, orderPath } = await jiti.import('../e2e/routes.ts');

const path = process.argv[2] ?? orderPath(SFP_ORDER_ID);
const url = sellerCentralUrl(path);
const kind = detectPage(url)?.kind;
if (!kind || kind === 'other') {
  console.error(`bench:where: ${path} is not a page with an overlay`);
  process.exit(1);
}
const bundle = `overlay-${kind}.js`;
process.env.SFP_SOURCEMAP = '1';
const dir = buildExtension('.bench/where');
const maps = new SourceMapConsumer(JSON.parse(readFileSync(`${dir}/content-scripts/${bundle}.map`, 'utf8')));
const server = await startFixtureServer();
const session = await launch({ port: server.port, extensionPath: dir });
const RUNS = 8;
const totals = new Map();
let total = 0;
try {
  for (let i = 0; i <= RUNS; i++) {
    const profile = await profileLoad(session.context, url, 250, 800);
    if (i === 0) continue; // warm-up
    for (const { node, leaf, ms } of samplesByNearestFrame(profile, (frame) => frame.url.endsWith(bundle))) {
      const frame = node.callFrame;
      const pos = maps.originalPositionFor({ line: frame.lineNumber + 1, column: frame.columnNumber });
      let source = (pos.source ?? '(unmapped)').replace(/.*node_modules\//, 'node_modules/').replace(/^(\.\.\/)+/, '');
      const parts = source.split('/');
      if (parts[0] === 'node_modules') source = parts.slice(0, parts[1]?.startsWith('@') ? 3 : 2).join('/');
      const key = !leaf.callFrame.url && leaf.callFrame.functionName ? `${source} → native ${leaf.callFrame.functionName}` : source;
      totals.set(key, (totals.get(key) ?? 0) + ms);
      total += ms;
    }
  }
} finally {
  await session.close();
  await server.close();
}
console.log(`${bundle} on ${path}: ${(total / RUNS).toFixed(1)} ms per load with a bundle frame on the stack`);
for (const [key, ms] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${(ms / RUNS).toFixed(1).padStart(7)}  ${key}`);

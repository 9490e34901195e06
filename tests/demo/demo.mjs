// npm run demo — builds SFP Guide, serves the sample Seller Central pages over HTTPS on 127.0.0.1
// (the e2e fixture server) and opens Chromium with the extension on the sample SFP order page.
//   With a DISPLAY and without --headless: a real window (fresh profile) with the sample index and the
//     SFP order open; it keeps serving until you close the window (or press Ctrl+C).
//   With --headless or no DISPLAY: saves screenshots of the overlay and the popup into .demo/screenshots
//     (printed at the end) and exits; --docs also copies them to docs/screenshots/.
// The TypeScript harness modules are loaded with jiti (Node 20 cannot run TypeScript by itself).
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { createJiti } from 'jiti';
import { CHROMIUM_PATH, INSTALL_HINT, hasChromium } from '../e2e/chromium.mjs';

const args = new Set(process.argv.slice(2));
const headless = args.has('--headless') || !process.env.DISPLAY;
const OUT = resolve('.demo/screenshots');

if (!hasChromium()) {
  console.error(`demo: Chromium not found at ${CHROMIUM_PATH}; ${INSTALL_HINT}.`);
  process.exit(1);
}

const jiti = createJiti(import.meta.url);
const { buildExtension } = await jiti.import('../e2e/build.ts');
const { startFixtureServer } = await jiti.import('../e2e/server.ts');
const h = await jiti.import('../e2e/harness.ts');
const { INDEX_HOST, NON_SFP_ORDER_ID, SFP_ORDER_ID, BROKEN_ORDER_ID, orderPath } = await jiti.import('../e2e/routes.ts');

console.log('demo: building the extension (wxt build) …');
const extension = buildExtension('.demo/build');
const server = await startFixtureServer();
console.log(`demo: serving the sample pages on https://127.0.0.1:${server.port} (as https://sellercentral.amazon.com/…)`);
const session = await h.launch({ headless, port: server.port, extensionPath: extension });
const sfpUrl = h.sellerCentralUrl(orderPath(SFP_ORDER_ID));

async function shutdown(code) {
  await session.close();
  await server.close();
  process.exit(code);
}

if (!headless) {
  // The window opens with one blank tab: show the index of sample pages there, the SFP order beside it.
  const first = session.context.pages()[0] ?? (await session.context.newPage());
  await first.goto(`https://${INDEX_HOST}/`);
  await session.page(sfpUrl);
  console.log(`demo: Chromium is open on ${sfpUrl}`);
  console.log(`demo: every sample page is listed at https://${INDEX_HOST}/ (first tab). Close the window or press Ctrl+C to stop.`);
  session.context.on('close', () => void shutdown(0));
  process.on('SIGINT', () => void shutdown(0));
} else {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const shots = [];
  const problems = [];

  // Wait for an element; a missing one is reported, never hidden.
  async function visible(locator, what) {
    try {
      await locator.first().waitFor({ state: 'visible', timeout: 15_000 });
      return true;
    } catch {
      problems.push(`${what} did not appear`);
      return false;
    }
  }
  async function shoot(target, name) {
    const file = join(OUT, name);
    await target.screenshot({ path: file });
    shots.push(file);
  }

  const page = await session.page(sfpUrl);
  if (await visible(h.overlay(page), 'the overlay on the SFP order page')) {
    await page.locator('sfp-guide-overlay').first().scrollIntoViewIfNeeded();
    await shoot(h.overlay(page).first(), 'overlay-sfp.png');
  }
  await shoot(page, 'order-details-sfp-page.png');

  const nonSfp = await session.page(h.sellerCentralUrl(orderPath(NON_SFP_ORDER_ID)));
  if (await visible(h.overlay(nonSfp), 'the overlay on the non-SFP order page')) await shoot(h.overlay(nonSfp).first(), 'overlay-non-sfp.png');
  const broken = await session.page(h.sellerCentralUrl(orderPath(BROKEN_ORDER_ID)));
  if (await visible(h.unrecognisedChip(broken), 'the "page not recognised" chip')) await shoot(h.unrecognisedChip(broken).first(), 'unrecognised-chip.png');

  // Give the popup something to list: mark the SFP order's return as received, as a seller would.
  const mark = page.locator('[data-sfp-mark="return-received"]');
  if (await visible(mark, 'the "return received" mark button')) await mark.first().click();
  const popup = await session.openPopup();
  await popup.setViewportSize({ width: 420, height: 600 });
  await visible(popup.locator('[data-sfp-action]'), 'a row in the popup');
  // The popup's own box (#root), as the toolbar shows it, not the whole tab.
  await shoot((await popup.locator('#root').count()) ? popup.locator('#root') : popup, 'popup.png');

  if (args.has('--docs')) {
    mkdirSync('docs/screenshots', { recursive: true });
    // The close-ups the README uses; the full-page shot stays in .demo only.
    for (const file of shots.filter((f) => !f.endsWith('-page.png'))) {
      copyFileSync(file, join('docs/screenshots', basename(file)));
    }
  }
  console.log(`demo: screenshots saved in ${OUT}:`);
  for (const file of shots) console.log(`  ${file}`);
  for (const p of problems) console.log(`demo: NOTE: ${p}`);
  await shutdown(problems.length === 0 ? 0 : 1);
}

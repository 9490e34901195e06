/**
 * Vitest global setup of the Firefox e2e suite: the Firefox MV2 build (a production `wxt build -b
 * firefox` into a private temporary folder; E2E_SKIP_BUILD=1 uses .output/firefox-mv2) and the same
 * HTTPS fixture server as the Chromium suite (tests/e2e/server.ts). Their path and port reach the
 * spec workers through SFP_EXTENSION_PATH and SFP_E2E_PORT.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildExtension } from '../e2e/build';
import { startFixtureServer } from '../e2e/server';

export default async function setup(): Promise<() => Promise<void>> {
  const outBase = mkdtempSync(join(tmpdir(), 'sfp-e2e-firefox-build-'));
  process.env.SFP_EXTENSION_PATH = buildExtension(outBase, 'firefox');
  const server = await startFixtureServer();
  process.env.SFP_E2E_PORT = String(server.port);
  return async () => {
    await server.close();
    rmSync(outBase, { recursive: true, force: true });
  };
}

/**
 * Vitest global setup of the e2e suite: build the extension once into a private temporary folder,
 * start the HTTPS fixture server, and tell the spec workers where both are through SFP_EXTENSION_PATH
 * and SFP_E2E_PORT (inherited by the forked workers).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildExtension } from './build';
import { startFixtureServer } from './server';

export default async function setup(): Promise<() => Promise<void>> {
  const outBase = mkdtempSync(join(tmpdir(), 'sfp-e2e-build-'));
  process.env.SFP_EXTENSION_PATH = buildExtension(outBase);
  const server = await startFixtureServer();
  process.env.SFP_E2E_PORT = String(server.port);
  return async () => {
    await server.close();
    rmSync(outBase, { recursive: true, force: true });
  };
}

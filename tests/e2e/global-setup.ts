/**
 * Vitest global setup of the e2e suite: build the extension once, start the HTTPS fixture server,
 * and tell the spec workers its port through SFP_E2E_PORT (inherited by the forked workers).
 */
import { buildExtension } from './build';
import { startFixtureServer } from './server';

export default async function setup(): Promise<() => Promise<void>> {
  buildExtension();
  const server = await startFixtureServer();
  process.env.SFP_E2E_PORT = String(server.port);
  return () => server.close();
}

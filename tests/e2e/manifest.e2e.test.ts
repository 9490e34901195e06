// The built Chrome manifest, as README.md describes it: the version is package.json's (WXT copies it;
// CHANGELOG.md names releases by it), and the permissions are the README's table — nothing more.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { SELLER_CENTRAL_MATCHES } from '../../utils/marketplaces';
import { extensionPath } from './harness';

const manifest = JSON.parse(readFileSync(join(extensionPath(), 'manifest.json'), 'utf8'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

describe('built manifest', () => {
  test("carries package.json's version, which CHANGELOG.md lists", () => {
    expect(manifest.version).toBe(pkg.version);
    expect(readFileSync('CHANGELOG.md', 'utf8')).toContain(`## [${pkg.version}]`);
  });

  test('asks for the permissions README.md lists, and host access to Seller Central only', () => {
    expect(manifest.permissions).toEqual(['storage', 'alarms', 'scripting']);
    expect(manifest.optional_permissions).toEqual(['notifications']);
    expect(manifest.host_permissions).toEqual([...SELLER_CENTRAL_MATCHES]);
    expect(manifest.host_permissions).toHaveLength(25);
    expect(manifest.host_permissions.every((m: string) => /^https:\/\/sellercentral[\w.-]*\.amazon\.[a-z.]+\/\*$/.test(m))).toBe(true);
  });
});

/**
 * A throw-away self-signed certificate for the fixture server, made with openssl at start.
 * Chromium runs with --ignore-certificate-errors, so the names only need to look right; they are
 * listed anyway so a manual `curl --cacert` against the server works too.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** PEM key and certificate for an HTTPS server. */
export interface Certificate {
  key: string;
  cert: string;
}

/** Makes a P-256 certificate valid for two days for the given host names (needs `openssl` on PATH). */
export function makeCertificate(hosts: readonly string[]): Certificate {
  const dir = mkdtempSync(join(tmpdir(), 'sfp-e2e-cert-'));
  try {
    const keyFile = join(dir, 'key.pem');
    const certFile = join(dir, 'cert.pem');
    const san = ['IP:127.0.0.1', ...hosts.map((h) => `DNS:${h}`)].join(',');
    execFileSync(
      'openssl',
      [
        'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
        '-keyout', keyFile, '-out', certFile, '-days', '2',
        '-subj', '/CN=SFP Guide e2e fixtures', '-addext', `subjectAltName=${san}`,
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    return { key: readFileSync(keyFile, 'utf8'), cert: readFileSync(certFile, 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

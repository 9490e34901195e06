/**
 * HTTPS fixture server for e2e tests, `npm run demo` and `npm run bench`: serves the route table
 * (tests/e2e/routes.ts) on 127.0.0.1 with a self-signed certificate made at start. Chromium reaches it
 * through --host-resolver-rules, so pages load as https://sellercentral.amazon.com/... and the real
 * manifest matches apply unchanged.
 *
 * Extra endpoints on every host (for tests): GET /__sfp/requests → JSON log of the requests served
 * since the last DELETE /__sfp/requests. The index of sample pages is at https://fixtures.sfp-guide.test/
 * (and /__sfp/index on any host).
 */
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { SELLER_CENTRAL_HOSTS } from '../../utils/marketplaces';
import { makeCertificate } from './cert';
import { INDEX_HOST, OTHER_HOSTS, SFP_ORDER_ID, orderPath, routes as defaultRoutes, type Route } from './routes';

/** Every host name the server answers for (Seller Central, look-alikes and the index host). */
export const SERVED_HOSTS: readonly string[] = [...SELLER_CENTRAL_HOSTS, ...OTHER_HOSTS, INDEX_HOST];

/** One request the server answered (for tests about what the extension fetches). */
export interface ServedRequest {
  method: string;
  host: string;
  path: string;
  status: number;
}

/** A running fixture server. */
export interface FixtureServer {
  port: number;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

const escapeHtml = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

/**
 * A JSON fixture that stores a whole HTTP answer — `{ status, contentType, body }`, the shape the readers'
 * tests fake fetch with (tests/readers/page-fixtures.ts, e.g. tests/fixtures/api/returns-us.json) — is
 * served as that answer: its status, its content type and its body (a string as is, anything else as JSON).
 * Other files are served as they are (null).
 */
export function storedAnswer(file: string, content: Buffer): { status: number; contentType: string; body: string } | null {
  if (extname(file) !== '.json') return null;
  let stored: unknown;
  try {
    stored = JSON.parse(content.toString('utf8'));
  } catch {
    return null;
  }
  const { status, contentType, body } = (stored ?? {}) as { status?: unknown; contentType?: unknown; body?: unknown };
  if (typeof status !== 'number' || typeof contentType !== 'string' || body === undefined) return null;
  return { status, contentType, body: typeof body === 'string' ? body : JSON.stringify(body) };
}

/**
 * Finds the route for a host and pathname: the first route naming this host wins, else the first route for every
 * host (so a page added for one host, e.g. the French /orders-v3, overrides the shared one only there).
 */
export function findRoute(table: readonly Route[], host: string, pathname: string): Route | undefined {
  const pathMatches = (r: Route) => (typeof r.path === 'string' ? r.path === pathname : r.path.test(pathname));
  return table.find((r) => r.hosts?.includes(host) === true && pathMatches(r))
    ?? table.find((r) => r.hosts === undefined && pathMatches(r));
}

/** The start page listing every titled route, as Seller Central URLs. */
export function indexPage(table: readonly Route[]): string {
  const items = table
    .filter((r) => r.title !== undefined)
    .map((r) => {
      const path = typeof r.path === 'string' ? r.path : r.example;
      if (path === undefined) return '';
      const host = r.hosts?.[0] ?? 'sellercentral.amazon.com';
      const url = `https://${host}${path}`;
      return `<li><a href="${escapeHtml(url)}">${escapeHtml(r.title ?? path)}</a> <code>${escapeHtml(url)}</code></li>`;
    })
    .join('\n');
  const other = `https://${OTHER_HOSTS[1]}${orderPath(SFP_ORDER_ID)}`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SFP Guide sample pages</title>
<style>body{font:15px/1.5 system-ui,sans-serif;margin:2rem;max-width:60rem}code{color:#555;font-size:12px}</style></head>
<body><h1>SFP Guide — sample Seller Central pages</h1>
<p>Fake pages with fake people, served locally; the extension treats them as real Seller Central pages.</p>
<ul>
${items}
<li><a href="${escapeHtml(other)}">Same SFP order on a look-alike host (the extension must stay silent)</a></li>
</ul></body></html>`;
}

function notFound(res: ServerResponse): void {
  res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
  res.end('<!doctype html><html lang="en"><head><title>Not found</title></head><body><p>Not found</p></body></html>');
}

/** Starts the server on 127.0.0.1 (port 0 = a random free port). `root` is the repository root. */
export async function startFixtureServer(
  opts: { port?: number; routes?: readonly Route[]; root?: string } = {},
): Promise<FixtureServer> {
  const table = opts.routes ?? defaultRoutes;
  const root = opts.root ?? process.cwd();
  const log: ServedRequest[] = [];
  const { key, cert } = makeCertificate(SERVED_HOSTS);

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const url = new URL(req.url ?? '/', 'https://placeholder');
    const method = req.method ?? 'GET';
    const done = (status: number) => log.push({ method, host, path: url.pathname + url.search, status });

    if (url.pathname === '/__sfp/requests') {
      if (method === 'DELETE') log.length = 0;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(log));
      return;
    }
    if (url.pathname === '/__sfp/index' || (host === INDEX_HOST && url.pathname === '/')) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(indexPage(table));
      return;
    }
    if (url.pathname === '/favicon.ico') {
      // Real pages have one; a 404 here would put a console error on every page and blur the
      // "logs nothing to the page console" checks.
      res.writeHead(204, { 'cache-control': 'max-age=3600' });
      res.end();
      return;
    }
    const route = findRoute(table, host, url.pathname);
    if (route === undefined || (method !== 'GET' && method !== 'HEAD')) {
      done(404);
      notFound(res);
      return;
    }
    try {
      const file = await readFile(resolve(root, route.file));
      const answer = storedAnswer(route.file, file);
      const status = route.status ?? answer?.status ?? 200;
      res.writeHead(status, {
        'content-type': route.type ?? answer?.contentType ?? TYPES[extname(route.file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      res.end(method === 'HEAD' ? undefined : (answer?.body ?? file));
      done(status);
    } catch {
      // A route whose fixture has not landed yet: say so plainly instead of failing the server.
      done(404);
      notFound(res);
    }
  };

  const server: Server = createServer({ key, cert }, (req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(opts.port ?? 0, '127.0.0.1', () => ok());
  });
  const { port } = server.address() as AddressInfo;
  return {
    port,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

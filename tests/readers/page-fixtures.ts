/**
 * Loads fixture pages (tests/fixtures/pages/*.html) into happy-dom documents the way Chromium would parse them:
 * declarative shadow DOM (`<template shadowrootmode="open">`, which happy-dom's parser leaves as a template) is
 * attached as an open shadow root, also inside same-origin `srcdoc` iframes and nested shadow roots.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURE_DIR = join(__dirname, '..', 'fixtures');

/** Raw text of tests/fixtures/<rel>. */
export function fixtureText(rel: string): string {
  return readFileSync(join(FIXTURE_DIR, rel), 'utf8');
}

/** File names in tests/fixtures/pages starting with prefix. */
export function pageFixtures(prefix = ''): string[] {
  return readdirSync(join(FIXTURE_DIR, 'pages')).filter((f) => f.startsWith(prefix) && f.endsWith('.html')).sort();
}

/** Attaches declarative shadow roots below root, recursively (what an HTML parser with DSD support does). */
export function attachDeclarativeShadowRoots(root: Document | Element | ShadowRoot): void {
  for (const t of Array.from(root.querySelectorAll('template[shadowrootmode]'))) {
    const host = t.parentElement;
    if (!host || host.shadowRoot) continue;
    const mode = t.getAttribute('shadowrootmode') === 'closed' ? 'closed' : 'open';
    const shadow = host.attachShadow({ mode });
    shadow.appendChild((t as HTMLTemplateElement).content);
    t.remove();
    attachDeclarativeShadowRoots(shadow);
  }
  for (const frame of Array.from(root.querySelectorAll('iframe'))) {
    const inner = (frame as HTMLIFrameElement).contentDocument;
    if (inner) attachDeclarativeShadowRoots(inner);
  }
}

/** Sets the happy-dom window URL, so doc.URL and relative links resolve like on the real host. */
function setUrl(url: string): void {
  const hd = (window as unknown as { happyDOM?: { setURL(u: string): void } }).happyDOM;
  hd?.setURL(url);
}

/** HTML text → Document with shadow roots attached, at url. */
export function parsePage(html: string, url = 'https://sellercentral.amazon.com/'): Document {
  setUrl(url);
  const doc = new DOMParser().parseFromString(html, 'text/html');
  attachDeclarativeShadowRoots(doc);
  return doc;
}

/** tests/fixtures/pages/<name> → Document at url. */
export function loadPage(name: string, url?: string): Document {
  return parsePage(fixtureText(join('pages', name)), url);
}

/** An HTTP answer stored as a JSON fixture (tests/fixtures/api/*.json): status, content type and body. */
export interface ApiFixture { status: number; contentType: string; body: unknown }

/** A fake same-origin fetch answering every path with the fixture; `calls` records the paths asked for. */
export function fakeFetch(fixture: string | ApiFixture): { fetchJson: (path: string) => Promise<Response>; calls: string[] } {
  const f = typeof fixture === 'string' ? (JSON.parse(fixtureText(join('api', fixture))) as ApiFixture) : fixture;
  const calls: string[] = [];
  const fetchJson = (path: string) => {
    calls.push(path);
    const text = typeof f.body === 'string' ? f.body : JSON.stringify(f.body);
    return Promise.resolve(new Response(text, { status: f.status, headers: { 'content-type': f.contentType } }));
  };
  return { fetchJson, calls };
}

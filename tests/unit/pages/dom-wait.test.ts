// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  allByTestId, byTestId, deepQuery, deepQueryAll, deepQueryFirst, hasBadge, normText, valueByLabel, valuesByLabels,
} from '@/utils/pages/dom';
import { activeObserverCount, waitForAnchors } from '@/utils/pages/wait';

const fresh = (body = '') => {
  const d = document.implementation.createHTMLDocument('t');
  d.body.innerHTML = body;
  return d;
};

describe('dom helpers', () => {
  it('deepQueryFirst takes the selectors in priority order, not document order, and skips invalid ones', () => {
    const d = fresh('<div class="old">a</div><div id="host"></div>');
    const root = d.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<div class="new">b</div>';
    expect(deepQueryFirst(d, ['.new', '.old'])?.textContent).toBe('b');
    expect(deepQueryFirst(d, ['[[invalid', '.old'])?.textContent).toBe('a');
    expect(deepQueryFirst(d, ['.none'])).toBeNull();
  });

  it('normalises NBSP, narrow NBSP and runs of whitespace', () => {
    expect(normText('  Fri,\u00a0Nov 20,\n 2026, 9:14\u202fAM  PST ')).toBe('Fri, Nov 20, 2026, 9:14 AM PST');
    expect(normText(null)).toBe('');
  });

  it('finds data-test-id anchors in open shadow roots (nested) and same-origin frames; skips cross-origin ones', () => {
    const d = fresh('<div id="host"></div><iframe id="f1"></iframe><iframe id="f2"></iframe><p data-test-id="x">light</p>');
    const outer = d.getElementById('host')!.attachShadow({ mode: 'open' });
    outer.innerHTML = '<kat-table></kat-table><span data-test-id="x">shadow 1</span>';
    const inner = outer.querySelector('kat-table')!.attachShadow({ mode: 'open' });
    inner.innerHTML = '<span data-test-id="deep">shadow 2</span>';
    const frameDoc = fresh('<b data-test-id="in-frame">frame</b>');
    Object.defineProperty(d.getElementById('f1')!, 'contentDocument', { value: frameDoc });
    Object.defineProperty(d.getElementById('f2')!, 'contentDocument', { get() { throw new DOMException('cross-origin', 'SecurityError'); } });
    expect(byTestId(d, 'deep')?.textContent).toBe('shadow 2');
    expect(byTestId(d, 'in-frame')?.textContent).toBe('frame');
    expect(allByTestId(d, 'x').map((e) => e.textContent)).toEqual(['light', 'shadow 1']);
    expect(deepQuery(d, '[data-test-id="nope"]')).toBeNull();
    expect(deepQuery(d, '[[invalid')).toBeNull();
    expect(deepQueryAll(d, '[[invalid')).toEqual([]);
  });

  it('scans the page for shadow roots once per task, and sees roots added after a microtask', async () => {
    const d = fresh('<div id="host"></div><p>light</p>');
    d.getElementById('host')!.attachShadow({ mode: 'open' }).innerHTML = '<span data-test-id="a">A</span>';
    const scans = vi.spyOn(d, 'querySelectorAll');
    expect(byTestId(d, 'a')?.textContent).toBe('A');
    expect(byTestId(d, 'none')).toBeNull();
    expect(allByTestId(d, 'a')).toHaveLength(1);
    expect(scans.mock.calls.filter(([sel]) => sel === '*')).toHaveLength(1);
    const later = d.createElement('div');
    d.body.append(later);
    later.attachShadow({ mode: 'open' }).innerHTML = '<span data-test-id="b">B</span>';
    await Promise.resolve();
    expect(byTestId(d, 'b')?.textContent).toBe('B');
    expect(scans.mock.calls.filter(([sel]) => sel === '*')).toHaveLength(2);
  });

  it('reads values beside labels in the shapes Seller Central uses', () => {
    const d = fresh(`
      <div id="a"><span class="a-text-bold">Ship by:</span> <span></span> <span>Mon, Nov 23, 2026 PST</span></div>
      <table id="b"><tr><th>Carrier</th><td>UPS</td></tr><tr><th>Tracking ID:</th><td><span>1Z999</span></td></tr></table>
      <div id="c"><div>Ship by date: Fri, Nov 27, 2026 PST</div><div>Deliver by date: Sat, Nov 28, 2026 PST</div></div>
      <div id="d"><b>Status:</b> Shipped</div>
      <div id="e"><span>Ship by:</span></div>
      <div id="f"><span>Shipping service: Standard</span></div>`);
    expect(valueByLabel(d.getElementById('a')!, ['Ship by'])).toBe('Mon, Nov 23, 2026 PST');
    expect(valueByLabel(d.getElementById('b')!, ['Tracking ID'])).toBe('1Z999');
    expect(valuesByLabels(d.getElementById('c')!, { ship: ['Ship by date'], deliver: ['Deliver by date'], none: ['Buyer name'] }))
      .toEqual({ ship: 'Fri, Nov 27, 2026 PST', deliver: 'Sat, Nov 28, 2026 PST' });
    expect(valueByLabel(d.getElementById('d')!, ['Status'])).toBe('Shipped');
    expect(valueByLabel(d.getElementById('e')!, ['Ship by'])).toBeNull();
    // "Ship by" must not match "Shipping service": labels end at ':' or the end of the text.
    expect(valueByLabel(d.getElementById('f')!, ['Ship'])).toBeNull();
    expect(valueByLabel(d.getElementById('c')!, /^ship by date:/i)).toBe('Fri, Nov 27, 2026 PST');
  });

  it('recognises a badge by aria-label, alt or leaf text only', () => {
    const word = /^prime$/i;
    expect(hasBadge(fresh('<i class="a-icon" role="img" aria-label="Prime"></i>').body, word)).toBe(true);
    expect(hasBadge(fresh('<img alt="Prime">').body, word)).toBe(true);
    expect(hasBadge(fresh('<span>prime</span>').body, word)).toBe(true);
    expect(hasBadge(fresh('<span>Prime Premium (One-Day)</span><div>Prime <b>x</b></div>').body, word)).toBe(false);
  });
});

describe('waitForAnchors', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('resolves at once when every anchor is there', async () => {
    const d = fresh('<span data-test-id="a">1</span>');
    expect(await waitForAnchors(d, [{ name: 'a', selector: '[data-test-id="a"]' }], { timeoutMs: 10_000 }))
      .toMatchObject({ missing: [], reason: 'all-found' });
    expect(activeObserverCount(d)).toBe(0);
  });

  it('waits for anchors rendered later with ONE observer shared by concurrent waits, then disconnects', async () => {
    let created = 0;
    const Base = globalThis.MutationObserver;
    vi.stubGlobal('MutationObserver', class extends Base { constructor(cb: MutationCallback) { super(cb); created++; } });
    const d = fresh('<div id="app"></div>');
    const w1 = waitForAnchors(d, [{ name: 'id', selector: '[data-test-id="order-id-value"]' }], { timeoutMs: 10_000 });
    const w2 = waitForAnchors(d, [
      { name: 'ship', selector: '[data-test-id="ship"]' },
      { name: 'spinner gone', test: (doc) => !doc.getElementById('apploading') },
    ], { timeoutMs: 10_000 });
    expect(activeObserverCount(d)).toBe(1);
    d.getElementById('app')!.innerHTML = '<span data-test-id="order-id-value">112-4738291-5047863</span>';
    expect((await w1).reason).toBe('all-found');
    d.getElementById('app')!.insertAdjacentHTML('beforeend', '<span data-test-id="ship">Mon</span>');
    const r2 = await w2;
    expect(r2.reason).toBe('all-found');
    expect(r2.found.get('spinner gone')).toBe(true);
    expect(created).toBe(1);
    expect(activeObserverCount(d)).toBe(0);
  });

  it('sees anchors that appear inside an open shadow root when deep', async () => {
    const d = fresh('<kat-box id="host"></kat-box>');
    const root = d.getElementById('host')!.attachShadow({ mode: 'open' });
    const w = waitForAnchors(d, [{ name: 'row', selector: 'kat-table-row' }], { timeoutMs: 10_000, deep: true });
    await Promise.resolve();
    root.innerHTML = '<kat-table-row>r</kat-table-row>';
    expect(await w).toMatchObject({ reason: 'all-found', missing: [] });
  });

  it('gives up after the bounded time with the missing anchor names', async () => {
    const d = fresh('<span data-test-id="a"></span>');
    const r = await waitForAnchors(d, [
      { name: 'a', selector: '[data-test-id="a"]' },
      { name: 'b', selector: '[data-test-id="b"]' },
      { name: 'broken test', test: () => { throw new Error('boom'); } },
    ], { timeoutMs: 15 });
    expect(r).toMatchObject({ reason: 'timeout', missing: ['b', 'broken test'] });
    expect(activeObserverCount(d)).toBe(0);
  });

  it('ends when the signal aborts (and at once when already aborted), without polling', async () => {
    const interval = vi.spyOn(globalThis, 'setInterval');
    const d = fresh();
    const c = new AbortController();
    const w = waitForAnchors(d, [{ name: 'x', selector: '#x' }], { timeoutMs: 60_000, signal: c.signal });
    c.abort();
    expect(await w).toMatchObject({ reason: 'aborted', missing: ['x'] });
    expect(await waitForAnchors(d, [{ name: 'x', selector: '#x' }], { timeoutMs: 60_000, signal: c.signal }))
      .toMatchObject({ reason: 'aborted' });
    expect(interval).not.toHaveBeenCalled();
    expect(activeObserverCount(d)).toBe(0);
  });
});

describe('waitForAnchors and frames', () => {
  it('re-checks when a same-origin frame loads a new document (no mutation in the parent)', async () => {
    const d = fresh('<iframe id="inbox"></iframe>');
    const frame = d.getElementById('inbox')!;
    let frameDoc = fresh('<p>loading</p>');
    Object.defineProperty(frame, 'contentDocument', { get: () => frameDoc });
    const w = waitForAnchors(d, [{ name: 'row', selector: '.inbox-row' }], { timeoutMs: 10_000, deep: true });
    frameDoc = fresh('<div class="inbox-row">r</div>');
    frame.dispatchEvent(new Event('load'));
    expect(await w).toMatchObject({ reason: 'all-found' });
  });
});

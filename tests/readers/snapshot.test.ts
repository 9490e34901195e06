import { snapshotPage, scrubText, shapeUrl } from '../../utils/pages/snapshot';
import { fixtureText, loadPage, pageFixtures, parsePage } from './page-fixtures';

const people = JSON.parse(fixtureText('people.json')) as { values: string[] };

/** Every data-test-id value in a document, its open shadow roots and same-origin frames. */
function testIds(root: Document | ShadowRoot): string[] {
  const out: string[] = [];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    const id = el.getAttribute('data-test-id');
    if (id) out.push(id);
    if (el.shadowRoot) out.push(...testIds(el.shadowRoot));
    const inner = el.localName === 'iframe' ? (el as HTMLIFrameElement).contentDocument : null;
    if (inner) out.push(...testIds(inner));
  }
  return out;
}

/** Texts of elements marked as message bodies (free text that must never survive). */
function bodies(root: Document | ShadowRoot): string[] {
  const out: string[] = [];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (el.getAttribute('data-test-id') === 'message-body') out.push((el.textContent ?? '').trim());
    if (el.shadowRoot) out.push(...bodies(el.shadowRoot));
    const inner = el.localName === 'iframe' ? (el as HTMLIFrameElement).contentDocument : null;
    if (inner) out.push(...bodies(inner));
  }
  return out;
}

/** All text of a document: light DOM, open shadow roots, same-origin frames, text-bearing attributes. */
function deepText(root: Document | ShadowRoot): string {
  let out = '';
  for (const el of Array.from(root.querySelectorAll('*'))) {
    for (const n of Array.from(el.childNodes)) if (n.nodeType === 3) out += n.nodeValue ?? '';
    for (const a of ['title', 'alt', 'label', 'aria-label', 'placeholder']) out += ' ' + (el.getAttribute(a) ?? '');
    if (el.shadowRoot) out += deepText(el.shadowRoot);
    const inner = el.localName === 'iframe' ? (el as HTMLIFrameElement).contentDocument : null;
    if (inner) out += deepText(inner);
  }
  return out;
}

/** The snapshot and every srcdoc inside it, decoded, so frame contents are searched too. */
function allText(snapshot: string): string {
  const doc = parsePage(snapshot);
  const frames = Array.from(doc.querySelectorAll('iframe')).map((f) => f.getAttribute('srcdoc') ?? '');
  return [snapshot, ...frames.map(allText)].join('\n');
}

describe('snapshotPage on every fixture page', () => {
  const files = pageFixtures();
  it('has fixture pages to check', () => expect(files.length).toBeGreaterThanOrEqual(25));

  it.each(files)('%s: no fake person value survives, structure does', (file) => {
    const doc = loadPage(file, 'https://sellercentral.amazon.com/x?orderId=112-4738291-5047863');
    const snap = snapshotPage(doc);
    const text = allText(snap).toLowerCase();
    for (const value of people.values) expect(text, value).not.toContain(value.toLowerCase());
    for (const body of bodies(doc)) expect(text).not.toContain(body.toLowerCase().slice(0, 40));
    // Digits are masked in all text: no date, id, phone or house number keeps its value.
    expect(deepText(parsePage(snap))).not.toMatch(/[1-9]/);
    expect(text).not.toMatch(/<script|<style|\son[a-z]+=|\?orderid|@example\./);
    // The anchors a developer needs to write a new fixture are all kept, shadow roots and frames included.
    expect(testIds(parsePage(snap)).sort()).toEqual(testIds(doc).sort());
  });

  it.each(files)('%s: a snapshot of a snapshot is the same snapshot', (file) => {
    const once = snapshotPage(loadPage(file));
    expect(snapshotPage(parsePage(once))).toBe(once);
  });
});

describe('snapshotPage details', () => {
  const html = `<!doctype html><html lang="en-US"><head><script>alert(1)</script><style>b{}</style></head><body>
    <div id="main" class="a-box" role="region" aria-label="Order summary" onclick="steal()" style="color:red">
      <label for="q">Order ID</label><input id="q" name="orderId" value="112-4738291-5047863" placeholder="Search">
      <textarea name="note">Call Jordan Example at +1 555 0100</textarea>
      <select name="s"><option selected value="x">Yesterday</option></select>
      <a href="https://sellercentral.amazon.com/orders-v3/order/112-4738291-5047863?ref=abc#frag">Ship by: Jordan Example</a>
      <a href="javascript:steal()">Help</a><a href="mailto:jordan@example.com">Contact</a>
      <img src="/images/I/abc123456.jpg?size=9" alt="Jordan Example">
      <span data-test-id="shipping-section-phone">+1 555 0100</span>
      <p>Write to jordan@example.com please</p><p>Some unknown words</p><p>Status: Shipped</p>
      <svg><path d="M0 0L10 10"></path></svg>
    </div></body></html>`;
  const snap = snapshotPage(parsePage(html, 'https://sellercentral.amazon.com/orders-v3?q=1'));

  it('drops scripts, styles, handlers and form values', () => {
    expect(snap).not.toMatch(/alert|b\{\}|steal|color:red|selected|value=/);
    expect(snap).toContain('<textarea name="note"></textarea>');
    expect(snap).toContain('<input id="q" name="orderId" placeholder="Search">');
  });
  it('keeps structure, ids, classes, roles, aria and label text', () => {
    expect(snap).toContain('<div id="main" class="a-box" role="region" aria-label="Order summary">');
    expect(snap).toContain('<label for="q">Order ID</label>');
    expect(snap).toContain('<p>Status: Shipped</p>');
    expect(snap).toContain('<svg></svg>');
  });
  it('keeps only the host/path shape of URLs', () => {
    expect(snap).toContain('href="https://sellercentral.amazon.com/orders-v3/order/000-0000000-0000000"');
    expect(snap).toContain('src="https://sellercentral.amazon.com/images/I/abc000000.jpg"');
    expect(snap).not.toMatch(/javascript:|mailto:|ref=abc|frag/);
  });
  it('replaces personal and free text with placeholders', () => {
    expect(snap).toContain('Ship by: [text]');
    expect(snap).toContain('alt="[text]"');
    expect(snap).toContain('<span data-test-id="shipping-section-phone">[phone]</span>');
    expect(snap).toContain('<p>[email]</p>');
    expect(snap).toContain('<p>[text]</p>');
    expect(snap).not.toMatch(/Jordan|Example|555/);
  });
  it('never throws, even on an empty document', () => {
    const empty = document.implementation.createHTMLDocument('');
    empty.documentElement.remove();
    expect(snapshotPage(empty)).toMatch(/^<!-- SFP Guide scrubbed snapshot/);
  });
});

describe('scrubText and shapeUrl', () => {
  it.each([
    ['Nov 26, 2026', 'Nov 00, 0000'],
    ['Reply by Mon, Nov 30, 2026, 11:59 PM PST', 'Reply by Mon, Nov 00, 0000, 00:00 PM PST'],
    ['2026年11月26日(木) 11:45 JST', '0000年00月00日(木) 00:00 JST'],
    ['Prior refund: Applied', 'Prior refund: Applied'],
    ['Buyer name: Dana Quillfeather', 'Buyer name: [text]'],
    ['月森 遥', '[text]'],
    ['dana.q@example.net', '[email]'],
    ['+1 555 0177', '[phone]'],
    ['Lindenallee 17', '[text]'],
  ])('%s → %s', (input, output) => expect(scrubText(input)).toBe(output));

  it('drops non-http URLs and keeps route names', () => {
    expect(shapeUrl('data:text/html,hi', 'https://a.example/')).toBeNull();
    expect(shapeUrl('/safet-claims/create-v2?orderId=1', 'https://sellercentral.amazon.com/'))
      .toBe('https://sellercentral.amazon.com/safet-claims/create-v2');
  });
});

describe('snapshotPage leaves out SFP Guide itself', () => {
  it('drops the overlay root and row chips (sfp-guide-*)', () => {
    const doc = parsePage('<!doctype html><html><body><div id="a">Status: Shipped<sfp-guide-chip><b>Refund due</b></sfp-guide-chip></div><sfp-guide-overlay></sfp-guide-overlay></body></html>');
    const snap = snapshotPage(doc);
    expect(snap).not.toContain('sfp-guide');
    expect(snap).toContain('<div id="a">Status: Shipped</div>');
  });
});

import { readMessages as readWith, type ContactClassifier, type ReadMessagesOptions } from '../../utils/pages/messages';
import { MESSAGE_DECISIONS } from '../../utils/policy/classify';
import type { MessagesObservation, ReadResult } from '../../utils/pages/observation';
import type { ReadContext } from '../../utils/pages/read-context';
import { fixtureText, loadPage, parsePage } from './page-fixtures';

/** The reader as the overlay calls it: with the decide step's classifier lent in (a test may replace it). */
const readMessages = (doc: Document, c: ReadContext, o: Partial<ReadMessagesOptions> = {}) =>
  readWith(doc, c, { ...MESSAGE_DECISIONS, ...o });

const NOW = new Date('2026-11-27T13:00:00.000Z');
const people = JSON.parse(fixtureText('people.json')) as { values: string[] };

function ctx(url: string, extra: Partial<ReadContext> = {}): ReadContext {
  return { url, now: NOW, fetchJson: null, waitMs: 30, ...extra };
}

function ok(r: ReadResult<MessagesObservation>): MessagesObservation {
  if (r.status !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(r)}`);
  return r.observation;
}

describe('readMessages — US inbox with kat-* shadow rows and the open thread in an iframe', () => {
  const url = 'https://sellercentral.amazon.com/messaging/inbox-v3';

  it('reads every row: order id, sender, received day, needs response, thread id', async () => {
    const o = ok(await readMessages(loadPage('messages-us.html', url), ctx(url)));
    expect(o).toMatchObject({ kind: 'messages', marketplace: 'US', source: 'dom', observedAt: NOW.toISOString() });
    expect(o.rows).toEqual([
      { orderId: '113-2846190-7712054', sender: 'buyer', receivedAt: '2026-11-26T08:00:00.000Z', needsResponse: true, threadId: 'THR-A1B2C3D4E5' },
      { orderId: '114-9038217-3365120', sender: 'amazon-cs', receivedAt: '2026-11-25T08:00:00.000Z', needsResponse: true, threadId: 'THR-F6G7H8J9K0' },
      { orderId: '112-5519034-8830271', sender: 'buyer', receivedAt: '2026-11-24T08:00:00.000Z', needsResponse: false, threadId: 'THR-L1M2N3P4Q5' },
      { sender: 'buyer', receivedAt: '2026-11-20T08:00:00.000Z', needsResponse: null, threadId: 'THR-R6S7T8V9W0' },
      { orderId: '111-0072519-4481906', sender: 'amazon-cs', receivedAt: '2026-11-18T08:00:00.000Z', needsResponse: null, threadId: 'THR-X1Y2Z3A4B5' },
    ]);
  });

  it('reads the open thread: senders, times, answered, intents from the classifier', async () => {
    const seen: Parameters<ContactClassifier>[0][] = [];
    const classify: ContactClassifier = (input) => {
      seen.push(input);
      return { intent: 'product-question', confidence: 0.9, language: 'en' };
    };
    const o = ok(await readMessages(loadPage('messages-us.html', url), ctx(url), { classify }));
    expect(o.thread).toEqual({
      orderId: '113-2846190-7712054',
      threadId: 'THR-A1B2C3D4E5',
      answered: false,
      messages: [
        { sender: 'buyer', sentAt: '2026-11-26T02:02:00.000Z', intent: 'product-question', intentConfidence: 0.9, language: 'en' },
        { sender: 'seller', sentAt: '2026-11-26T03:40:00.000Z' },
        { sender: 'buyer', sentAt: '2026-11-26T17:14:00.000Z', intent: 'product-question', intentConfidence: 0.9, language: 'en' },
      ],
    });
    // The text went to the classifier (buyer messages only) …
    expect(seen.map((s) => s.sender)).toEqual(['buyer', 'buyer']);
    expect(seen[1]?.body).toContain('BX-200');
    expect(seen[0]?.subject).toBe('Question about compatibility');
    // … and nothing of it, nor any name, is in the observation.
    const stored = JSON.stringify(o);
    for (const s of seen) expect(stored).not.toContain(s.body.slice(0, 20));
    for (const v of people.values) expect(stored).not.toContain(v);
  });

  it('uses the real classifyContact by default', async () => {
    const o = ok(await readMessages(loadPage('messages-us.html', url), ctx(url)));
    const buyer = o.thread?.messages.filter((m) => m.sender === 'buyer') ?? [];
    expect(buyer).toHaveLength(2);
    for (const m of buyer) {
      expect(m.intent).toBe('product-question');
      expect(m.intentConfidence).toBeGreaterThan(0);
      expect(m.language).toBe('en');
    }
  });

  it('never clicks, focuses or submits anything (opening a thread marks it read)', async () => {
    const doc = loadPage('messages-us.html', url);
    const events: string[] = [];
    for (const type of ['click', 'mousedown', 'focus', 'submit', 'keydown']) doc.addEventListener(type, () => events.push(type), true);
    ok(await readMessages(doc, ctx(url)));
    expect(events).toEqual([]);
  });
});

describe('readMessages — EU (DE, German UI) and JP variants', () => {
  it('DE: Amazon CS by label and by the forward sentence; German dates in Europe/Berlin', async () => {
    const url = 'https://sellercentral.amazon.de/messaging/inbox-v3?fi=search&ss=303-1184520-6672931';
    const o = ok(await readMessages(loadPage('messages-de.html', url), ctx(url)));
    expect(o.marketplace).toBe('DE');
    expect(o.rows).toEqual([
      { orderId: '303-1184520-6672931', sender: 'amazon-cs', receivedAt: '2026-11-24T23:00:00.000Z', needsResponse: true, threadId: 'THR-DE7731AC' },
      { orderId: '305-7720193-1048265', sender: 'buyer', receivedAt: '2026-11-22T23:00:00.000Z', needsResponse: false, threadId: 'THR-DE7731AD' },
    ]);
    expect(o.thread?.orderId).toBe('303-1184520-6672931');
    expect(o.thread?.messages).toEqual([
      expect.objectContaining({ sender: 'amazon-cs', sentAt: '2026-11-25T13:05:00.000Z', intent: 'amazon-cs-request', language: 'de' }),
    ]);
    expect(o.thread?.answered).toBe(false);
  });

  it('DE: the forward sentence alone marks Amazon CS, whatever the sender label says', async () => {
    const url = 'https://sellercentral.amazon.de/messaging/inbox-v3';
    const html = fixtureText('pages/messages-de.html').replaceAll('>Amazon Kundenservice<', '>Mira Sonnenfeld<');
    const o = ok(await readMessages(parsePage(html, url), ctx(url)));
    expect(o.thread?.messages[0]?.sender).toBe('amazon-cs');
    expect(o.rows[0]?.sender).toBe('buyer'); // the row shows only the label: no forward text to go by
  });

  it('JP: the inbox inside a same-origin iframe; ?fi=responseNeeded; ja-JP dates in Asia/Tokyo', async () => {
    const url = 'https://sellercentral.amazon.co.jp/messaging/inbox-v3?fi=responseNeeded';
    const o = ok(await readMessages(loadPage('messages-jp.html', url), ctx(url)));
    expect(o.marketplace).toBe('JP');
    expect(o.thread).toBeUndefined();
    expect(o.rows).toEqual([
      { orderId: '250-3381047-5529163', sender: 'buyer', receivedAt: '2026-11-24T15:00:00.000Z', needsResponse: true, threadId: 'THR-JP0091' },
      { orderId: '249-6610382-0071854', sender: 'amazon-cs', receivedAt: '2026-11-26T02:45:00.000Z', needsResponse: true, threadId: 'THR-JP0092' },
    ]);
  });
});

describe('readMessages — broken pages', () => {
  const url = 'https://sellercentral.amazon.com/messaging/inbox-v3';

  it('anchors missing → unrecognised with the anchors it looked for', async () => {
    const r = await readMessages(loadPage('messages-broken-no-anchors.html', url), ctx(url));
    expect(r).toEqual({ status: 'unrecognised', missing: ['inbox-thread-list', 'inbox-thread-row', 'thread-view'] });
  });

  it('attributes renamed → rows from the structural fallbacks, source text', async () => {
    const o = ok(await readMessages(loadPage('messages-broken-renamed.html', url), ctx(url)));
    expect(o.source).toBe('text');
    expect(o.rows).toEqual([
      { orderId: '113-2846190-7712054', sender: 'buyer', receivedAt: '2026-11-26T08:00:00.000Z', needsResponse: true },
      { orderId: '114-9038217-3365120', sender: 'amazon-cs', receivedAt: '2026-11-25T08:00:00.000Z', needsResponse: null },
    ]);
  });

  it('empty table → ok with no rows (an empty inbox is a real state)', async () => {
    const o = ok(await readMessages(loadPage('messages-broken-empty.html', url), ctx(url)));
    expect(o.rows).toEqual([]);
  });

  it('garbage text → no row readable → unrecognised, never a guessed date or id', async () => {
    const r = await readMessages(loadPage('messages-broken-garbage.html', url), ctx(url));
    expect(r).toEqual({ status: 'unrecognised', missing: ['readable-inbox-row'] });
  });

  it('garbage beside one readable row → only what is readable', async () => {
    const html = fixtureText('pages/messages-broken-garbage.html')
      .replace('<div data-test-id="thread-date">Thu, Nov 27, 2026</div>', '<div data-test-id="thread-date">Fri, Nov 27, 2026</div>');
    const o = ok(await readMessages(parsePage(html, url), ctx(url)));
    expect(o.rows).toEqual([{ sender: null, needsResponse: null, receivedAt: '2026-11-27T08:00:00.000Z' }]);
  });

  it('a sign-in page → signed-out', async () => {
    const doc = parsePage('<html><body><form name="signIn" action="/ap/signin"><input id="ap_email"></form></body></html>', url);
    expect(await readMessages(doc, ctx(url))).toEqual({ status: 'signed-out' });
  });

  it('a bad context never throws', async () => {
    const r = await readMessages(loadPage('messages-us.html', url), { url: 'not a url', now: new Date(NaN), waitMs: 0 });
    expect(r.status).toBe('unrecognised');
  });
});

describe('readMessages — waiting and size', () => {
  const url = 'https://sellercentral.amazon.com/messaging/inbox-v3';

  it('waits for rows rendered after the call (shared observer, no polling)', async () => {
    const doc = parsePage('<!doctype html><html lang="en-US"><body><div id="app"></div></body></html>', url);
    const pending = readMessages(doc, ctx(url, { waitMs: 2000 }));
    await new Promise((r) => setTimeout(r, 5));
    const row = doc.createElement('kat-table-row');
    row.setAttribute('data-test-id', 'inbox-thread-row');
    row.attachShadow({ mode: 'open' }).innerHTML =
      '<div data-test-id="thread-order-id">Order ID: 113-2846190-7712054</div><div data-test-id="thread-date">Nov 26, 2026</div>';
    doc.getElementById('app')?.appendChild(row);
    const o = ok(await pending);
    expect(o.rows).toEqual([{ orderId: '113-2846190-7712054', sender: null, receivedAt: '2026-11-26T08:00:00.000Z', needsResponse: null }]);
  });

  it('finds the open thread wherever the page puts it: its frame, the page itself, a component shadow root', async () => {
    const inFrame = ok(await readMessages(loadPage('messages-us.html', url), ctx(url)));
    expect(inFrame.thread?.messages).toHaveLength(3);
    for (const place of ['page', 'shadow'] as const) {
      const doc = loadPage('messages-us.html', url);
      const frame = doc.querySelector('iframe');
      const view = frame?.contentDocument?.querySelector('[data-test-id="thread-view"]');
      if (!frame || !view) throw new Error('fixture changed');
      // Moved, not cloned: its messages keep their shadow roots.
      const moved = doc.adoptNode(view);
      if (place === 'page') {
        frame.replaceWith(moved);
      } else {
        const host = doc.createElement('kat-conversation');
        host.attachShadow({ mode: 'open' }).append(moved);
        frame.replaceWith(host);
      }
      const o = ok(await readMessages(doc, ctx(url)));
      expect(o.thread, place).toEqual(inFrame.thread);
    }
  });

  it('reads a 2,000-row inbox, one observation row per page row', async () => {
    const doc = loadPage('messages-broken-empty.html', url);
    const list = doc.querySelector('[data-test-id="inbox-thread-list"]');
    if (!list) throw new Error('fixture changed');
    for (let i = 0; i < 2000; i++) {
      const row = doc.createElement('kat-table-row');
      row.setAttribute('data-test-id', 'inbox-thread-row');
      const shadow = row.attachShadow({ mode: 'open' });
      const sender = doc.createElement('div');
      sender.setAttribute('data-test-id', 'thread-sender');
      sender.textContent = 'Dana Quillfeather';
      const order = doc.createElement('div');
      order.setAttribute('data-test-id', 'thread-order-id');
      order.textContent = `Order ID: 113-2846190-${7_000_000 + i}`;
      shadow.append(sender, order);
      list.appendChild(row);
    }
    const o = ok(await readMessages(doc, ctx(url)));
    expect(o.rows).toHaveLength(2000);
    expect(new Set(o.rows.map((r) => r.orderId)).size).toBe(2000);
    expect(o.rows.every((r) => r.sender === 'buyer')).toBe(true);
  }, 30_000);
});

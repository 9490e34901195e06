import { readReturns } from '../../utils/pages/returns';
import { returnsJsonPath } from '../../utils/pages/returns-json';
import type { ReadResult, ReturnsObservation } from '../../utils/pages/observation';
import type { ReadContext } from '../../utils/pages/read-context';
import { fakeFetch, fixtureText, loadPage, parsePage } from './page-fixtures';

const NOW = new Date('2026-11-27T13:00:00.000Z');
const US = 'https://sellercentral.amazon.com/returns/list?returnRequestState=all';
const people = JSON.parse(fixtureText('people.json')) as { values: string[] };

function ctx(url: string, extra: Partial<ReadContext> = {}): ReadContext {
  return { url, now: NOW, fetchJson: null, waitMs: 30, ...extra };
}
function ok(r: ReadResult<ReturnsObservation>): ReturnsObservation {
  if (r.status !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(r)}`);
  return r.observation;
}

describe('readReturns — JSON first', () => {
  it('reads the page JSON: states, badges, epoch-ms dates, reason codes; buyer fields never read', async () => {
    const { fetchJson, calls } = fakeFetch('returns-us.json');
    const o = ok(await readReturns(loadPage('returns-us.html', US), ctx(US, { fetchJson })));
    expect(calls).toEqual(['/returns/api/return-requests?returnRequestState=all']);
    expect(o).toMatchObject({ kind: 'returns', marketplace: 'US', source: 'json' });
    expect(o.rows).toEqual([
      { returnRequestId: 'DqR7xKp01', orderId: '112-7730915-2264018', state: 'delivered', requestedAt: '2026-11-18T18:15:00.000Z',
        deliveredAt: '2026-11-24T19:02:00.000Z', refundedAtFirstScan: false, refundIssued: false, reason: 'CR-DEFECTIVE' },
      { returnRequestId: 'DqR7xKp02', orderId: '114-2208817-9901235', state: 'approved', requestedAt: '2026-11-20T16:40:00.000Z',
        refundedAtFirstScan: true, refundIssued: false, reason: 'CR-UNWANTED_ITEM' },
      { returnRequestId: 'DqR7xKp03', orderId: '113-5562290-1187743', state: 'refunded', requestedAt: '2026-11-12T21:05:00.000Z',
        refundedAt: '2026-11-22T17:29:00.000Z', closedAt: '2026-11-22T17:30:00.000Z', refundedAtFirstScan: false, refundIssued: true,
        reason: 'CR-DAMAGED_BY_CARRIER' },
      { returnRequestId: 'DqR7xKp04', orderId: '111-9046631-5530928', state: 'requested', requestedAt: '2026-11-26T20:11:00.000Z',
        refundedAtFirstScan: null, refundIssued: null, reason: 'CR-WRONG_ITEM' },
      { returnRequestId: 'DqR7xKp05', orderId: '112-3310457-6680132', state: 'unknown', requestedAt: '2026-11-23T15:00:00.000Z',
        refundedAtFirstScan: false, refundIssued: false, reason: 'CR-ORDERED_WRONG_ITEM' },
    ]);
    const stored = JSON.stringify(o);
    for (const v of people.values) expect(stored).not.toContain(v);
    expect(stored).not.toMatch(/9400111899561234567890|stopped working/);
  });

  it('asks at most once per page view, however often it reads', async () => {
    const { fetchJson, calls } = fakeFetch('returns-us.json');
    const doc = loadPage('returns-us.html', US);
    await readReturns(doc, ctx(US, { fetchJson }));
    await readReturns(doc, ctx(US, { fetchJson }));
    expect(calls).toHaveLength(1);
  });

  it.each(['returns-signed-out-401.json', 'returns-signed-out-403.json', 'returns-signed-out-html.json'])(
    '%s → signed-out', async (fixture) => {
      const { fetchJson } = fakeFetch(fixture);
      expect(await readReturns(loadPage('returns-us.html', US), ctx(US, { fetchJson }))).toEqual({ status: 'signed-out' });
    });

  it.each(['returns-forbidden-403.json', 'returns-invalid-shape.json'])('%s → falls back to the DOM', async (fixture) => {
    const { fetchJson } = fakeFetch(fixture);
    const o = ok(await readReturns(loadPage('returns-us.html', US), ctx(US, { fetchJson })));
    expect(o.source).toBe('dom');
    expect(o.rows).toHaveLength(5);
  });

  it('a network failure falls back to the DOM', async () => {
    const fetchJson = () => Promise.reject(new TypeError('offline'));
    expect(ok(await readReturns(loadPage('returns-us.html', US), ctx(US, { fetchJson }))).source).toBe('dom');
  });

  it('partly malformed JSON: valid requests kept, the rest skipped, wrong-unit dates and free-text reasons dropped', async () => {
    const { fetchJson } = fakeFetch('returns-partial.json');
    const o = ok(await readReturns(loadPage('returns-us.html', US), ctx(US, { fetchJson })));
    expect(o.source).toBe('json');
    expect(o.rows).toEqual([
      { returnRequestId: '90817', orderId: '112-7730915-2264018', state: 'refunded', closedAt: '2026-11-25T12:00:00.000Z',
        refundedAtFirstScan: false, refundIssued: true },
      { orderId: '114-2208817-9901235', state: 'approved', requestedAt: '2026-11-21T09:30:00.000Z', refundedAtFirstScan: null, refundIssued: null },
    ]);
  });

  it('an empty JSON list defers to rows shown in the DOM, and stays empty on an empty page', async () => {
    const a = fakeFetch('returns-empty.json');
    expect(ok(await readReturns(loadPage('returns-us.html', US), ctx(US, { fetchJson: a.fetchJson }))).rows).toHaveLength(5);
    const b = fakeFetch('returns-empty.json');
    const o = ok(await readReturns(loadPage('returns-broken-empty.html', US), ctx(US, { fetchJson: b.fetchJson })));
    expect(o).toMatchObject({ source: 'json', rows: [] });
  });

  it('builds the JSON path from the page URL (order search when the page names an order)', () => {
    expect(returnsJsonPath('https://sellercentral.amazon.com/returns/list')).toBe('/returns/api/return-requests');
    expect(returnsJsonPath('https://sellercentral.amazon.com/returns/list?orderId=112-7730915-2264018'))
      .toBe('/returns/api/return-requests?orderId=112-7730915-2264018&searchTerm=112-7730915-2264018&searchBy=OrderId');
    expect(returnsJsonPath('::')).toBe('/returns/api/return-requests');
  });
});

describe('readReturns — DOM (JSON off)', () => {
  it('US: labels, badges, the Issue refund button, en-US dates in America/Los_Angeles', async () => {
    const o = ok(await readReturns(loadPage('returns-us.html', US), ctx(US)));
    expect(o.source).toBe('dom');
    expect(o.rows).toEqual([
      { returnRequestId: 'DqR7xKp01', orderId: '112-7730915-2264018', state: 'delivered', requestedAt: '2026-11-18T08:00:00.000Z',
        deliveredAt: '2026-11-24T08:00:00.000Z', refundedAtFirstScan: null, refundIssued: false, reason: "Item defective or doesn't work" },
      { returnRequestId: 'DqR7xKp02', orderId: '114-2208817-9901235', state: 'approved', requestedAt: '2026-11-20T08:00:00.000Z',
        refundedAtFirstScan: true, refundIssued: null, reason: 'No longer needed' },
      { returnRequestId: 'DqR7xKp03', orderId: '113-5562290-1187743', state: 'refunded', requestedAt: '2026-11-12T08:00:00.000Z',
        refundedAt: '2026-11-22T08:00:00.000Z', refundedAtFirstScan: null, refundIssued: true, reason: 'Damaged due to inappropriate packaging' },
      { returnRequestId: 'DqR7xKp04', orderId: '111-9046631-5530928', state: 'requested', requestedAt: '2026-11-26T08:00:00.000Z',
        refundedAtFirstScan: null, refundIssued: null, reason: 'Wrong item was sent' },
      { returnRequestId: 'DqR7xKp05', orderId: '112-3310457-6680132', state: 'in-transit', requestedAt: '2026-11-23T08:00:00.000Z',
        refundedAtFirstScan: null, refundIssued: null, reason: 'Bought by mistake' },
    ]);
    const stored = JSON.stringify(o);
    for (const v of people.values) expect(stored).not.toContain(v);
  });

  it('EU: unified host, marketplace from the switcher, day-first dates in Europe/Berlin', async () => {
    const url = 'https://sellercentral-europe.amazon.com/returns/list';
    const o = ok(await readReturns(loadPage('returns-eu.html', url), ctx(url)));
    expect(o.marketplace).toBe('DE');
    expect(o.rows).toEqual([
      { returnRequestId: 'EuR0001', orderId: '302-6617730-4401985', state: 'delivered', requestedAt: '2026-11-18T23:00:00.000Z',
        deliveredAt: '2026-11-23T23:00:00.000Z', refundedAtFirstScan: true, refundIssued: true, reason: 'Item arrived damaged' },
      { returnRequestId: 'EuR0002', orderId: '304-1182264-7730519', state: 'approved', requestedAt: '2026-11-24T23:00:00.000Z',
        refundedAtFirstScan: null, refundIssued: false, reason: 'Better price available' },
    ]);
  });

  it('EU: without a marketplace on the page, dates without a zone are not guessed', async () => {
    const url = 'https://sellercentral-europe.amazon.com/returns/list';
    const html = fixtureText('pages/returns-eu.html').replaceAll('www.amazon.de', 'choose a marketplace');
    const o = ok(await readReturns(parsePage(html, url), ctx(url)));
    expect(o.marketplace).toBeNull();
    expect(o.rows.map((r) => [r.orderId, r.requestedAt, r.deliveredAt])).toEqual([
      ['302-6617730-4401985', undefined, undefined], ['304-1182264-7730519', undefined, undefined],
    ]);
  });

  it('JP: Japanese labels and dates in Asia/Tokyo', async () => {
    const url = 'https://sellercentral.amazon.co.jp/returns/list';
    const o = ok(await readReturns(loadPage('returns-jp.html', url), ctx(url)));
    expect(o.rows).toEqual([
      { returnRequestId: 'JpR0001', orderId: '249-5530176-2218804', state: 'delivered', requestedAt: '2026-11-18T15:00:00.000Z',
        deliveredAt: '2026-11-24T15:00:00.000Z', refundedAtFirstScan: null, refundIssued: false, reason: '商品が破損していた' },
      { returnRequestId: 'JpR0002', orderId: '250-0071936-4482107', state: 'approved', requestedAt: '2026-11-25T15:00:00.000Z',
        refundedAtFirstScan: true, refundIssued: null },
    ]);
  });
});

describe('readReturns — broken pages', () => {
  it('anchors missing → unrecognised', async () => {
    expect(await readReturns(loadPage('returns-broken-no-anchors.html', US), ctx(US)))
      .toEqual({ status: 'unrecognised', missing: ['returns-list', 'return-request-row'] });
  });
  it('attributes renamed → structural fallback, source text', async () => {
    const o = ok(await readReturns(loadPage('returns-broken-renamed.html', US), ctx(US)));
    expect(o.source).toBe('text');
    expect(o.rows).toEqual([
      { orderId: '112-7730915-2264018', state: 'delivered', requestedAt: '2026-11-18T08:00:00.000Z', deliveredAt: '2026-11-24T08:00:00.000Z',
        refundedAtFirstScan: null, refundIssued: false },
      { orderId: '113-5562290-1187743', state: 'refunded', refundedAtFirstScan: null, refundIssued: true },
    ]);
  });
  it('empty table → ok, no rows', async () => {
    expect(ok(await readReturns(loadPage('returns-broken-empty.html', US), ctx(US))).rows).toEqual([]);
  });
  it('garbage → unrecognised, no guessed ids or dates', async () => {
    expect(await readReturns(loadPage('returns-broken-garbage.html', US), ctx(US)))
      .toEqual({ status: 'unrecognised', missing: ['readable-return-row'] });
  });
  it('a sign-in page → signed-out', async () => {
    const doc = parsePage(String((JSON.parse(fixtureText('api/returns-signed-out-html.json')) as { body: string }).body), US);
    expect(await readReturns(doc, ctx(US))).toEqual({ status: 'signed-out' });
  });
});

describe('readReturns — size', () => {
  it('reads a 2,000-row list (DOM), one row per request', async () => {
    const doc = loadPage('returns-broken-empty.html', US);
    const list = doc.querySelector('[data-test-id="returns-list"]');
    if (!list) throw new Error('fixture changed');
    const row = doc.createElement('div');
    row.setAttribute('data-test-id', 'return-request-row');
    row.innerHTML = '<p>Order ID: 112-7730915-2264018</p><p>Return status: Return delivered</p><button>Issue refund</button>';
    for (let i = 0; i < 2000; i++) {
      const copy = row.cloneNode(true) as Element;
      (copy.firstChild as Element).textContent = `Order ID: 112-7730915-${3_000_000 + i}`;
      list.appendChild(copy);
    }
    const o = ok(await readReturns(doc, ctx(US)));
    expect(o.rows).toHaveLength(2000);
    expect(new Set(o.rows.map((r) => r.orderId)).size).toBe(2000);
    expect(o.rows.every((r) => r.state === 'delivered' && r.refundIssued === false)).toBe(true);
  }, 30_000);
});

describe('readReturns — our own chips in the rows', () => {
  it('text in SFP Guide chips (sfp-guide-* shadow hosts) is not read as page content', async () => {
    const doc = loadPage('returns-us.html', US);
    for (const row of Array.from(doc.querySelectorAll('[data-test-id="return-request-row"]'))) {
      const chip = doc.createElement('sfp-guide-chip');
      chip.attachShadow({ mode: 'open' }).innerHTML =
        '<span>Prior refund: Applied · Resolution: Refund at First Scan · Return delivered: Nov 2, 2026 · Order ID: 999-9999999-9999999</span>';
      row.prepend(chip);
    }
    const withChips = ok(await readReturns(doc, ctx(US)));
    const without = ok(await readReturns(loadPage('returns-us.html', US), ctx(US)));
    expect(withChips.rows).toEqual(without.rows);
  });
});

import { readSafet } from '../../utils/pages/safet';
import type { ReadResult, SafetObservation } from '../../utils/pages/observation';
import type { ReadContext } from '../../utils/pages/read-context';
import { fixtureText, loadPage, parsePage } from './page-fixtures';

const NOW = new Date('2026-11-27T13:00:00.000Z');
const US = 'https://sellercentral.amazon.com/safet-claims#/claims?tab=awaiting';
const people = JSON.parse(fixtureText('people.json')) as { values: string[] };

function ctx(url: string, extra: Partial<ReadContext> = {}): ReadContext {
  return { url, now: NOW, fetchJson: null, waitMs: 30, ...extra };
}
function ok(r: ReadResult<SafetObservation>): SafetObservation {
  if (r.status !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(r)}`);
  return r.observation;
}

describe('readSafet — claims lists', () => {
  it('US: claim and order ids, status from the tab or the claim, reply-by with time and zone, or end of day', async () => {
    const o = ok(await readSafet(loadPage('safet-us.html', US), ctx(US)));
    expect(o).toMatchObject({ kind: 'safet', marketplace: 'US', source: 'dom' });
    expect(o.filingOrderId).toBeUndefined();
    expect(o.claims).toEqual([
      { claimId: '5118264093', orderId: '112-7730915-2264018', status: 'awaiting-seller', replyBy: '2026-12-01T07:59:00.000Z' },
      // "Reply by Dec 2, 2026": the whole day counts, so the deadline is the midnight ending it (Los Angeles).
      { claimId: '5118299170', orderId: '114-2208817-9901235', status: 'awaiting-seller', replyBy: '2026-12-03T08:00:00.000Z' },
      { claimId: '5117003318', orderId: '113-5562290-1187743', status: 'under-investigation' },
    ]);
    const stored = JSON.stringify(o);
    for (const v of people.values) expect(stored).not.toContain(v);
  });

  it('DE host, English UI: kat-tabs "Resolved", appeal-by in MET', async () => {
    const url = 'https://sellercentral.amazon.de/safet-claims#/claims?tab=resolved';
    const o = ok(await readSafet(loadPage('safet-de.html', url), ctx(url)));
    expect(o.marketplace).toBe('DE');
    expect(o.claims).toEqual([
      { claimId: '6200418835', orderId: '302-6617730-4401985', status: 'resolved', appealBy: '2026-12-27T22:59:00.000Z' },
      { claimId: '6200307712', orderId: '304-1182264-7730519', status: 'resolved', appealBy: '2026-12-21T22:59:00.000Z' },
    ]);
  });

  it('JP: Japanese tab and labels, JST', async () => {
    const url = 'https://sellercentral.amazon.co.jp/safet-claims#/claims';
    const o = ok(await readSafet(loadPage('safet-jp.html', url), ctx(url)));
    expect(o.claims).toEqual([
      { claimId: '7300552019', orderId: '249-5530176-2218804', status: 'awaiting-seller', replyBy: '2026-11-30T14:59:00.000Z' },
    ]);
  });

  // The claim e-mail / notification link may carry Amazon's `/ref=…` segment after the id (tests/unit/pages/url-corpus.ts).
  it.each([
    'https://sellercentral.amazon.com/safet-claims/claim/5118264093',
    'https://sellercentral.amazon.com/safet-claims/claim/5118264093/ref=xx_safetnot_mail_xx?ref_=sc_notif',
  ])('a claim page reads its one claim, the id from the URL: %s', async (url) => {
    const html = `<!doctype html><html lang="en-US"><body><section data-test-id="safet-claim-detail">
      <h1>Claim details</h1><p>Order ID: 112-7730915-2264018</p><p>Status: Awaiting seller response</p>
      <p>Reply by Nov 30, 2026 11:59 PM PST</p></section></body></html>`;
    const o = ok(await readSafet(parsePage(html, url), ctx(url)));
    expect(o.claims).toEqual([
      { claimId: '5118264093', orderId: '112-7730915-2264018', status: 'awaiting-seller', replyBy: '2026-12-01T07:59:00.000Z' },
    ]);
  });
});

describe('readSafet — filing page', () => {
  const url = 'https://sellercentral.amazon.com/safet-claims/create-v2';

  it('reads the order id entered, nothing else (not the notes)', async () => {
    const o = ok(await readSafet(loadPage('safet-create-v2.html', url), ctx(url)));
    expect(o).toMatchObject({ claims: [], filingOrderId: '112-7730915-2264018' });
    // Reached through a ref= link it is the same filing page.
    const viaRef = 'https://sellercentral.amazon.in/safet-claims/create-v2/ref=xx_safet_dnav_xx/?ref_=ag_sfdcf_cont_safet';
    expect(ok(await readSafet(loadPage('safet-create-v2.html', viaRef), ctx(viaRef)))).toMatchObject({ claims: [], filingOrderId: '112-7730915-2264018' });
    expect(JSON.stringify(o)).not.toContain('Fenwright');
  });

  it('takes what the seller typed (the value property), and nothing when it is not an order id', async () => {
    const doc = loadPage('safet-create-v2.html', url);
    const input = doc.querySelector('input[name="orderId"]') as HTMLInputElement;
    input.value = '113-5562290-1187743';
    expect(ok(await readSafet(doc, ctx(url))).filingOrderId).toBe('113-5562290-1187743');
    input.value = '113-5562290';
    expect(ok(await readSafet(doc, ctx(url))).filingOrderId).toBeUndefined();
  });

  it('no order-id input → unrecognised', async () => {
    expect(await readSafet(loadPage('safet-us.html', url), ctx(url)))
      .toEqual({ status: 'unrecognised', missing: ['safet-order-id-input'] });
  });
});

describe('readSafet — broken pages', () => {
  it('anchors missing → unrecognised (the deadline in an alert is not read)', async () => {
    expect(await readSafet(loadPage('safet-broken-no-anchors.html', US), ctx(US)))
      .toEqual({ status: 'unrecognised', missing: ['safet-claims-list', 'safet-claim-row'] });
  });
  it('rows renamed → table-row fallback, source text', async () => {
    const o = ok(await readSafet(loadPage('safet-broken-renamed.html', US), ctx(US)));
    expect(o.source).toBe('text');
    expect(o.claims).toEqual([
      { claimId: '5118264093', orderId: '112-7730915-2264018', status: 'awaiting-seller', replyBy: '2026-12-01T07:59:00.000Z' },
      { claimId: '5118299170', orderId: '114-2208817-9901235', status: 'awaiting-seller', replyBy: '2026-12-03T08:00:00.000Z' },
    ]);
  });
  it('empty tab → ok, no claims', async () => {
    expect(ok(await readSafet(loadPage('safet-broken-empty.html', US), ctx(US))).claims).toEqual([]);
  });
  it('garbage → unrecognised, no guessed ids or deadlines', async () => {
    expect(await readSafet(loadPage('safet-broken-garbage.html', US), ctx(US)))
      .toEqual({ status: 'unrecognised', missing: ['readable-safet-claim'] });
  });
  it('a sign-in page → signed-out; a bad context → unrecognised, never a throw', async () => {
    expect(await readSafet(parsePage('<form name="signIn"><input id="ap_password"></form>', US), ctx(US))).toEqual({ status: 'signed-out' });
    expect((await readSafet(loadPage('safet-us.html', US), { url: '', now: new Date(NaN), waitMs: 0 })).status).toBe('unrecognised');
  });
});

describe('readSafet — waiting', () => {
  it('waits for a list rendered after the call; gives up after waitMs with the missing anchors', async () => {
    const doc = parsePage('<!doctype html><html lang="en-US"><body><div id="app"></div></body></html>', US);
    const pending = readSafet(doc, ctx(US, { waitMs: 2000 }));
    await new Promise((r) => setTimeout(r, 5));
    (doc.getElementById('app') as HTMLElement).innerHTML =
      '<div data-test-id="safet-claims-list"><div data-test-id="safet-claim-row">Claim ID: 5118264093 Order ID: 112-7730915-2264018</div></div>';
    expect(ok(await pending).claims).toEqual([{ claimId: '5118264093', orderId: '112-7730915-2264018', status: 'unknown' }]);
    const empty = parsePage('<!doctype html><html><body></body></html>', US);
    expect(await readSafet(empty, ctx(US, { waitMs: 10 }))).toEqual({ status: 'unrecognised', missing: ['safet-claims-list', 'safet-claim-row'] });
  });
});

describe('readSafet — size', () => {
  it('reads a 2,000-claim list, one claim per row', async () => {
    const doc = loadPage('safet-broken-empty.html', US);
    const list = doc.querySelector('[data-test-id="safet-claims-list"]');
    if (!list) throw new Error('fixture changed');
    list.textContent = '';
    for (let i = 0; i < 2000; i++) {
      const row = doc.createElement('div');
      row.setAttribute('data-test-id', 'safet-claim-row');
      row.textContent = `Claim ID: ${5_000_000_000 + i} Order ID: 112-7730915-${1_000_000 + i} Appeal by Dec ${(i % 28) + 1}, 2026 11:59 PM PST`;
      list.appendChild(row);
    }
    const o = ok(await readSafet(doc, ctx(US)));
    expect(o.claims).toHaveLength(2000);
    expect(new Set(o.claims.map((c) => c.claimId)).size).toBe(2000);
    expect(o.claims.every((c) => c.status === 'resolved' && c.appealBy?.startsWith('2026-12-'))).toBe(true);
  }, 30_000);
});

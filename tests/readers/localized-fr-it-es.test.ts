/**
 * Issue 17 item 4: the readers on French, Italian and Spanish Seller Central pages (tests/fixtures/pages/*-{fr,it,es}*.html),
 * on their own hosts and on the unified EU host. Every field each reader produces is checked; dates are exact instants
 * in Europe/Paris, Europe/Rome and Europe/Madrid (CET in November, CEST before 25 Oct 2026).
 */
import { readMessages as readWith, type ReadMessagesOptions } from '../../utils/pages/messages';
import { readOrderDetails } from '../../utils/pages/order-details';
import { readOrderList } from '../../utils/pages/order-list';
import { readReturns } from '../../utils/pages/returns';
import { valueByLabel } from '../../utils/pages/dom';
import { AMAZON_SENDER, NO_RESPONSE_NEEDED, RESPONSE_NEEDED } from '../../utils/pages/messages-anchors';
import { MESSAGE_DECISIONS } from '../../utils/policy/classify';
import type { ReadContext } from '../../utils/pages/read-context';
import { fixtureText, loadPage, parsePage } from './page-fixtures';
import { contextAt, noPeople, ok } from './localized-helpers';

const NOW = new Date('2026-11-27T13:00:00.000Z');
const EU = 'sellercentral-europe.amazon.com';
const readMessages = (doc: Document, c: ReadContext, o: Partial<ReadMessagesOptions> = {}) => readWith(doc, c, { ...MESSAGE_DECISIONS, ...o });

const ctx = contextAt(NOW);

// The same summary dates on all three order pages: Tue 17 Nov (ship by), Wed 18 – Thu 19 Nov (deliver by), local days.
const SHIP_BY = { from: '2026-11-16T23:00:00.000Z', to: '2026-11-17T23:00:00.000Z' };
const DELIVER_BY_18_19 = { from: '2026-11-17T23:00:00.000Z', to: '2026-11-19T23:00:00.000Z' };

describe('Order Details in French, Italian and Spanish', () => {
  const cases = [
    {
      file: 'order-details-fr-sfp.html', host: 'sellercentral.amazon.fr', id: '405-1234567-1234567', marketplace: 'FR',
      // lundi 16 novembre 2026 à 09:12 CET
      purchaseDate: '2026-11-16T08:12:00.000Z', deliverBy: DELIVER_BY_18_19,
      // Livré le : 26/11/2026 14:05 (Europe/Paris, CET)
      return: { state: 'delivered', deliveredAt: '2026-11-26T13:05:00.000Z', reason: 'Article défectueux' },
    },
    {
      file: 'order-details-it-sfp.html', host: 'sellercentral.amazon.it', id: '403-7654321-1234765', marketplace: 'IT',
      // lun 16 nov 2026, 10:40 — no zone shown: Europe/Rome
      purchaseDate: '2026-11-16T09:40:00.000Z', deliverBy: DELIVER_BY_18_19,
      return: { state: 'delivered', deliveredAt: '2026-11-25T15:20:00.000Z', reason: 'Articolo danneggiato' },
    },
    {
      file: 'order-details-es-sfp.html', host: 'sellercentral.amazon.es', id: '408-2468135-1357924', marketplace: 'ES',
      // lunes, 16 de noviembre de 2026, 18:05 CET
      purchaseDate: '2026-11-16T17:05:00.000Z', deliverBy: { from: '2026-11-17T23:00:00.000Z', to: '2026-11-20T23:00:00.000Z' },
      return: { state: 'delivered', deliveredAt: '2026-11-26T08:30:00.000Z', reason: 'El producto llegó dañado' },
    },
  ] as const;

  describe.each(cases)('$file', (c) => {
    const expected = {
      kind: 'order-details', marketplace: c.marketplace, observedAt: NOW.toISOString(), source: 'dom', orderId: c.id,
      sfp: true, sfpDecidedBy: 'dom:prime-badge', fulfillment: 'seller', status: 'shipped', trackingPresent: true,
      purchaseDate: c.purchaseDate, shipBy: SHIP_BY, deliverBy: c.deliverBy, return: c.return,
    };

    it('on its own host: every field, marketplace from the host', async () => {
      const url = `https://${c.host}/orders-v3/order/${c.id}`;
      const r = await readOrderDetails(loadPage(c.file, url), ctx(url));
      expect(r).toEqual({ status: 'ok', observation: expected });
      noPeople(r);
    });

    it('on the unified EU host: the same, marketplace from the sales channel', async () => {
      const url = `https://${EU}/orders-v3/order/${c.id}`;
      expect(await readOrderDetails(loadPage(c.file, url), ctx(url))).toEqual({ status: 'ok', observation: expected });
    });

    it('without the data-test-id anchors: the localized labels (text fallback), no "not Prime" guess', async () => {
      const url = `https://${EU}/orders-v3/order/${c.id}`;
      const doc = loadPage(c.file, url);
      for (const el of Array.from(doc.querySelectorAll('[data-test-id]'))) el.removeAttribute('data-test-id');
      const o = ok(await readOrderDetails(doc, ctx(url)));
      expect(o).toEqual({ ...expected, source: 'text', sfp: null, sfpDecidedBy: 'none', status: 'unknown' });
    });
  });
});

// Local days in Europe/Paris, Rome and Madrid (all CET in late November): day d of Nov/Dec 2026 → [start, end).
const day = (iso: string, days = 1) => {
  const from = new Date(`${iso}T00:00:00+01:00`);
  return { from: from.toISOString(), to: new Date(from.getTime() + days * 86_400_000).toISOString() };
};

describe('Manage Orders in French, Italian and Spanish', () => {
  const sfpRow = (orderId: string) => ({
    orderId, sfp: true, status: 'unshipped',
    shipBy: day('2026-12-01'), // "1er déc." / "1° dic" / "1 dic"
    deliverBy: day('2026-12-02', 2),
  });
  const sellerRow = (orderId: string, status: string) => ({
    orderId, sfp: false, status, shipBy: day('2026-11-27'), deliverBy: day('2026-11-30', 3),
  });

  it.each([
    ['order-list-fr.html', 'sellercentral.amazon.fr', 'FR', [
      sfpRow('405-3141592-6535897'),
      sellerRow('402-2718281-8284590', 'shipped'),
      // Expédié par Amazon: not seller-fulfilled, so not SFP
      { orderId: '171-5550001-0000001', sfp: false, status: 'shipped', shipBy: day('2026-11-26'), deliverBy: day('2026-11-27') },
    ]],
    ['order-list-it.html', 'sellercentral.amazon.it', 'IT', [
      sfpRow('403-1112131-4151617'),
      sellerRow('404-2223242-5262728', 'shipped'),
      { orderId: '406-3334353-6373839', sfp: false, status: 'canceled', shipBy: day('2026-11-20'), deliverBy: day('2026-11-23') },
    ]],
    ['order-list-es.html', 'sellercentral.amazon.es', 'ES', [
      sfpRow('408-9990001-1112223'),
      // Logística de Amazon (FBA)
      { orderId: '407-8887776-6655443', sfp: false, status: 'shipped', shipBy: day('2026-11-26'), deliverBy: day('2026-11-27') },
      sellerRow('402-5554443-3322110', 'shipped'),
    ]],
  ] as const)('%s: every row on %s and on the unified EU host (marketplace from the sales channel)', async (file, host, marketplace, rows) => {
    for (const h of [host, EU]) {
      const url = `https://${h}/orders-v3`;
      const r = await readOrderList(loadPage(file, url), ctx(url));
      expect(r, h).toEqual({ status: 'ok', observation: { kind: 'order-list', marketplace, observedAt: NOW.toISOString(), source: 'dom', rows } });
      noPeople(r);
    }
  });
});

describe('Buyer Messages in French, Italian and Spanish', () => {
  it('FR: rows (Amazon CS by its French label, CEST row in October), the open Amazon CS thread classified in French', async () => {
    const url = 'https://sellercentral.amazon.fr/messaging/inbox-v3';
    const o = ok(await readMessages(loadPage('messages-fr.html', url), ctx(url)));
    expect(o).toMatchObject({ kind: 'messages', marketplace: 'FR', source: 'dom', observedAt: NOW.toISOString() });
    expect(o.rows).toEqual([
      { orderId: '405-1234567-1234567', sender: 'amazon-cs', receivedAt: '2026-11-25T23:00:00.000Z', needsResponse: true, threadId: 'THR-FR1001' },
      { orderId: '402-2718281-8284590', sender: 'buyer', receivedAt: '2026-11-24T23:00:00.000Z', needsResponse: false, threadId: 'THR-FR1002' },
      // sam. 24 oct. 2026 09:30 — summer time (CEST, +2 h) in Europe/Paris
      { orderId: '405-3141592-6535897', sender: 'buyer', receivedAt: '2026-10-24T07:30:00.000Z', needsResponse: null, threadId: 'THR-FR1003' },
    ]);
    expect(o.thread).toEqual({
      orderId: '405-1234567-1234567', threadId: 'THR-FR1001', answered: false,
      messages: [{ sender: 'amazon-cs', sentAt: '2026-11-26T09:15:00.000Z', intent: 'amazon-cs-request', intentConfidence: expect.any(Number), language: 'fr' }],
    });
    noPeople(o);
  });

  it('FR: the forward sentence alone marks Amazon CS when the label is a person', async () => {
    const url = 'https://sellercentral.amazon.fr/messaging/inbox-v3';
    const html = fixtureText('pages/messages-fr.html').replaceAll('>Service client Amazon<', '>Inès Valcourt<');
    const o = ok(await readMessages(parsePage(html, url), ctx(url)));
    expect(o.thread?.messages[0]?.sender).toBe('amazon-cs');
    expect(o.rows[0]?.sender).toBe('buyer');
  });

  it('IT: rows in shadow roots, the thread in a same-origin iframe, answered by the seller ("Tu")', async () => {
    const url = 'https://sellercentral.amazon.it/messaging/inbox-v3?fi=search&ss=403-7654321-1234765';
    const o = ok(await readMessages(loadPage('messages-it.html', url), ctx(url)));
    expect(o).toMatchObject({ kind: 'messages', marketplace: 'IT', source: 'dom' });
    expect(o.rows).toEqual([
      { orderId: '403-7654321-1234765', sender: 'amazon-cs', receivedAt: '2026-11-25T23:00:00.000Z', needsResponse: false, threadId: 'THR-IT2001' },
      { orderId: '404-2223242-5262728', sender: 'buyer', receivedAt: '2026-11-24T17:20:00.000Z', needsResponse: true, threadId: 'THR-IT2002' },
    ]);
    expect(o.thread).toEqual({
      orderId: '403-7654321-1234765', threadId: 'THR-IT2001', answered: true,
      messages: [
        { sender: 'amazon-cs', sentAt: '2026-11-26T14:05:00.000Z', intent: 'amazon-cs-request', intentConfidence: expect.any(Number), language: 'it' },
        { sender: 'seller', sentAt: '2026-11-26T16:45:00.000Z' },
      ],
    });
    noPeople(o);
  });

  it.each(['sellercentral-europe.amazon.com', 'sellercentral.amazon.es'])(
    'ES on %s: marketplace from the switcher or the host; ?fi=responseNeeded fills in rows without a badge', async (host) => {
      const url = `https://${host}/messaging/inbox-v3?fi=responseNeeded`;
      const o = ok(await readMessages(loadPage('messages-es.html', url), ctx(url)));
      expect(o).toEqual({
        kind: 'messages', marketplace: 'ES', observedAt: NOW.toISOString(), source: 'dom',
        rows: [
          { orderId: '408-2468135-1357924', sender: 'amazon-cs', receivedAt: '2026-11-25T23:00:00.000Z', needsResponse: true, threadId: 'THR-ES3001' },
          { orderId: '402-5554443-3322110', sender: 'buyer', receivedAt: '2026-11-25T08:10:00.000Z', needsResponse: true, threadId: 'THR-ES3002' },
          { orderId: '407-8887776-6655443', sender: 'buyer', receivedAt: '2026-11-23T23:00:00.000Z', needsResponse: false, threadId: 'THR-ES3003' },
        ],
      });
      noPeople(o);
    });

  it('ES on the EU host without the switcher: no marketplace, so dates without a zone are not guessed', async () => {
    const url = 'https://sellercentral-europe.amazon.com/messaging/inbox-v3';
    const html = fixtureText('pages/messages-es.html').replace('Europa · www.amazon.es', 'Elige un marketplace');
    const o = ok(await readMessages(parsePage(html, url), ctx(url)));
    expect(o.marketplace).toBeNull();
    expect(o.rows.map((r) => [r.orderId, r.sender, r.receivedAt])).toEqual([
      ['408-2468135-1357924', 'amazon-cs', undefined], ['402-5554443-3322110', 'buyer', undefined], ['407-8887776-6655443', 'buyer', undefined],
    ]);
  });

  it('sender and response words: both orders of the Amazon CS label, and "no" winning over "needed"', () => {
    for (const s of ['Service client Amazon', 'Amazon service client', 'Servizio clienti Amazon', 'Atención al cliente de Amazon',
      'Servicio de atención al cliente de Amazon', 'Service client d’Amazon', 'Amazon.fr']) expect(AMAZON_SENDER.test(s), s).toBe(true);
    for (const s of ['Service client', 'Amazonas Ruiz', 'Servizio clienti Rossi']) expect(AMAZON_SENDER.test(s), s).toBe(false);
    for (const s of ['Aucune réponse requise', 'Nessuna risposta necessaria', 'No se requiere respuesta', 'Respuesta no necesaria']) {
      expect(NO_RESPONSE_NEEDED.test(s), s).toBe(true);
    }
    for (const s of ['Réponse requise', 'Réponse nécessaire', 'Risposta necessaria', 'Respuesta necesaria', 'Respuesta requerida']) {
      expect([NO_RESPONSE_NEEDED.test(s), RESPONSE_NEEDED.test(s)], s).toEqual([false, true]);
    }
  });
});

describe('Manage Returns in French, Italian and Spanish (DOM, JSON off)', () => {
  it('FR: labels with the French colon, CEST request in October, a refund date without the word "remboursé" as status', async () => {
    const url = 'https://sellercentral.amazon.fr/returns/list';
    const o = ok(await readReturns(loadPage('returns-fr.html', url), ctx(url)));
    expect(o).toEqual({
      kind: 'returns', marketplace: 'FR', observedAt: NOW.toISOString(), source: 'dom',
      rows: [
        { returnRequestId: 'FrR0001', orderId: '405-1234567-1234567', state: 'delivered', requestedAt: '2026-11-19T23:00:00.000Z',
          deliveredAt: '2026-11-25T23:00:00.000Z', refundedAtFirstScan: null, refundIssued: false, reason: 'Article défectueux' },
        // mer. 21 oct. 2026 17:20 (CEST); "Clôturé" with "Remboursé le : ven. 30 oct. 2026" (CET again)
        { returnRequestId: 'FrR0002', orderId: '405-3141592-6535897', state: 'refunded', requestedAt: '2026-10-21T15:20:00.000Z',
          refundedAt: '2026-10-29T23:00:00.000Z', refundedAtFirstScan: null, refundIssued: true, reason: 'Ne convient pas' },
        { returnRequestId: 'FrR0003', orderId: '402-2718281-8284590', state: 'approved', requestedAt: '2026-11-24T23:00:00.000Z',
          refundedAtFirstScan: true, refundIssued: null, reason: 'Acheté par erreur' },
      ],
    });
    noPeople(o);
  });

  it('IT: Italian labels, the Emetti rimborso button, first-scan and prior-refund badges', async () => {
    const url = 'https://sellercentral.amazon.it/returns/list';
    const o = ok(await readReturns(loadPage('returns-it.html', url), ctx(url)));
    expect(o).toEqual({
      kind: 'returns', marketplace: 'IT', observedAt: NOW.toISOString(), source: 'dom',
      rows: [
        { returnRequestId: 'ItR0001', orderId: '403-7654321-1234765', state: 'delivered', requestedAt: '2026-11-18T23:00:00.000Z',
          deliveredAt: '2026-11-25T15:20:00.000Z', refundedAtFirstScan: null, refundIssued: false, reason: 'Articolo danneggiato' },
        { returnRequestId: 'ItR0002', orderId: '404-2223242-5262728', state: 'in-transit', requestedAt: '2026-11-25T23:00:00.000Z',
          refundedAtFirstScan: true, refundIssued: true, reason: 'Non più necessario' },
      ],
    });
    noPeople(o);
  });

  it.each(['sellercentral-europe.amazon.com', 'sellercentral.amazon.es'])('ES on %s: feminine status words, "Emitir un reembolso"', async (host) => {
    const url = `https://${host}/returns/list`;
    const o = ok(await readReturns(loadPage('returns-es.html', url), ctx(url)));
    expect(o).toEqual({
      kind: 'returns', marketplace: 'ES', observedAt: NOW.toISOString(), source: 'dom',
      rows: [
        { returnRequestId: 'EsR0001', orderId: '408-2468135-1357924', state: 'delivered', requestedAt: '2026-11-19T23:00:00.000Z',
          deliveredAt: '2026-11-25T23:00:00.000Z', refundedAtFirstScan: null, refundIssued: false, reason: 'El producto llegó dañado' },
        { returnRequestId: 'EsR0002', orderId: '402-5554443-3322110', state: 'refunded', requestedAt: '2026-11-22T23:00:00.000Z',
          refundedAt: '2026-11-24T23:00:00.000Z', refundedAtFirstScan: null, refundIssued: true, reason: 'Ya no lo necesito' },
      ],
    });
    noPeople(o);
  });
});

describe('label lookup on localized pages (dom.ts valueByLabel)', () => {
  it('matches labels with the French space before the colon and typographic apostrophes', () => {
    const doc = parsePage(`<html lang="fr-FR"><body><div id="a">
      <p><b>Date d’achat :</b> <span>lundi 16 novembre 2026</span></p>
      <p><b>N° de suivi :</b><span>6A00000000001</span></p>
      <p>Motif du retour\u00a0: Article défectueux</p>
      <p><b>Date d'achat-x</b> <span>no</span></p></div></body></html>`);
    const root = doc.getElementById('a')!;
    expect(valueByLabel(root, ["Date d'achat"])).toBe('lundi 16 novembre 2026');
    expect(valueByLabel(root, ['N° de suivi'])).toBe('6A00000000001');
    expect(valueByLabel(root, ['Motif du retour'])).toBe('Article défectueux');
    expect(valueByLabel(root, ['Date d’achat-x'])).toBe('no');
    expect(valueByLabel(root, ['Date'])).toBeNull(); // a longer word is not the label "Date"
  });
});

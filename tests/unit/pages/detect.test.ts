/**
 * detectPage cross-matrix (github-url-detection style): every kind accepts its own example URLs and no example of
 * another kind; every Seller Central host works; spoofed or insecure URLs are null.
 */
import { describe, expect, it } from 'vitest';
import { MARKETPLACE_CODES, MARKETPLACES, SELLER_CENTRAL_HOSTS, UNIFIED_EU_HOST } from '@/utils/marketplaces';
import { detectPage, type PageKind } from '@/utils/pages/detect';

const ID = '112-4738291-5047863';

/** Example paths per kind, with the order id the URL carries (if any). */
const EXAMPLES: Record<PageKind, [path: string, orderId?: string][]> = {
  'order-details': [
    [`/orders-v3/order/${ID}`, ID],
    [`/orders-v3/order/${ID}/`, ID],
    [`/orders-v3/order/${ID}/confirm-shipment`, ID],
    [`/orders-v3/order/${ID}?ref_=xx_myo_dnav_home`, ID],
    [`/gp/orders-v2/details?orderID=${ID}`, ID],
    [`/gp/orders-v2/details?ie=UTF8&orderID=${ID}`, ID],
  ],
  'order-list': [
    ['/orders-v3'], ['/orders-v3/'], ['/orders-v3?page=2'], ['/orders-v3/mfn/unshipped'],
    ['/orders-v3/mfn/unshipped?page=3&sort=ship_by_asc'], [`/orders-v3/search?q=${ID}&qt=orderid`], ['/orders-v3/fba/all'],
  ],
  messages: [
    ['/messaging/inbox-v3'], ['/messaging/inbox-v3?fi=responseNeeded'], [`/messaging/inbox-v3?fi=search&ss=${ID}`, ID],
    ['/messaging/inbox-v3?fi=caseId&ss=1234567890&cc=1234567890'], ['/messaging/inbox'], ['/messaging/inbox/'],
    ['/messaging/thread/A1B2C3D4E5'],
  ],
  returns: [['/returns/list'], ['/returns/list?searchType=OrderId&searchTerm=' + ID], ['/returns/list/'], ['/returns']],
  safet: [
    ['/safet-claims'], ['/safet-claims/'], [`/safet-claims#/claims?orderId=${ID}`, ID], ['/safet-claims#/claims'],
    ['/safet-claims/create-v2'], [`/safet-claims/create-v2?orderId=${ID}`, ID], ['/safet-claims/claim/1234567890'],
  ],
  other: [
    ['/'], ['/home'], ['/ap/signin?openid.return_to=%2Forders-v3'], ['/ap/mfa'], ['/ap/cvf/request'],
    ['/orders-v3/order/not-an-id'], ['/orders-v3/order/112-473829-5047863'], ['/orders-v3/order/1124-4738291-5047863'],
    ['/gp/orders-v2/details?orderID=abc'], ['/orders-v3/order'], ['/inventory'], ['/returns/api/return-requests'],
    ['/messaging/templates'], ['/safet-claims-faq'], ['/orders-v3x'],
  ],
};

const ALL = (Object.entries(EXAMPLES) as [PageKind, [string, string?][]][]).flatMap(([kind, list]) =>
  list.map(([path, orderId]) => ({ kind, path, orderId })));

describe('detectPage cross-matrix', () => {
  for (const kind of Object.keys(EXAMPLES) as PageKind[]) {
    it(`${kind}: accepts its own examples and rejects every other example`, () => {
      for (const ex of ALL) {
        const got = detectPage(`https://sellercentral.amazon.com${ex.path}`);
        expect(got, ex.path).not.toBeNull();
        if (ex.kind === kind) expect(got, ex.path).toEqual({ kind, marketplace: 'US', ...(ex.orderId ? { orderId: ex.orderId } : {}) });
        else expect(got?.kind, ex.path).not.toBe(kind);
      }
    });
  }

  it('knows every Seller Central host and its marketplace', () => {
    for (const code of MARKETPLACE_CODES) {
      for (const host of MARKETPLACES[code].hosts) {
        expect(detectPage(`https://${host}/orders-v3/order/${ID}`)).toEqual({ kind: 'order-details', marketplace: code, orderId: ID });
        expect(detectPage(`https://${host.toUpperCase()}/orders-v3`)).toEqual({ kind: 'order-list', marketplace: code });
      }
    }
    expect(detectPage(`https://${UNIFIED_EU_HOST}/orders-v3/order/${ID}`)).toEqual({ kind: 'order-details', marketplace: null, orderId: ID });
    expect(SELLER_CENTRAL_HOSTS.every((h) => detectPage(`https://${h}/home`)?.kind === 'other')).toBe(true);
  });

  it('accepts URL objects', () => {
    expect(detectPage(new URL(`https://sellercentral.amazon.de/orders-v3/order/${ID}`))).toEqual({ kind: 'order-details', marketplace: 'DE', orderId: ID });
  });
});

describe('detectPage rejects what is not Seller Central', () => {
  const spoofed = [
    `https://sellercentral.amazon.com.evil.example/orders-v3/order/${ID}`,
    `https://sellercentral.amazon.com@evil.example/orders-v3/order/${ID}`,
    `https://user:pw@sellercentral.amazon.com/orders-v3/order/${ID}`,
    `https://evil.example/?u=https://sellercentral.amazon.com/orders-v3/order/${ID}`,
    `https://sellercentral-amazon.com/orders-v3`,
    `https://sellercentraI.amazon.com/orders-v3`,
    `https://xn--sellercentral-8cb.amazon.com/orders-v3`,
    `https://sellercentral.amazon.co/orders-v3`,
    `https://sellercentral.amazon.com./orders-v3`,
    `https://fake-sellercentral.amazon.com/orders-v3`,
    `https://sellercentral.amazon.com.mx.evil.example/orders-v3`,
    `https://www.amazon.com/orders-v3/order/${ID}`,
    `https://sellercentral.amazon.com:8443/orders-v3`,
    `http://sellercentral.amazon.com/orders-v3/order/${ID}`,
    `ftp://sellercentral.amazon.com/orders-v3`,
    `javascript:alert(1)//sellercentral.amazon.com`,
    'sellercentral.amazon.com/orders-v3',
    '',
    'not a url',
  ];
  for (const url of spoofed) it(`null for ${url || '(empty)'}`, () => expect(detectPage(url)).toBeNull());
});

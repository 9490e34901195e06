/**
 * detectPage cross-matrix (github-url-detection style): every kind accepts its own example URLs and no example of
 * another kind; every Seller Central host works; spoofed or insecure URLs are null. The examples are the short
 * paths below plus the URL corpus (tests/unit/pages/url-corpus.ts: URLs as Seller Central's own links, e-mails
 * and tools produce them, each with where it was seen).
 */
import { describe, expect, it } from 'vitest';
import { MARKETPLACE_CODES, MARKETPLACES, SELLER_CENTRAL_HOSTS, UNIFIED_EU_HOST, marketplaceForHost } from '@/utils/marketplaces';
import { detectPage, pagePath, type DetectedPage, type PageKind } from '@/utils/pages/detect';
import { URL_CORPUS } from './url-corpus';

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

/** Every example as a full URL with the answer expected for it: the paths above on the US host, then the corpus. */
const ALL: { url: string; expected: DetectedPage }[] = [
  ...(Object.entries(EXAMPLES) as [PageKind, [string, string?][]][]).flatMap(([kind, list]) =>
    list.map(([path, orderId]) => ({
      url: `https://sellercentral.amazon.com${path}`,
      expected: { kind, marketplace: 'US' as const, ...(orderId ? { orderId } : {}) },
    }))),
  ...URL_CORPUS.map(({ url, kind, marketplace, orderId }) => ({ url, expected: { kind, marketplace, ...(orderId ? { orderId } : {}) } })),
];

describe('detectPage cross-matrix', () => {
  for (const kind of Object.keys(EXAMPLES) as PageKind[]) {
    it(`${kind}: accepts its own examples and rejects every other example`, () => {
      for (const ex of ALL) {
        const got = detectPage(ex.url);
        expect(got, ex.url).not.toBeNull();
        if (ex.expected.kind === kind) expect(got, ex.url).toEqual(ex.expected);
        else expect(got?.kind, ex.url).not.toBe(kind);
      }
    });
  }

  it('reads every corpus URL the same way on every Seller Central host', () => {
    for (const entry of URL_CORPUS) {
      const u = new URL(entry.url);
      for (const host of SELLER_CENTRAL_HOSTS) {
        u.hostname = host;
        const want = { kind: entry.kind, marketplace: marketplaceForHost(host), ...(entry.orderId ? { orderId: entry.orderId } : {}) };
        expect(detectPage(u.href), u.href).toEqual(want);
      }
    }
  });

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

  it('keeps the corpus honest: 80+ URLs, every kind and every kind of host covered, each with where it was seen', () => {
    expect(URL_CORPUS.length).toBeGreaterThanOrEqual(80);
    expect(new Set(URL_CORPUS.map((e) => e.url)).size).toBe(URL_CORPUS.length);
    for (const kind of Object.keys(EXAMPLES) as PageKind[]) {
      expect(URL_CORPUS.filter((e) => e.kind === kind).length, kind).toBeGreaterThanOrEqual(8);
    }
    for (const e of URL_CORPUS) {
      expect(e.seen.trim().length, e.url).toBeGreaterThan(10);
      // Every claimed source is a code-index id, a repository file, a page URL, the project's own code — or says inferred.
      expect(e.seen, e.url).toMatch(/code #\d+|inferred|\.(md|py|ts)\b|help|code search result/);
      expect(new URL(e.url).protocol, e.url).toBe('https:');
    }
    const hosts = new Set(URL_CORPUS.map((e) => new URL(e.url).hostname));
    expect(hosts.has(UNIFIED_EU_HOST)).toBe(true);
    expect(hosts.has('sellercentral-japan.amazon.com')).toBe(true);
    expect(hosts.size).toBeGreaterThanOrEqual(12);
  });

  it('pagePath drops ref= segments, empty segments and the amazonsell shell prefix, nothing else', () => {
    const path = (p: string) => pagePath(new URL(`https://sellercentral.amazon.com${p}`));
    expect(path('/orders-v3/ref=xx_myo_dnav_xx')).toBe('/orders-v3');
    expect(path('/gp/orders-v2/details/ref=ag_orddet_cont_myo')).toBe('/gp/orders-v2/details');
    expect(path('/safet-claims/ref_=xx/claim/123/')).toBe('/safet-claims/claim/123');
    expect(path('//messaging//inbox-v3/')).toBe('/messaging/inbox-v3');
    expect(path('/amazonsell/orders/container/gp/returns/list/v2')).toBe('/gp/returns/list/v2');
    expect(path('/amazonsell/orders/112-4738291-5047863')).toBe('/amazonsell/orders/112-4738291-5047863');
    expect(path('/reference/x')).toBe('/reference/x');
    expect(path('/')).toBe('/');
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

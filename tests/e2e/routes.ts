/**
 * Route table of the e2e fixture server (tests/e2e/server.ts): host + path → fixture file.
 * Add routes ADDITIVELY (append to `routes`; keep one route per sample page). A route without `hosts`
 * answers on every host mapped to the server, including the non-Seller-Central ones in OTHER_HOSTS,
 * which is what the "other host gets nothing" test relies on. A route with `hosts` wins over a route without
 * on those hosts, wherever it sits in the table (server.ts findRoute). Unknown paths get a plain 404 page.
 * Paths match `URL.pathname` exactly (string) or by RegExp; query strings and hashes are ignored.
 */

/** One sample page or JSON answer served by the fixture server. */
export interface Route {
  /** Exact pathname, or a RegExp tested against the pathname. */
  path: string | RegExp;
  /** Repository-relative file to serve (tests/fixtures/...). */
  file: string;
  /** Hosts this route answers on; omitted = every host. */
  hosts?: readonly string[];
  /** HTTP status; 200 when omitted. */
  status?: number;
  /** Content type; from the file extension when omitted. */
  type?: string;
  /** Label on the fixture index page (routes without one are not listed). */
  title?: string;
  /** URL to list on the index page when `path` is a RegExp (a path, e.g. '/orders-api/order/112-…'). */
  example?: string;
}

/** Order ids of the sample order pages (tests/fixtures/pages/order-details-us-*.html). */
export const SFP_ORDER_ID = '112-4738291-5047863';
export const NON_SFP_ORDER_ID = '113-2846571-9304125';
/** The broken fixture is the SFP page with its anchors renamed; it is served under its own id. */
export const BROKEN_ORDER_ID = '112-9038475-1162830';
/** Order URL of tests/e2e/pages/hostile-order.html (bad input). */
export const HOSTILE_ORDER_ID = '112-9999999-0000001';

/** Hosts that are NOT Seller Central but resolve to the fixture server (nothing may be injected there). */
export const OTHER_HOSTS = ['example.test', 'sellercentral.amazon.com.evil.example'] as const;

/** Host of the fixture index page (a start page listing every titled route). */
export const INDEX_HOST = 'fixtures.sfp-guide.test';

export const routes: Route[] = [
  {
    path: `/orders-v3/order/${SFP_ORDER_ID}`,
    file: 'tests/fixtures/pages/order-details-us-sfp.html',
    title: 'Order details, US, Seller Fulfilled Prime',
  },
  {
    path: `/orders-v3/order/${NON_SFP_ORDER_ID}`,
    file: 'tests/fixtures/pages/order-details-us-non-sfp.html',
    title: 'Order details, US, seller-fulfilled (not SFP)',
  },
  {
    path: `/orders-v3/order/${BROKEN_ORDER_ID}`,
    file: 'tests/fixtures/pages/order-details-us-broken.html',
    title: 'Order details, US, anchors missing (page not recognised)',
  },
  // Same-origin JSON the order page itself requests (shared/domain/seller-central-pages.md). The broken
  // page's endpoint answers with a wrong shape, as after the imagined redesign: the reader must drop it.
  { path: `/orders-api/order/${SFP_ORDER_ID}`, file: 'tests/fixtures/api/orders-order-us-sfp.json' },
  { path: `/orders-api/order/${NON_SFP_ORDER_ID}`, file: 'tests/fixtures/api/orders-order-us-non-sfp.json' },
  { path: `/orders-api/order/${BROKEN_ORDER_ID}`, file: 'tests/fixtures/api/orders-order-invalid.json' },
  { path: `/orders-api/order/${HOSTILE_ORDER_ID}`, file: 'tests/fixtures/api/orders-order-invalid.json' },
  {
    path: '/home',
    file: 'tests/fixtures/pages/home-us.html',
    title: 'Seller Central home (nothing is shown)',
  },
  {
    path: `/orders-v3/order/${HOSTILE_ORDER_ID}`,
    file: 'tests/e2e/pages/hostile-order.html',
    title: 'Order details with hostile markup (bad input)',
  },
];

/** Path of an order-details page. */
export const orderPath = (orderId: string): string => `/orders-v3/order/${orderId}`;

// List pages (issue 5 items 3–6; H5b, tests/e2e/lists.e2e.test.ts). Added additively.
routes.push(
  { path: '/messaging/inbox-v3', file: 'tests/fixtures/pages/messages-us.html', title: 'Buyer Messages, US (thread open)' },
  { path: '/orders-v3', file: 'tests/fixtures/pages/order-list-us.html', title: 'Manage Orders, US' },
  { path: '/returns/list', file: 'tests/fixtures/pages/returns-us.html', title: 'Manage Seller Fulfilled Returns, US' },
  { path: '/returns/api/return-requests', file: 'tests/fixtures/api/returns-us.json', example: '/returns/api/return-requests' },
  { path: '/safet-claims', file: 'tests/fixtures/pages/safet-us.html', title: 'SAFE-T claims, US' },
  { path: '/safet-claims/create-v2', file: 'tests/fixtures/pages/safet-create-v2.html', title: 'SAFE-T filing page, US (order entered)' },
);

// Pages reached through Seller Central's own links (issue 15 part 3, tests/e2e/ref-urls.e2e.test.ts): the same
// sample pages under Amazon's ref= path forms and legacy routes (tests/unit/pages/url-corpus.ts). Added additively.
routes.push(
  { path: /^\/orders-v3\/ref=[^/]+\/?$/, file: 'tests/fixtures/pages/order-list-us.html', example: '/orders-v3/ref=xx_myo_dnav_xx' },
  { path: /^\/gp\/returns\/list\/v2(\/ref=[^/]+)?\/?$/, file: 'tests/fixtures/pages/returns-us.html', example: '/gp/returns/list/v2/ref=xx_mretrn_dnav_xx' },
  { path: /^\/safet-claims\/ref=[^/]+\/?$/, file: 'tests/fixtures/pages/safet-us.html', example: '/safet-claims/ref=xx_safetclaim_dnav_xx' },
  { path: /^\/gp\/orders-v2\/details(\/ref=[^/]+)?\/?$/, file: 'tests/fixtures/pages/order-details-us-sfp.html', example: `/gp/orders-v2/details/ref=ag_orddet_cont_myo?ie=UTF8&orderID=${SFP_ORDER_ID}` },
);

/** Order of the open thread on the Buyer Messages sample page (tests/fixtures/pages/messages-us.html). */
export const MESSAGES_THREAD_ORDER_ID = '113-2846190-7712054';

// The order JSON of that thread's order (issue 16 item 4, tests/e2e/messages-order-json.e2e.test.ts): the messages
// overlay reads whether the order is SFP from it when the queue does not know. Added additively.
routes.push(
  { path: `/orders-api/order/${MESSAGES_THREAD_ORDER_ID}`, file: 'tests/fixtures/api/orders-order-us-messages-sfp.json' },
);

// French, Italian and Spanish pages (issue 17 item 4; tests/e2e/localized-pages.e2e.test.ts) on their own hosts, and the
// Spanish ones also on the unified EU host, where the page names the marketplace. Added additively. The order JSON of
// these orders is not served (404: the reader falls back to the DOM); the returns JSON answers an empty list there, so
// the reader defers to the rows shown.
export const EU_HOST = 'sellercentral-europe.amazon.com';
/** The localized sample orders: host, order id and fixture (tests/fixtures/pages/order-details-{fr,it,es}-sfp.html). */
export const LOCALIZED_ORDERS = [
  { lang: 'fr', marketplace: 'FR', host: 'sellercentral.amazon.fr', orderId: '405-1234567-1234567', file: 'tests/fixtures/pages/order-details-fr-sfp.html' },
  { lang: 'it', marketplace: 'IT', host: 'sellercentral.amazon.it', orderId: '403-7654321-1234765', file: 'tests/fixtures/pages/order-details-it-sfp.html' },
  { lang: 'es', marketplace: 'ES', host: 'sellercentral.amazon.es', orderId: '408-2468135-1357924', file: 'tests/fixtures/pages/order-details-es-sfp.html' },
] as const;
const LOCALIZED_TITLES = { fr: 'French UI, Amazon.fr', it: 'Italian UI, Amazon.it', es: 'Spanish UI, Amazon.es' } as const;
for (const o of LOCALIZED_ORDERS) {
  const hosts = o.lang === 'es' ? [o.host, EU_HOST] : [o.host];
  const page = (kind: string) => `tests/fixtures/pages/${kind}-${o.lang}.html`;
  routes.push(
    { path: orderPath(o.orderId), file: o.file, hosts: [o.host, EU_HOST], title: `Order details, ${LOCALIZED_TITLES[o.lang]}, SFP, return delivered` },
    { path: '/orders-v3', file: page('order-list'), hosts, title: `Manage Orders, ${LOCALIZED_TITLES[o.lang]}` },
    { path: '/messaging/inbox-v3', file: page('messages'), hosts, title: `Buyer Messages, ${LOCALIZED_TITLES[o.lang]}` },
    { path: '/returns/list', file: page('returns'), hosts, title: `Manage Seller Fulfilled Returns, ${LOCALIZED_TITLES[o.lang]}` },
    { path: '/returns/api/return-requests', file: 'tests/fixtures/api/returns-empty.json', hosts },
  );
}

/** A marketplace's sample pages on its own host: the order page and the list pages an e2e test can open. */
export interface MarketplacePages {
  host: string;
  marketplace: string;
  orderId: string;
  orderPath: string;
  orderFile: string;
  ordersPath: '/orders-v3';
  messagesPath: '/messaging/inbox-v3';
  returnsPath: '/returns/list';
  returnsJsonPath: '/returns/api/return-requests';
  safetPath?: '/safet-claims';
}

// German-UI pages on sellercentral.amazon.de (tests/fixtures/pages/*-de*.html; tests/readers/localized-de.test.ts) and the
// Japanese pages on sellercentral.amazon.co.jp (*-jp*.html). Added additively; host routes win over the shared (US) ones
// there only. The order JSON of these orders is not served (404: the reader falls back to the DOM); the returns JSON
// answers an empty list, so the reader defers to the rows shown.
const LIST_PATHS = {
  ordersPath: '/orders-v3', messagesPath: '/messaging/inbox-v3', returnsPath: '/returns/list', returnsJsonPath: '/returns/api/return-requests',
} as const;
export const DE_PAGES: MarketplacePages = {
  host: 'sellercentral.amazon.de', marketplace: 'DE', orderId: '304-1234567-1234567', orderPath: orderPath('304-1234567-1234567'),
  orderFile: 'tests/fixtures/pages/order-details-de-sfp.html', ...LIST_PATHS,
};
export const JP_PAGES: MarketplacePages = {
  host: 'sellercentral.amazon.co.jp', marketplace: 'JP', orderId: '250-1112223-3334445', orderPath: orderPath('250-1112223-3334445'),
  orderFile: 'tests/fixtures/pages/order-details-jp-sfp.html', ...LIST_PATHS, safetPath: '/safet-claims',
};
{
  const de = [DE_PAGES.host];
  routes.push(
    { path: DE_PAGES.orderPath, file: DE_PAGES.orderFile, hosts: de, title: 'Order details, German UI, Amazon.de, Prime durch Verkäufer, return delivered' },
    { path: DE_PAGES.ordersPath, file: 'tests/fixtures/pages/order-list-de.html', hosts: de, title: 'Manage Orders, German UI, Amazon.de' },
    { path: DE_PAGES.messagesPath, file: 'tests/fixtures/pages/messages-de.html', hosts: de, title: 'Buyer Messages, German UI, Amazon.de' },
    { path: DE_PAGES.returnsPath, file: 'tests/fixtures/pages/returns-de.html', hosts: de, title: 'Manage Seller Fulfilled Returns, German UI, Amazon.de' },
    { path: DE_PAGES.returnsJsonPath, file: 'tests/fixtures/api/returns-empty.json', hosts: de },
  );
  const jp = [JP_PAGES.host];
  routes.push(
    { path: JP_PAGES.orderPath, file: JP_PAGES.orderFile, hosts: jp, title: 'Order details, Japanese UI, Amazon.co.jp, SFP, shipped' },
    { path: JP_PAGES.ordersPath, file: 'tests/fixtures/pages/order-list-jp.html', hosts: jp, title: 'Manage Orders, Japanese UI, Amazon.co.jp' },
    { path: JP_PAGES.messagesPath, file: 'tests/fixtures/pages/messages-jp.html', hosts: jp, title: 'Buyer Messages, Japanese UI, Amazon.co.jp' },
    { path: JP_PAGES.returnsPath, file: 'tests/fixtures/pages/returns-jp.html', hosts: jp, title: 'Manage Seller Fulfilled Returns, Japanese UI, Amazon.co.jp' },
    { path: JP_PAGES.returnsJsonPath, file: 'tests/fixtures/api/returns-empty.json', hosts: jp },
    { path: '/safet-claims', file: 'tests/fixtures/pages/safet-jp.html', hosts: jp, title: 'SAFE-T claims, Japanese UI, Amazon.co.jp' },
  );
}

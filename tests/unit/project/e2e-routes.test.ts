/** The e2e fixture server's route table (tests/e2e/routes.ts) and host preference (server.ts findRoute). */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findRoute, SERVED_HOSTS } from '../../e2e/server';
import { DE_PAGES, EU_HOST, JP_PAGES, LOCALIZED_ORDERS, orderPath, routes } from '../../e2e/routes';
import { detectPage } from '@/utils/pages/detect';

describe('e2e routes', () => {
  it('every route file exists and every host a route names is served (and in the certificate)', () => {
    for (const r of routes) {
      expect(existsSync(r.file), r.file).toBe(true);
      for (const h of r.hosts ?? []) expect(SERVED_HOSTS, h).toContain(h);
    }
  });

  it('a route for a host wins over the shared one there, and only there', () => {
    expect(findRoute(routes, 'sellercentral.amazon.fr', '/orders-v3')?.file).toBe('tests/fixtures/pages/order-list-fr.html');
    expect(findRoute(routes, 'sellercentral.amazon.it', '/returns/list')?.file).toBe('tests/fixtures/pages/returns-it.html');
    expect(findRoute(routes, EU_HOST, '/messaging/inbox-v3')?.file).toBe('tests/fixtures/pages/messages-es.html');
    expect(findRoute(routes, 'sellercentral.amazon.es', '/returns/api/return-requests')?.file).toBe('tests/fixtures/api/returns-empty.json');
    expect(findRoute(routes, 'sellercentral.amazon.com', '/orders-v3')?.file).toBe('tests/fixtures/pages/order-list-us.html');
    expect(findRoute(routes, 'sellercentral.amazon.co.uk', '/returns/list')?.file).toBe('tests/fixtures/pages/returns-us.html');
    expect(findRoute(routes, 'example.test', orderPath(LOCALIZED_ORDERS[0].orderId))).toBeUndefined();
  });

  it('the localized order pages sit where detectPage sees an order page of their marketplace', () => {
    for (const o of LOCALIZED_ORDERS) {
      expect(detectPage(`https://${o.host}${orderPath(o.orderId)}`)).toEqual({ kind: 'order-details', marketplace: o.marketplace, orderId: o.orderId });
      expect(detectPage(`https://${EU_HOST}${orderPath(o.orderId)}`)).toEqual({ kind: 'order-details', marketplace: null, orderId: o.orderId });
      expect(findRoute(routes, o.host, orderPath(o.orderId))?.file).toBe(o.file);
    }
  });

  it('the German and Japanese pages are served on sellercentral.amazon.de / .co.jp only, where detectPage sees their marketplace', () => {
    const file = (host: string, path: string) => findRoute(routes, host, path)?.file;
    for (const p of [DE_PAGES, JP_PAGES]) {
      expect(SERVED_HOSTS).toContain(p.host);
      expect(detectPage(`https://${p.host}${p.orderPath}`)).toEqual({ kind: 'order-details', marketplace: p.marketplace, orderId: p.orderId });
      expect(file(p.host, p.orderPath)).toBe(p.orderFile);
      expect(file(p.host, p.returnsJsonPath)).toBe('tests/fixtures/api/returns-empty.json');
      expect(file(EU_HOST, p.orderPath)).toBeUndefined();
    }
    expect(file(DE_PAGES.host, DE_PAGES.ordersPath)).toBe('tests/fixtures/pages/order-list-de.html');
    expect(file(DE_PAGES.host, DE_PAGES.messagesPath)).toBe('tests/fixtures/pages/messages-de.html');
    expect(file(DE_PAGES.host, DE_PAGES.returnsPath)).toBe('tests/fixtures/pages/returns-de.html');
    expect(file(JP_PAGES.host, JP_PAGES.ordersPath)).toBe('tests/fixtures/pages/order-list-jp.html');
    expect(file(JP_PAGES.host, JP_PAGES.messagesPath)).toBe('tests/fixtures/pages/messages-jp.html');
    expect(file(JP_PAGES.host, JP_PAGES.returnsPath)).toBe('tests/fixtures/pages/returns-jp.html');
    expect(file(JP_PAGES.host, '/safet-claims')).toBe('tests/fixtures/pages/safet-jp.html');
    // The shared US pages stay on the other hosts.
    expect(file('sellercentral.amazon.com', '/safet-claims')).toBe('tests/fixtures/pages/safet-us.html');
    expect(file('sellercentral.amazon.com', '/messaging/inbox-v3')).toBe('tests/fixtures/pages/messages-us.html');
  });
});

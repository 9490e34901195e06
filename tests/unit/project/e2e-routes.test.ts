/** The e2e fixture server's route table (tests/e2e/routes.ts) and host preference (server.ts findRoute). */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findRoute, SERVED_HOSTS } from '../../e2e/server';
import { EU_HOST, LOCALIZED_ORDERS, orderPath, routes } from '../../e2e/routes';
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
    expect(findRoute(routes, 'sellercentral.amazon.de', '/returns/list')?.file).toBe('tests/fixtures/pages/returns-us.html');
    expect(findRoute(routes, 'example.test', orderPath(LOCALIZED_ORDERS[0].orderId))).toBeUndefined();
  });

  it('the localized order pages sit where detectPage sees an order page of their marketplace', () => {
    for (const o of LOCALIZED_ORDERS) {
      expect(detectPage(`https://${o.host}${orderPath(o.orderId)}`)).toEqual({ kind: 'order-details', marketplace: o.marketplace, orderId: o.orderId });
      expect(detectPage(`https://${EU_HOST}${orderPath(o.orderId)}`)).toEqual({ kind: 'order-details', marketplace: null, orderId: o.orderId });
      expect(findRoute(routes, o.host, orderPath(o.orderId))?.file).toBe(o.file);
    }
  });
});

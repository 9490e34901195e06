/**
 * Feature: Order Details (`/orders-v3/order/<orderId>`). Reads the order with readOrderDetails and
 * shows who handles post-order contacts, the open clocks, the SAFE-T outlook and the manual marks.
 *
 * Test URLs (fixtures served by the e2e harness):
 *   https://sellercentral.amazon.com/orders-v3/order/112-4738291-5047863  (SFP, order-details-us-sfp.html)
 *   order-details-us-non-sfp.html (non-SFP), order-details-us-broken.html (anchors removed → chip)
 */
import { readOrderDetails } from '@/utils/pages/order-details';
import { defineFeature } from '../feature';
import { OrderDetailsPanel, orderHandler } from './order-panel';

export const orderDetailsFeature = defineFeature({
  kind: 'order-details',
  title: 'overlay.title.orderDetails',
  // Near the order header (seller-central-pages.md "Order Details" anchors), else beside the order id.
  anchors: ['[data-test-id="order-details-label"]', '[data-test-id="order-id-value"]'],
  read: readOrderDetails,
  handler: orderHandler,
  compact: (o) => o.sfp !== true || o.fulfillment === 'amazon',
  // Stale DOM after SPA navigation: the page must show the order the URL names.
  matches: (o, page) => page.orderId === undefined || o.orderId === page.orderId,
  // The panel (and the Not-SFP chip) show the order's marks and queued deadlines.
  queueOrderIds: (o) => [o.orderId],
  Panel: OrderDetailsPanel,
});

/**
 * Feature: Manage Orders (`/orders-v3`, `/orders-v3?page=N`, `/orders-v3/mfn/unshipped`, `/orders-v3/search?…`).
 * Reads the table with readOrderList and puts a chip beside each SFP row that has open actions in the queue.
 *
 * Test URLs (fixtures served by the e2e harness, tests/e2e/routes.ts):
 *   https://sellercentral.amazon.com/orders-v3  (order-list-us.html)
 */
import { readOrderList } from '@/utils/pages/order-list';
import { defineFeature } from '../feature';
import { sfpOrderIds } from './order-list-model';
import { OrderListPanel } from './order-list-panel';

export const orderListFeature = defineFeature({
  kind: 'order-list',
  title: 'overlay.title.orderList',
  // Above the table (seller-central-pages.md "Manage Orders"): one summary line, never over the table.
  anchors: ['.myo-filter-bar', '#MYO-app h1'],
  read: readOrderList,
  // The chips come from the SFP rows' queued deadlines.
  queueOrderIds: sfpOrderIds,
  Panel: OrderListPanel,
});

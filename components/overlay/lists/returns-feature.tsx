/**
 * Feature: Manage Seller Fulfilled Returns (`/returns/list?…`). Reads the returns (JSON first, DOM fallback)
 * with readReturns and puts a chip beside each return: refund due, refunded at first scan, or overdue.
 *
 * Test URLs (fixtures served by the e2e harness, tests/e2e/routes.ts):
 *   https://sellercentral.amazon.com/returns/list  (returns-us.html)
 */
import { readReturns } from '@/utils/pages/returns';
import { defineFeature } from '../feature';
import { ReturnsPanel } from './returns-panel';

export const returnsFeature = defineFeature({
  kind: 'returns',
  title: 'overlay.title.returns',
  anchors: ['#returns-app h1', 'h1'],
  read: readReturns,
  Panel: ReturnsPanel,
});

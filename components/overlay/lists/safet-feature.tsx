/**
 * Feature: SAFE-T claims (`/safet-claims#/claims…`, `/safet-claims/claim/<id>`) and the filing page
 * (`/safet-claims/create-v2`). Claims list: reply-by and appeal-by chips; filing page: the eligibility
 * checklist for the entered order.
 *
 * Test URLs (fixtures served by the e2e harness, tests/e2e/routes.ts):
 *   https://sellercentral.amazon.com/safet-claims  (safet-us.html)
 *   https://sellercentral.amazon.com/safet-claims/create-v2  (safet-us-create.html)
 */
import { readSafet } from '@/utils/pages/safet';
import { defineFeature } from '../feature';
import { SafetPanel } from './safet-panel';

export const safetFeature = defineFeature({
  kind: 'safet',
  title: 'overlay.title.safet',
  anchors: ['#safet-app h1', 'h1'],
  read: readSafet,
  Panel: SafetPanel,
});

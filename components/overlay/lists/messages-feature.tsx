/**
 * Feature: Buyer Messages (`/messaging/inbox-v3`, legacy `/messaging/inbox`). Reads the inbox rows and the
 * thread that is already open with readMessages (message text goes to classifyContact in memory only) and
 * shows: sender, intent with confidence, who acts, the reply deadline and a reply suggestion to copy; plus
 * a chip beside each inbox row with a known reply deadline. Never opens, clicks, types or sends anything.
 *
 * Test URLs (fixtures served by the e2e harness, tests/e2e/routes.ts):
 *   https://sellercentral.amazon.com/messaging/inbox-v3  (messages-us.html)
 */
import { readMessages } from '@/utils/pages/messages';
import { MESSAGE_DECISIONS } from '@/utils/policy/classify';
import { defineFeature } from '../feature';
import { MessagesPanel } from './messages-panel';

export const messagesFeature = defineFeature({
  kind: 'messages',
  title: 'overlay.title.messages',
  anchors: ['#messaging-app h1', 'h1'],
  // detect → read → decide: the reader borrows the classifier; it does not import the policy layer.
  read: (doc, ctx) => readMessages(doc, ctx, MESSAGE_DECISIONS),
  // No queueOrderIds: the thread's return-received mark is rare and the panel re-renders only when one
  // comes (useMarkedReturn); waiting for the queue would add its round trip (≈ 13 ms, up to 33 measured
  // after this page's own observation is written) to the tightest overlay latency of all pages.
  Panel: MessagesPanel,
});

/**
 * Popup budgets (architecture.md): first render with 5,000 queued actions ≤ 150 ms; badge recompute
 * ≤ 5 ms. Measured here, never asserted in a timed unit test. Run: npx vitest run -c tests/bench/vitest.micro.config.ts
 */
import { it } from 'vitest';
import { loadavg } from 'node:os';
import { createElement } from 'react';
import { cleanup, render } from '@testing-library/react';
import { measure, record } from '../record';
import { PopupView } from '@/components/popup/popup-view';
import { badgeFor } from '@/utils/actions/badge';
import { emptyQueue, ACTION_KINDS, type Action } from '@/utils/actions/model';
import { clockOf } from '@/utils/actions/derive';
import { DEFAULT_SETTINGS } from '@/utils/storage';
import { MARKETPLACE_CODES } from '@/utils/marketplaces';

const NOW = new Date('2026-11-27T20:00:00.000Z');

function queueOf(n: number) {
  const q = emptyQueue();
  for (let i = 0; i < n; i++) {
    const kind = ACTION_KINDS[i % ACTION_KINDS.length]!;
    const orderId = `111-${1_000_000 + i}-${2_000_000 + i}`;
    const safet = kind === 'answer-safet' || kind === 'appeal-safet';
    const a: Action = {
      id: `${kind}:${safet ? `C-${i}` : orderId}`, kind, orderId, ...(safet ? { ref: `C-${i}` } : {}),
      marketplace: MARKETPLACE_CODES[i % 8]!, clock: clockOf(kind), startedAt: '2026-11-20T00:00:00.000Z',
      // Spread from 3 days overdue to 10 days ahead, every tenth snoozed.
      dueAt: new Date(NOW.getTime() + ((i % 313) - 72) * 3600_000).toISOString(),
      ruleId: 'sfp-refund-2bd', status: 'open', createdAt: '2026-11-20T00:00:00.000Z',
      ...(i % 10 === 0 ? { snoozedUntil: new Date(NOW.getTime() + 7200_000).toISOString() } : {}),
    };
    q.actions[a.id] = a;
  }
  return q;
}

it('popup first render with 5,000 actions, badge recompute', async () => {
  const queue = queueOf(5000);
  const handlers = { open() {}, copy() {}, command() {} };
  const props = {
    queue, settings: DEFAULT_SETTINGS, now: NOW, loaded: true, filter: 'all' as const, notice: null,
    onFilter() {}, onUndo() {}, onOptions() {}, handlers,
  };
  const first = await measure(() => {
    render(createElement(PopupView, props));
    cleanup();
  }, Number(process.env.BENCH_RUNS ?? 15));
  // The machine's 1-minute load average beside the figures: the cores are shared, medians carry it.
  const load = Math.round(loadavg()[0]! * 10) / 10;
  record('popup', 'first-render-5000', { ...first, budget: 150, load, dom: 'happy-dom', react: 'development build' });
  const actions = Object.values(queue.actions);
  const badge = await measure(() => badgeFor(actions, NOW), 50);
  record('popup', 'badge-5000', { ...badge, budget: 5, load });
  const big = Object.values(queueOf(10_000).actions);
  record('popup', 'badge-10000', { ...(await measure(() => badgeFor(big, NOW), 50)), budget: 5 });
  console.info('popup first render (5,000):', first, 'badge (5,000):', badge);
});

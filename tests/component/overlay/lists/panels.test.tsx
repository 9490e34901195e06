import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { ReturnsPanel } from '@/components/overlay/lists/returns-panel';
import { OrderListPanel } from '@/components/overlay/lists/order-list-panel';
import { MessagesPanel } from '@/components/overlay/lists/messages-panel';
import { SafetPanel, isFilingPage } from '@/components/overlay/lists/safet-panel';
import { ROW_HOST_TAG } from '@/components/overlay/lists/row-hosts';
import type { MessagesObservation, OrderListObservation, ReturnsObservation, SafetObservation } from '@/utils/pages/observation';
import { NOW, fakeServices, makeEnv, withEnv } from './env';

const page = (kind: 'returns' | 'order-list' | 'messages' | 'safet') => ({ kind, marketplace: 'US' as const });
const base = { marketplace: 'US' as const, observedAt: NOW.toISOString(), source: 'dom' as const };

function rows(ids: string[]) {
  document.body.innerHTML = `<table><tbody>${ids.map((id) => `<tr><td><a href="/orders-v3/order/${id}">${id}</a></td><td>x</td></tr>`).join('')}</tbody></table>`;
}

function chipTexts(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const h of document.querySelectorAll(ROW_HOST_TAG)) {
    for (const c of h.shadowRoot?.querySelectorAll('[data-sfp-chip]') ?? []) out[c.getAttribute('data-order-id') ?? ''] = c.textContent ?? '';
  }
  return out;
}

describe('ReturnsPanel', () => {
  it('summarises by urgency and mounts one chip per return beside its row', () => {
    rows(['112-0000000-0000001', '112-0000000-0000002', '112-0000000-0000003']);
    const obs: ReturnsObservation = {
      kind: 'returns', ...base,
      rows: [
        { orderId: '112-0000000-0000001', state: 'delivered', deliveredAt: '2026-11-25T18:00:00.000Z', refundedAtFirstScan: null, refundIssued: false },
        { orderId: '112-0000000-0000002', state: 'refunded', refundedAtFirstScan: true, refundIssued: true },
        { orderId: '112-0000000-0000003', state: 'delivered', deliveredAt: '2026-11-16T18:00:00.000Z', refundedAtFirstScan: null, refundIssued: false },
      ],
    };
    const { container } = render(withEnv(makeEnv(), <ReturnsPanel observation={obs} page={page('returns')} />));
    expect(container.querySelector('[data-sfp-list-summary]')?.textContent).toMatch(/^3 returns: 1 overdue, 1 due later, 1 no action\./);
    const chips = chipTexts();
    expect(chips['112-0000000-0000001']).toMatch(/^Refund due in 3 d/);
    expect(chips['112-0000000-0000002']).toContain('Refunded at first scan — no action');
    expect(chips['112-0000000-0000003']).toContain('Overdue — Amazon may refund automatically, and that refund is not SAFE-T eligible');
  });

  it('says so when nothing on the page needs the seller', () => {
    rows([]);
    render(withEnv(makeEnv(), <ReturnsPanel observation={{ kind: 'returns', ...base, rows: [] }} page={page('returns')} />));
    expect(screen.getByText(/No returns on this page need anything/)).toBeInTheDocument();
    expect(document.querySelectorAll(ROW_HOST_TAG)).toHaveLength(0);
  });
});

describe('OrderListPanel', () => {
  const obs: OrderListObservation = {
    kind: 'order-list', ...base,
    rows: [
      { orderId: '112-0000000-0000001', sfp: true, status: 'shipped' },
      { orderId: '112-0000000-0000002', sfp: false, status: 'shipped' },
      { orderId: '112-0000000-0000003', sfp: true, status: 'shipped' },
      { orderId: '112-0000000-0000004', sfp: null, status: 'unshipped' },
    ],
  };

  it('asks the queue only about SFP rows and chips those with open deadlines', async () => {
    rows(obs.rows.map((r) => r.orderId));
    const services = fakeServices({
      '112-0000000-0000001': { marks: [], deadlines: [{ clock: 'return-refund', dueAt: '2026-11-28T08:00:00.000Z' }] },
      '112-0000000-0000002': { marks: [], deadlines: [{ clock: 'buyer-reply', dueAt: '2026-11-28T08:00:00.000Z' }] },
    });
    const { container } = render(withEnv(makeEnv({ services }), <OrderListPanel observation={obs} page={page('order-list')} />));
    expect(container.textContent).toMatch(/Checking the queue for 2 SFP orders/);
    await waitFor(() => expect(Object.keys(chipTexts())).toEqual(['112-0000000-0000001']));
    expect(services.orderState.mock.calls.map((c) => c[0]).sort()).toEqual(['112-0000000-0000001', '112-0000000-0000003']);
    expect(chipTexts()['112-0000000-0000001']).toMatch(/^Refund return in 19 h/);
    expect(container.querySelector('[data-sfp-list-summary]')?.textContent).toMatch(/^1 SFP order with open actions: 1 due within 24 h/);
  });

  it('renders the chips on the first render when the overlay already has every answer', () => {
    rows(obs.rows.map((r) => r.orderId));
    const states = {
      '112-0000000-0000001': { marks: [], deadlines: [{ clock: 'return-refund', dueAt: '2026-11-28T08:00:00.000Z' }] },
      '112-0000000-0000003': { marks: [], deadlines: [] },
    };
    const services = { ...fakeServices(states), settledOrderState: (id: string) => states[id as keyof typeof states] };
    const { container } = render(withEnv(makeEnv({ services }), <OrderListPanel observation={obs} page={page('order-list')} />));
    expect(container.textContent).not.toMatch(/Checking the queue/);
    expect(container.querySelector('[data-sfp-list-summary]')?.textContent).toMatch(/^1 SFP order with open actions/);
    expect(Object.keys(chipTexts())).toEqual(['112-0000000-0000001']);
  });

  it('survives a queue that does not answer (reported once per order, no chip, no throw)', async () => {
    rows(obs.rows.map((r) => r.orderId));
    const services = fakeServices();
    services.orderState.mockRejectedValue(new Error('background restarting'));
    render(withEnv(makeEnv({ services }), <OrderListPanel observation={obs} page={page('order-list')} />));
    await waitFor(() => expect(screen.getByText(/No open actions on the 2 SFP orders/)).toBeInTheDocument());
    expect(services.reportError).toHaveBeenCalledTimes(2);
    expect(document.querySelectorAll(ROW_HOST_TAG)).toHaveLength(0);
  });
});

describe('MessagesPanel', () => {
  it('without an open thread: a hint, and chips for inbox rows that need a reply', () => {
    rows(['112-0000000-0000001', '112-0000000-0000002']);
    const obs: MessagesObservation = {
      kind: 'messages', ...base,
      rows: [
        { orderId: '112-0000000-0000001', sender: 'buyer', needsResponse: true, receivedAt: '2026-11-27T02:00:00.000Z' },
        { orderId: '112-0000000-0000002', sender: 'buyer', needsResponse: false, receivedAt: '2026-11-27T02:00:00.000Z' },
      ],
    };
    render(withEnv(makeEnv(), <MessagesPanel observation={obs} page={page('messages')} />));
    expect(screen.getByText(/Open a conversation to see who should answer it/)).toBeInTheDocument();
    expect(Object.keys(chipTexts())).toEqual(['112-0000000-0000001']);
  });

  it('with an open thread whose return the seller marked received: refund now, with the return clock', async () => {
    rows([]);
    const services = fakeServices({
      '112-0000000-0000001': { marks: [{ markId: 'm1', kind: 'return-received', orderId: '112-0000000-0000001', marketplace: 'US', at: '2026-11-25T18:00:00.000Z' }], deadlines: [] },
    });
    const obs: MessagesObservation = {
      kind: 'messages', ...base, rows: [],
      thread: { orderId: '112-0000000-0000001', answered: false, messages: [{ sender: 'buyer', sentAt: '2026-11-27T02:00:00.000Z', intent: 'refund-status', intentConfidence: 0.9 }] },
    };
    const { container } = render(withEnv(makeEnv({ services }), <MessagesPanel observation={obs} page={page('messages')} />));
    await waitFor(() => expect(container.querySelector('time[data-sfp-deadline="return-refund"]')).not.toBeNull());
    // The messages page does not say whether the order is SFP: the advice stays conditional.
    expect(container.querySelector('.sfp-todo')?.textContent).toMatch(/^If this is an SFP order: refund the customer now/);
  });

  it('uses the queue\'s remembered SFP fact of the thread\'s order instead of "SFP not known" (issue 16 item 4)', async () => {
    const services = fakeServices({ '112-0000000-0000001': { sfp: true, marks: [], deadlines: [] } });
    const obs: MessagesObservation = {
      kind: 'messages', ...base, rows: [],
      thread: { orderId: '112-0000000-0000001', answered: false, messages: [{ sender: 'buyer', sentAt: '2026-11-27T02:00:00.000Z', intent: 'product-question', intentConfidence: 0.9 }] },
    };
    const { container } = render(withEnv(makeEnv({ services }), <MessagesPanel observation={obs} page={page('messages')} />));
    await waitFor(() => expect(container.textContent).toContain('Seller Fulfilled Prime'));
    expect(container.textContent).not.toContain('SFP not known from this page');
    expect(container.querySelector('.sfp-todo')?.textContent).not.toMatch(/^If this is an SFP order/);
    // Only the order id crossed to the background: no message text.
    for (const call of services.orderState.mock.calls) expect(call).toEqual(['112-0000000-0000001']);
  });
});

describe('SafetPanel', () => {
  const claims: SafetObservation = {
    kind: 'safet', ...base,
    claims: [
      { claimId: '8123456789', orderId: '112-0000000-0000001', status: 'awaiting-seller', replyBy: '2026-11-29T07:59:00.000Z' },
      { claimId: '8123456790', orderId: '112-0000000-0000002', status: 'resolved', appealBy: '2026-12-20T08:00:00.000Z' },
    ],
  };

  it('claims list: reply-by and appeal-by chips, no checklist', () => {
    rows(['112-0000000-0000001', '112-0000000-0000002']);
    const { container } = render(withEnv(makeEnv(), <SafetPanel observation={claims} page={page('safet')} />));
    expect(container.querySelector('[data-sfp-safet-checklist]')).toBeNull();
    const hosts = [...document.querySelectorAll(ROW_HOST_TAG)];
    const clocks = hosts.map((h) => h.shadowRoot?.querySelector('time')?.getAttribute('data-sfp-deadline'));
    expect(clocks).toEqual(['safet-reply', 'safet-appeal']);
  });

  it('filing page: the checklist for the entered order', () => {
    rows([]);
    const { container } = render(withEnv(makeEnv(), <SafetPanel observation={{ ...claims, claims: [], filingOrderId: '112-0000000-0000009' }} page={page('safet')} />));
    expect(container.querySelector('[data-sfp-safet-checklist]')?.getAttribute('data-order-id')).toBe('112-0000000-0000009');
  });

  it('filing page: follows the order id the seller types into Amazon\'s form, without writing to it', () => {
    document.body.innerHTML = '<form><input name="orderId" data-test-id="safet-order-id-input" value="112-0000000-0000009"></form>';
    const { container } = render(withEnv(makeEnv(), <SafetPanel observation={{ ...claims, claims: [], filingOrderId: '112-0000000-0000009' }} page={page('safet')} />));
    const input = document.querySelector('input')!;
    fireEvent.input(input, { target: { value: '113-1111111-2222222' } });
    expect(container.querySelector('[data-sfp-safet-checklist]')?.getAttribute('data-order-id')).toBe('113-1111111-2222222');
    fireEvent.input(input, { target: { value: '113-11' } });
    expect(container.querySelector('[data-sfp-safet-checklist]')?.getAttribute('data-order-id')).toBe('');
    expect(container.textContent).toContain('enter the order in Amazon');
    expect(input.value).toBe('113-11');
  });

  it('knows the filing page by its path', () => {
    expect(isFilingPage('https://sellercentral.amazon.com/safet-claims/create-v2?orderId=1')).toBe(true);
    expect(isFilingPage('https://sellercentral.amazon.com/safet-claims#/claims')).toBe(false);
    expect(isFilingPage('not a url')).toBe(false);
  });
});

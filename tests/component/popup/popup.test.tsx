import { beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createQueueService, type QueueService } from '@/utils/actions/service';
import { PopupApp } from '@/components/popup/popup-app';
import { PopupView, PAGE } from '@/components/popup/popup-view';
import { emptyQueue, type Action } from '@/utils/actions/model';
import { DEFAULT_SETTINGS } from '@/utils/storage';
import type { Observation } from '@/utils/pages/observation';

const NOW = new Date('2026-11-27T20:00:00.000Z'); // Fri 12:00 in Los Angeles
const now = () => NOW;
const ORDER = '112-4738291-5047863';
let svc: QueueService;

const returned = (orderId: string, at: string, marketplace: Observation['marketplace'] = 'US'): Observation => ({
  kind: 'order-details', marketplace, observedAt: NOW.toISOString(), source: 'json', orderId, sfp: true,
  sfpDecidedBy: 'json:programs', fulfillment: 'seller', status: 'returned', trackingPresent: true,
  return: { state: 'delivered', deliveredAt: at },
});
const buyerMessage = (orderId: string, at: string): Observation => ({
  kind: 'messages', marketplace: 'US', observedAt: NOW.toISOString(), source: 'dom',
  rows: [{ orderId, sender: 'buyer', receivedAt: at, needsResponse: true }],
});

async function seed(...observations: Observation[]) {
  for (const observation of observations) await svc.handleMessage({ type: 'sfp:observe', observation }, {});
}

beforeEach(() => {
  fakeBrowser.reset();
  svc = createQueueService({ now });
  fakeBrowser.runtime.onMessage.addListener((m: unknown) => svc.handleMessage(m, {}));
});

describe('popup', () => {
  it('explains what will appear when nothing is queued', async () => {
    render(<PopupApp now={now} />);
    expect(await screen.findByText('Nothing due')).toBeInTheDocument();
    expect(screen.getByText(/refunds for received returns, replies to buyers and Amazon CS/)).toBeInTheDocument();
  });

  it('groups rows into Overdue / Due today / Later with kind, order id, marketplace, countdown and rule', async () => {
    await seed(
      returned(ORDER, '2026-11-20T18:00:00.000Z'),                  // refund due long ago → overdue
      buyerMessage('113-1111111-1111111', '2026-11-27T10:00:00.000Z'), // due 28T10:00Z = Sat 02:00 LA → later
      buyerMessage('114-2222222-2222222', '2026-11-26T22:00:00.000Z'), // due 27T22:00Z = 14:00 LA today
      returned('115-3333333-3333333', '2026-11-27T18:00:00.000Z'),  // refund due Tue → later
    );
    render(<PopupApp now={now} />);
    const overdue = await screen.findByRole('region', { name: /Overdue/ });
    const row = within(overdue).getByText('Refund the received return').closest('[data-sfp-action]')!;
    expect(row).toHaveAttribute('data-kind', 'refund-return');
    expect(row).toHaveAttribute('data-order-id', ORDER);
    expect(row).toHaveTextContent('US');
    expect(row.querySelector('time')).toHaveAttribute('datetime', '2026-11-25T08:00:00.000Z') // end of Tue 24 Nov, Pacific;
    expect(row.querySelector('time')).toHaveTextContent(/^overdue 2 d 12 h/);
    expect(within(row as HTMLElement).getByRole('link', { name: 'source' })).toHaveAttribute('href', expect.stringContaining('sellercentral'));
    const today = screen.getByRole('region', { name: /Due today/ });
    expect(within(today).getAllByRole('listitem').map((li) => li.getAttribute('data-order-id'))).toEqual(['114-2222222-2222222']);
    const later = screen.getByRole('region', { name: /Later/ });
    expect(within(later).getAllByRole('listitem').map((li) => li.getAttribute('data-order-id')))
      .toEqual(['113-1111111-1111111', '115-3333333-3333333']);
  });

  it('done removes the row and the badge count; undo brings both back', async () => {
    await seed(returned(ORDER, '2026-11-27T18:00:00.000Z'));
    const user = userEvent.setup();
    render(<PopupApp now={now} />);
    const row = await screen.findByRole('listitem');
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    await user.click(within(row).getByRole('button', { name: 'Done' }));
    expect(await screen.findByText('Nothing due')).toBeInTheDocument();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    expect(screen.getByRole('status')).toHaveTextContent(`Marked done: Refund the received return (${ORDER})`);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('listitem')).toHaveAttribute('data-order-id', ORDER);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
  });

  it('snooze 1 hour moves the row to Snoozed; unsnooze brings it back', async () => {
    await seed(returned(ORDER, '2026-11-27T18:00:00.000Z'));
    const user = userEvent.setup();
    render(<PopupApp now={now} />);
    const row = await screen.findByRole('listitem');
    await user.click(within(row).getByRole('button', { name: 'Snooze' }));
    await user.click(within(row).getByRole('button', { name: '1 hour' }));
    const snoozed = await screen.findByRole('region', { name: /Snoozed/ });
    expect(within(snoozed).getByRole('listitem')).toHaveTextContent('snoozed until');
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    await user.click(within(snoozed).getByRole('button', { name: 'Unsnooze' }));
    expect(await screen.findByRole('region', { name: /Later/ })).toBeInTheDocument();
  });

  it('filters by marketplace', async () => {
    await seed(returned(ORDER, '2026-11-27T18:00:00.000Z'), returned('302-1111111-2222222', '2026-11-27T10:00:00.000Z', 'DE'));
    const user = userEvent.setup();
    render(<PopupApp now={now} />);
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(2));
    await user.selectOptions(screen.getByRole('combobox', { name: /Marketplace/ }), 'DE');
    expect(screen.getAllByRole('listitem').map((li) => li.getAttribute('data-order-id'))).toEqual(['302-1111111-2222222']);
  });

  it('open uses tabs.create with the Seller Central page; copy puts the order id and the reply on the clipboard', async () => {
    await seed(returned('302-1111111-2222222', '2026-11-27T10:00:00.000Z', 'DE'));
    const user = userEvent.setup();
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    render(<PopupApp now={now} />);
    const row = await screen.findByRole('listitem');
    await user.click(within(row).getByRole('button', { name: 'Open in Seller Central' }));
    expect(create).toHaveBeenCalledWith({ url: 'https://sellercentral.amazon.de/returns/list?searchTerm=302-1111111-2222222&searchBy=OrderId' });
    await user.click(within(row).getByRole('button', { name: 'Copy order id' }));
    expect(writeText).toHaveBeenLastCalledWith('302-1111111-2222222');
    await user.click(within(row).getByRole('button', { name: 'Copy reply' }));
    expect(writeText).toHaveBeenLastCalledWith(expect.stringMatching(/^Hallo|^Guten Tag/));
  });

  it('arrow keys move between rows; Enter opens the focused one', async () => {
    await seed(returned(ORDER, '2026-11-27T18:00:00.000Z'), returned('115-3333333-3333333', '2026-11-27T19:00:00.000Z'));
    const user = userEvent.setup();
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    render(<PopupApp now={now} />);
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(2));
    const [first, second] = screen.getAllByRole('listitem');
    act(() => first!.focus());
    await user.keyboard('{ArrowDown}');
    expect(second).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(first).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(create).toHaveBeenCalledWith({ url: expect.stringContaining(ORDER) });
  });
});

describe('popup view paging', () => {
  it(`renders ${PAGE} rows per section and shows more on request`, async () => {
    const queue = emptyQueue();
    for (let i = 0; i < 120; i++) {
      const orderId = `111-${1_000_000 + i}-${2_000_000 + i}`;
      const a: Action = {
        id: `refund-return:${orderId}`, kind: 'refund-return', orderId, marketplace: 'US', clock: 'return-refund',
        startedAt: '2026-11-27T00:00:00.000Z', dueAt: new Date(NOW.getTime() + (i + 48) * 3600_000).toISOString(),
        ruleId: 'sfp-refund-2bd', status: 'open', createdAt: '2026-11-27T00:00:00.000Z',
      };
      queue.actions[a.id] = a;
    }
    const user = userEvent.setup();
    const noop = { open: vi.fn(), copy: vi.fn(), command: vi.fn() };
    render(<PopupView queue={queue} settings={DEFAULT_SETTINGS} now={NOW} loaded filter="all" notice={null}
      onFilter={vi.fn()} onUndo={vi.fn()} onOptions={vi.fn()} handlers={noop} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(PAGE);
    await user.click(screen.getByRole('button', { name: new RegExp(`Show ${PAGE} more \\(${120 - PAGE} not shown\\)`) }));
    expect(screen.getAllByRole('listitem')).toHaveLength(2 * PAGE);
    expect(screen.getAllByRole('listitem')[0]).toHaveAttribute('data-order-id', '111-1000000-2000000');
  });
});

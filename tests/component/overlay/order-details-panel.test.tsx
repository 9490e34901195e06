// Every state of the Order Details panel (issue 5 items 1, 2, 8): SFP with and without open clocks,
// manual marks + undo, live countdowns, SAFE-T outlook, non-SFP chip, unknown SFP status, FBA.
// Expected due instants are worked out by hand from sfp-rules.md §2 and the US 2026 calendar.
// (Date-time inputs use fireEvent.input: React's onChange and preact/compat's both listen to 'input'.)
import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createMinuteClock } from '@/components/overlay/minute-clock';
import { fakeServices, orderObservation, renderOrder, SFP_ORDER_ID } from './render-overlay';

const NOW = new Date('2026-11-27T13:00:00.000Z'); // Fri 27 Nov 2026, 05:00 in Los Angeles

const root = () => document.querySelector('[data-sfp-overlay]') as HTMLElement;
const deadline = (clock: string) => document.querySelector<HTMLTimeElement>(`time[data-sfp-deadline="${clock}"]`);
const flush = () => act(async () => {});

afterEach(() => {
  vi.useRealTimers();
});

describe('SFP order', () => {
  test('names the order, says Amazon CS handles post-order contacts, links the source', async () => {
    renderOrder(orderObservation(), { now: NOW });
    await flush();
    expect(root()).toHaveAttribute('data-sfp-handler', 'amazon-cs');
    expect(root()).toHaveAttribute('data-sfp-page', 'order-details');
    expect(root()).toHaveTextContent(SFP_ORDER_ID);
    expect(root()).toHaveTextContent(/Seller Fulfilled Prime/);
    expect(root()).toHaveTextContent(/Amazon Customer Service handles post-order contacts/);
    expect(within(root()).getAllByRole('link', { name: 'source' })[0]).toHaveAttribute(
      'href',
      'https://sellercentral.amazon.com/help/hub/reference/GUTJZ6MZGMYCW7PW',
    );
    expect(screen.getByText(/Nothing due on this order/)).toBeInTheDocument();
    expect(document.querySelectorAll('time[data-sfp-deadline]')).toHaveLength(0);
  });

  test('a received, unrefunded return opens the refund and automated-refund clocks', async () => {
    // Return delivered Mon 23 Nov 2026 10:00 PST.
    renderOrder(orderObservation({ return: { state: 'delivered', deliveredAt: '2026-11-23T18:00:00.000Z' } }), { now: NOW });
    await flush();
    // 2 business days → end of Wed 25 Nov in Los Angeles = 26 Nov 08:00 UTC; overdue at NOW.
    expect(deadline('return-refund')).toHaveAttribute('datetime', '2026-11-26T08:00:00.000Z');
    expect(deadline('return-refund')).toHaveTextContent('overdue by 1 d 5 h');
    // 4 calendar days (US rule since 2026-01-26, third-party source) → Fri 27 Nov 10:00 PST.
    expect(deadline('automated-refund')).toHaveAttribute('datetime', '2026-11-27T18:00:00.000Z');
    expect(deadline('automated-refund')).toHaveTextContent('in 5 h');
    const automated = document.querySelector('[data-sfp-clock="automated-refund"]') as HTMLElement;
    expect(within(automated).getByText('≈ verify')).toBeInTheDocument();
    const refund = document.querySelector('[data-sfp-clock="return-refund"]') as HTMLElement;
    expect(within(refund).queryByText('≈ verify')).toBeNull();
  });

  test('no refund clocks once the order is refunded', async () => {
    renderOrder(
      orderObservation({
        return: { state: 'delivered', deliveredAt: '2026-11-23T18:00:00.000Z' },
        refund: { issuer: 'seller', at: '2026-11-24T18:00:00.000Z' },
      }),
      { now: NOW },
    );
    await flush();
    expect(deadline('return-refund')).toBeNull();
    expect(deadline('automated-refund')).toBeNull();
    // The seller refunded: no SAFE-T outlook.
    expect(document.querySelector('[data-sfp-safet]')).toBeNull();
  });

  test('countdowns advance with the minute clock without re-reading anything', async () => {
    vi.useFakeTimers({ now: new Date('2026-11-26T06:58:30.000Z') });
    const clock = createMinuteClock(() => new Date(), { setTimeout: (f, ms) => setTimeout(f, ms), clearTimeout: (id) => clearTimeout(id as number) });
    const services = fakeServices();
    renderOrder(orderObservation({ return: { state: 'delivered', deliveredAt: '2026-11-23T18:00:00.000Z' } }), { clock, services });
    await flush();
    expect(deadline('return-refund')).toHaveTextContent('in 1 h 1 min');
    await act(async () => {
      vi.advanceTimersByTime(60_000);
    });
    expect(deadline('return-refund')).toHaveTextContent(/^in 1 h ·/);
    expect(services.orderState).toHaveBeenCalledTimes(1);
  });

  test('"return received" records at the shown date-time, opens the refund clock, and undo removes it', async () => {
    const { services } = renderOrder(orderObservation(), { now: NOW });
    await flush();
    expect(document.querySelector('[data-sfp-mark-at]')).toBeNull(); // "at now" until the seller picks a time
    fireEvent.click(document.querySelector('[data-sfp-mark-edit="return-received"]')!);
    const input = document.querySelector<HTMLInputElement>('[data-sfp-mark-at="return-received"]')!;
    expect(input.value).toBe('2026-11-27T05:00'); // now, in the marketplace zone
    fireEvent.input(input, { target: { value: '2026-11-23T10:00' } });
    fireEvent.click(document.querySelector('[data-sfp-mark="return-received"]')!);
    await flush();
    expect(services.mark).toHaveBeenCalledWith({
      kind: 'return-received', orderId: SFP_ORDER_ID, marketplace: 'US', at: '2026-11-23T18:00:00.000Z',
    });
    expect(deadline('return-refund')).toHaveAttribute('datetime', '2026-11-26T08:00:00.000Z');
    fireEvent.click(document.querySelector('[data-sfp-undo="m1"]')!);
    await flush();
    expect(services.unmark).toHaveBeenCalledWith('m1');
    expect(deadline('return-refund')).toBeNull();
  });

  test('an untouched mark records "now" as shown', async () => {
    const { services } = renderOrder(orderObservation(), { now: NOW });
    await flush();
    fireEvent.click(document.querySelector('[data-sfp-mark="amazon-cs-contact"]')!);
    await flush();
    expect(services.mark).toHaveBeenCalledWith(expect.objectContaining({ kind: 'amazon-cs-contact', at: NOW.toISOString() }));
  });

  test('"Amazon CS contacted me" opens the 2-business-day reply clock (Thanksgiving skipped)', async () => {
    renderOrder(orderObservation(), { now: NOW });
    await flush();
    fireEvent.click(document.querySelector('[data-sfp-mark-edit="amazon-cs-contact"]')!);
    fireEvent.input(document.querySelector('[data-sfp-mark-at="amazon-cs-contact"]')!, { target: { value: '2026-11-24T15:30' } });
    fireEvent.click(document.querySelector('[data-sfp-mark="amazon-cs-contact"]')!);
    await flush();
    expect(deadline('amazon-cs-reply')).toHaveAttribute('datetime', '2026-11-28T08:00:00.000Z');
  });

  test('an invalid date-time disables the mark button', async () => {
    const { services } = renderOrder(orderObservation(), { now: NOW });
    await flush();
    fireEvent.click(document.querySelector('[data-sfp-mark-edit="return-received"]')!);
    fireEvent.input(document.querySelector('[data-sfp-mark-at="return-received"]')!, { target: { value: '2026-02-31T10:00' } });
    const button = document.querySelector<HTMLButtonElement>('[data-sfp-mark="return-received"]')!;
    expect(button).toBeDisabled();
    fireEvent.click(button);
    await flush();
    expect(services.mark).not.toHaveBeenCalled();
  });

  test('"now" after "other time" drops the picked date-time and records the current minute', async () => {
    const { services } = renderOrder(orderObservation(), { now: NOW });
    await flush();
    fireEvent.click(document.querySelector('[data-sfp-mark-edit="return-received"]')!);
    fireEvent.input(document.querySelector('[data-sfp-mark-at="return-received"]')!, { target: { value: '2026-11-20T08:00' } });
    fireEvent.click(document.querySelector('[data-sfp-mark-now="return-received"]')!);
    expect(document.querySelector('[data-sfp-mark-at="return-received"]')).toBeNull();
    fireEvent.click(document.querySelector('[data-sfp-mark="return-received"]')!);
    await flush();
    expect(services.mark).toHaveBeenCalledWith(expect.objectContaining({ kind: 'return-received', at: NOW.toISOString() }));
  });

  test('a failed mark says so and is reported, nothing is shown as recorded', async () => {
    const services = fakeServices();
    services.mark.mockRejectedValueOnce(new Error('worker gone'));
    renderOrder(orderObservation(), { now: NOW, services });
    await flush();
    fireEvent.click(document.querySelector('[data-sfp-mark="return-received"]')!);
    await flush();
    expect(screen.getByRole('alert')).toHaveTextContent(/Could not record/);
    expect(services.reportError).toHaveBeenCalledWith('mark', expect.any(Error));
    expect(document.querySelector('[data-sfp-undo]')).toBeNull();
  });

  test('marks and queued deadlines from the background are shown with undo', async () => {
    const services = fakeServices({
      marks: [{ markId: 'k9', kind: 'return-received', orderId: SFP_ORDER_ID, marketplace: 'US', at: '2026-11-23T18:00:00.000Z' }],
      deadlines: [{ clock: 'buyer-reply', dueAt: '2026-11-27T20:00:00.000Z', ruleId: 'buyer-reply-24h' }],
    });
    renderOrder(orderObservation(), { now: NOW, services });
    await flush();
    expect(deadline('return-refund')).toHaveAttribute('datetime', '2026-11-26T08:00:00.000Z');
    expect(deadline('buyer-reply')).toHaveAttribute('datetime', '2026-11-27T20:00:00.000Z');
    expect(document.querySelector('[data-sfp-undo="k9"]')).not.toBeNull();
  });

  test('an answer the overlay already has is shown on the first render: no "Checking your queue…", no second request', async () => {
    const answer = {
      marks: [{ markId: 'k9', kind: 'return-received' as const, orderId: SFP_ORDER_ID, marketplace: 'US' as const, at: '2026-11-23T18:00:00.000Z' }],
      deadlines: [],
    };
    const services = { ...fakeServices(answer), settledOrderState: (id: string) => (id === SFP_ORDER_ID ? answer : undefined) };
    services.orderState.mockImplementation(async () => answer);
    renderOrder(orderObservation(), { now: NOW, services });
    // Synchronously after the first render, before any answer could arrive.
    expect(root()).not.toHaveTextContent(/Checking your queue/);
    expect(deadline('return-refund')).toHaveAttribute('datetime', '2026-11-26T08:00:00.000Z');
    expect(document.querySelector('[data-sfp-undo="k9"]')).not.toBeNull();
    await flush();
    expect(deadline('return-refund')).toHaveAttribute('datetime', '2026-11-26T08:00:00.000Z');
  });

  test('while the background has not answered, the panel says it is checking the queue', async () => {
    const services = fakeServices();
    services.orderState.mockImplementation(() => new Promise(() => undefined));
    renderOrder(orderObservation(), { now: NOW, services });
    expect(root()).toHaveTextContent(/Checking your queue…/);
  });

  test('unknown marketplace without a default: no deadlines, a note says how to fix it', async () => {
    renderOrder(orderObservation({ marketplace: null, return: { state: 'delivered', deliveredAt: '2026-11-23T18:00:00.000Z' } }), { now: NOW });
    await flush();
    expect(deadline('return-refund')).toBeNull();
    expect(screen.getByText(/choose a default marketplace/)).toBeInTheDocument();
  });

  test('the default marketplace from the settings is used when the page does not say', async () => {
    renderOrder(orderObservation({ marketplace: null, return: { state: 'delivered', deliveredAt: '2026-11-23T18:00:00.000Z' } }), {
      now: NOW,
      settings: { calendars: {}, defaultMarketplace: 'US' },
    });
    await flush();
    expect(deadline('return-refund')).toHaveAttribute('datetime', '2026-11-26T08:00:00.000Z');
  });
});

describe('SAFE-T outlook', () => {
  test('Amazon CS refunded: eligible, file-by countdown, evidence and sources', async () => {
    // Refunded Fri 20 Nov 2026 10:00 PST; US window 30 days since 2026-02-16 → Sun 20 Dec 10:00 PST.
    renderOrder(orderObservation({ refund: { issuer: 'amazon-cs', at: '2026-11-20T18:00:00.000Z' } }), { now: NOW });
    await flush();
    const safet = document.querySelector('[data-sfp-safet]') as HTMLElement;
    expect(safet).toHaveAttribute('data-sfp-safet', 'eligible');
    expect(safet).toHaveTextContent(/Likely eligible/);
    expect(within(safet).getByText(/File a SAFE-T claim/)).toBeInTheDocument();
    expect(deadline('safet-filing')).toHaveAttribute('datetime', '2026-12-20T18:00:00.000Z');
    expect(within(safet).getByRole('list', { name: 'Evidence checklist' }).children.length).toBeGreaterThan(1);
    expect(within(safet).getAllByRole('link', { name: 'source' }).length).toBeGreaterThan(0);
    // The 30-day window is reported by third parties only.
    expect(within(safet).getAllByText('≈ verify').length).toBeGreaterThan(0);
  });

  test('Amazon refunded automatically: not eligible, no file-by countdown', async () => {
    renderOrder(orderObservation({ refund: { issuer: 'amazon-automated', at: '2026-11-20T18:00:00.000Z' } }), { now: NOW });
    await flush();
    expect(document.querySelector('[data-sfp-safet]')).toHaveAttribute('data-sfp-safet', 'not-eligible');
    expect(deadline('safet-filing')).toBeNull();
  });

  test('window closed after 30 days', async () => {
    renderOrder(orderObservation({ refund: { issuer: 'amazon-cs', at: '2026-10-01T18:00:00.000Z' } }), { now: NOW });
    await flush();
    expect(document.querySelector('[data-sfp-safet]')).toHaveAttribute('data-sfp-safet', 'window-closed');
    expect(deadline('safet-filing')).toBeNull();
  });
});

describe('other order states', () => {
  test('non-SFP: compact chip, seller handles contacts, expandable, no marks', async () => {
    renderOrder(orderObservation({ sfp: false, orderId: '113-2846571-9304125' }), { now: NOW });
    await flush();
    expect(root()).toHaveAttribute('data-sfp-handler', 'seller');
    expect(root()).toHaveClass('sfp-compact');
    const details = document.querySelector('details[data-sfp-not-sfp]') as HTMLDetailsElement;
    expect(details.querySelector('summary')).toHaveTextContent('Not SFP — standard seller-fulfilled rules');
    expect(details.querySelector('summary')).toHaveTextContent('113-2846571-9304125');
    expect(details.open).toBe(false);
    fireEvent.click(details.querySelector('summary')!);
    expect(within(details).getByText(/24 hours/)).toBeInTheDocument();
    expect(within(details).getByRole('link', { name: 'source' })).toHaveAttribute('href', expect.stringContaining('202152030'));
    expect(document.querySelector('[data-sfp-mark]')).toBeNull();
    expect(root()).not.toHaveTextContent(/Amazon Customer Service handles/);
  });

  test('non-SFP: a buyer message deadline from the queue is shown', async () => {
    const services = fakeServices({ deadlines: [{ clock: 'buyer-reply', dueAt: '2026-11-27T20:00:00.000Z', ruleId: 'buyer-reply-24h' }] });
    renderOrder(orderObservation({ sfp: false }), { now: NOW, services });
    await flush();
    expect(deadline('buyer-reply')).toHaveAttribute('datetime', '2026-11-27T20:00:00.000Z');
    expect(deadline('return-refund')).toBeNull();
  });

  test('SFP unknown: no handler, no guidance, says so', async () => {
    renderOrder(orderObservation({ sfp: null, sfpDecidedBy: 'none' }), { now: NOW });
    await flush();
    expect(root()).not.toHaveAttribute('data-sfp-handler');
    expect(root()).toHaveTextContent(/could not tell whether order/);
    expect(document.querySelector('[data-sfp-mark]')).toBeNull();
  });

  test('FBA: Amazon handles everything, no seller/Amazon CS routing', async () => {
    renderOrder(orderObservation({ fulfillment: 'amazon', sfp: false }), { now: NOW });
    await flush();
    expect(root()).not.toHaveAttribute('data-sfp-handler');
    expect(root()).toHaveTextContent(/Fulfilled by Amazon/);
  });
});

describe('calendars', () => {
  test('the default marketplace calendar is named as such; the seller’s own calendar is used when set', async () => {
    const obs = orderObservation({ return: { state: 'delivered', deliveredAt: '2026-11-23T18:00:00.000Z' } });
    const first = renderOrder(obs, { now: NOW });
    await flush();
    expect(document.querySelector('[data-sfp-clock="return-refund"]')).toHaveTextContent('US public holidays');
    first.unmount();
    // The seller adds Tue 24 Nov as a holiday (calendarFor keeps the US defaults, so Thanksgiving stays).
    renderOrder(obs, { now: NOW, settings: { calendars: { US: { holidaysAdded: ['2026-11-24'] } }, defaultMarketplace: null } });
    await flush();
    // Return on Mon 23: Tue 24 (own holiday) and Thu 26 (Thanksgiving) skipped → Wed 25, Fri 27 → end of Fri 27.
    expect(deadline('return-refund')).toHaveAttribute('datetime', '2026-11-28T08:00:00.000Z');
    expect(document.querySelector('[data-sfp-clock="return-refund"]')).toHaveTextContent('your calendar');
  });
});

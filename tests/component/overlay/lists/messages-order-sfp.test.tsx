// Issue 16 item 4 on the messages panel: the page never says whether the thread's order is SFP. The queue's
// fact comes first ("per the orders queue"); when the queue does not know, the order's own JSON ("per the order's
// data"), asked once per order per page view; when neither says — or the JSON fails — "SFP not known from this page".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { render, waitFor } from '@testing-library/react';
import { MessagesPanel } from '@/components/overlay/lists/messages-panel';
import type { OverlayServices } from '@/components/overlay/services';
import { createOrderSfpLookup } from '@/utils/pages/order-sfp';
import type { MessagesObservation } from '@/utils/pages/observation';
import type { FetchJson } from '@/utils/pages/read-context';
import { NOW, fakeServices, makeEnv, withEnv } from './env';

const API = join(__dirname, '..', '..', '..', 'fixtures', 'api');
const fixture = (name: string) => readFileSync(join(API, name), 'utf8');
const json = (body: string, status = 200) => new Response(body, { status, headers: { 'content-type': 'application/json' } });

const SFP = '112-4738291-5047863';
const NON_SFP = '113-2846571-9304125';
const page = { kind: 'messages' as const, marketplace: 'US' as const };

/** A messages observation whose open thread belongs to `orderId`; `intent` of the buyer's message. */
const observation = (orderId: string, intent: 'product-question' | 'other-post-order' = 'other-post-order'): MessagesObservation => ({
  kind: 'messages', marketplace: 'US', observedAt: NOW.toISOString(), source: 'dom', rows: [],
  thread: { orderId, answered: false, messages: [{ sender: 'buyer', sentAt: '2026-11-27T02:00:00.000Z', intent, intentConfidence: 0.9, language: 'en' }] },
});

/** The page's JSON endpoints as the fixtures answer them. */
function pageFetch(answers: Record<string, () => Response> = {}) {
  return vi.fn<FetchJson>(async (path) => {
    const make = answers[path];
    if (make) return make();
    if (path === `/orders-api/order/${SFP}`) return json(fixture('orders-order-us-sfp.json'));
    if (path === `/orders-api/order/${NON_SFP}`) return json(fixture('orders-order-us-non-sfp.json'));
    return json('{}', 404);
  });
}

function services(opts: { queue?: Parameters<typeof fakeServices>[0]; fetch?: FetchJson | null } = {}) {
  const s = fakeServices(opts.queue);
  const f = opts.fetch;
  return Object.assign(s, { orderSfp: vi.fn(createOrderSfpLookup(() => f)) }) satisfies OverlayServices;
}

const orderLine = (c: HTMLElement) => c.querySelector('[data-sfp-order-sfp]');

describe('MessagesPanel: SFP of the thread\'s order', () => {
  it('queue does not know, JSON says SFP: "SFP per the order\'s data", and the advice is the SFP one', async () => {
    const f = pageFetch();
    const svc = services({ fetch: f });
    const { container } = render(withEnv(makeEnv({ services: svc }), <MessagesPanel observation={observation(SFP)} page={page} />));
    await waitFor(() => expect(orderLine(container)?.getAttribute('data-sfp-order-sfp')).toBe('true'));
    expect(orderLine(container)?.textContent).toBe(`${SFP} · Seller Fulfilled Prime (SFP per the order's data)`);
    expect(orderLine(container)?.getAttribute('data-sfp-sfp-source')).toBe('order-json');
    expect(container.textContent).not.toContain('SFP not known from this page');
    // SFP: Amazon CS handles other post-order topics, and the advice is not conditional.
    expect(container.querySelector('[data-sfp-who]')?.getAttribute('data-sfp-who')).toBe('amazon-cs');
    expect(container.querySelector('.sfp-todo')?.textContent).not.toMatch(/^If this is an SFP order/);
    expect(f.mock.calls.map((c) => c[0])).toEqual([`/orders-api/order/${SFP}`]);
    expect(svc.orderState).toHaveBeenCalledWith(SFP);
  });

  it('queue does not know, JSON says not SFP: "not SFP per the order\'s data", and the seller handles it', async () => {
    const svc = services({ fetch: pageFetch() });
    const { container } = render(withEnv(makeEnv({ services: svc }), <MessagesPanel observation={observation(NON_SFP)} page={page} />));
    await waitFor(() => expect(orderLine(container)?.getAttribute('data-sfp-order-sfp')).toBe('false'));
    expect(orderLine(container)?.textContent).toBe(`${NON_SFP} · not SFP per the order's data`);
    expect(container.querySelector('[data-sfp-who]')?.getAttribute('data-sfp-who')).toBe('seller');
  });

  it('queue knows: "per the orders queue", and the order JSON is not asked', async () => {
    const f = pageFetch();
    const svc = services({ queue: { [SFP]: { sfp: false, marks: [], deadlines: [] } }, fetch: f });
    const { container } = render(withEnv(makeEnv({ services: svc }), <MessagesPanel observation={observation(SFP)} page={page} />));
    await waitFor(() => expect(orderLine(container)?.getAttribute('data-sfp-sfp-source')).toBe('queue'));
    expect(orderLine(container)?.textContent).toBe(`${SFP} · not SFP per the orders queue`);
    // Let any stray follow-up run: still no JSON request.
    await new Promise((r) => setTimeout(r, 20));
    expect(svc.orderSfp).not.toHaveBeenCalled();
    expect(f).not.toHaveBeenCalled();
  });

  it('queue knows SFP, already answered before the first render: named at once, no JSON asked', async () => {
    const known = { sfp: true, marks: [], deadlines: [] };
    const svc = services({ queue: { [SFP]: known }, fetch: pageFetch() });
    const withSettled: OverlayServices = { ...svc, settledOrderState: (id) => (id === SFP ? known : undefined) };
    const { container } = render(withEnv(makeEnv({ services: withSettled }), <MessagesPanel observation={observation(SFP)} page={page} />));
    expect(orderLine(container)?.textContent).toBe(`${SFP} · Seller Fulfilled Prime (SFP per the orders queue)`);
    await waitFor(() => expect(svc.orderState).toHaveBeenCalledWith(SFP));
    await new Promise((r) => setTimeout(r, 20));
    expect(svc.orderSfp).not.toHaveBeenCalled();
  });

  it('JSON reading off: no request, "SFP not known from this page"', async () => {
    const svc = services({ fetch: null });
    const { container } = render(withEnv(makeEnv({ services: svc }), <MessagesPanel observation={observation(SFP)} page={page} />));
    await waitFor(() => expect(svc.orderSfp).toHaveBeenCalledWith(SFP));
    await new Promise((r) => setTimeout(r, 20));
    expect(orderLine(container)?.textContent).toBe(`${SFP} · SFP not known from this page`);
    expect(orderLine(container)?.getAttribute('data-sfp-order-sfp')).toBe('unknown');
    expect(orderLine(container)?.getAttribute('data-sfp-sfp-source')).toBe('none');
    expect(container.querySelector('.sfp-todo')?.textContent).toMatch(/^If this is an SFP order/);
  });

  it.each([
    ['signed out (200 HTML)', () => new Response(fixture('orders-signed-out-200.html'), { status: 200, headers: { 'content-type': 'text/html' } })],
    ['signed out (401)', () => new Response('', { status: 401 })],
    ['signed out (403)', () => json(fixture('orders-signed-out-403.json'), 403)],
    ['invalid shape', () => json(fixture('orders-order-invalid.json'))],
    ['network error', () => { throw new TypeError('Failed to fetch'); }],
  ])('JSON fails (%s): "SFP not known from this page", nothing reported as an error, nothing thrown', async (_name, make) => {
    const f = pageFetch({ [`/orders-api/order/${SFP}`]: make });
    const svc = services({ fetch: f });
    const { container } = render(withEnv(makeEnv({ services: svc }), <MessagesPanel observation={observation(SFP)} page={page} />));
    await waitFor(() => expect(f).toHaveBeenCalledTimes(1));
    await new Promise((r) => setTimeout(r, 20));
    expect(orderLine(container)?.textContent).toBe(`${SFP} · SFP not known from this page`);
    expect(svc.reportError).not.toHaveBeenCalled();
  });

  it('a failing queue still lets the order JSON answer; a rejecting lookup is reported once, never thrown', async () => {
    const svc = services({ fetch: pageFetch() });
    svc.orderState.mockRejectedValue(new Error('worker asleep'));
    const { container } = render(withEnv(makeEnv({ services: svc }), <MessagesPanel observation={observation(SFP)} page={page} />));
    await waitFor(() => expect(orderLine(container)?.getAttribute('data-sfp-sfp-source')).toBe('order-json'));
    expect(svc.reportError).toHaveBeenCalledWith('messages:order-sfp', expect.any(Error));

    const broken = services({ fetch: pageFetch() });
    broken.orderSfp.mockRejectedValue(new Error('bug'));
    const second = render(withEnv(makeEnv({ services: broken }), <MessagesPanel observation={observation(NON_SFP)} page={page} />));
    await waitFor(() => expect(broken.reportError).toHaveBeenCalledWith('messages:order-json', expect.any(Error)));
    expect(orderLine(second.container)?.textContent).toBe(`${NON_SFP} · SFP not known from this page`);
  });

  it('SPA route changes in the same page view (panel re-mounted, other thread and back) ask each order once', async () => {
    const f = pageFetch();
    const svc = services({ fetch: f });
    const env = makeEnv({ services: svc });
    const view = render(withEnv(env, <MessagesPanel key="a" observation={observation(SFP)} page={page} />));
    await waitFor(() => expect(orderLine(view.container)?.getAttribute('data-sfp-order-sfp')).toBe('true'));
    view.rerender(withEnv(env, <MessagesPanel key="b" observation={observation(NON_SFP)} page={page} />));
    await waitFor(() => expect(orderLine(view.container)?.getAttribute('data-sfp-order-sfp')).toBe('false'));
    // Never the previous order's fact for the new thread.
    expect(orderLine(view.container)?.textContent).toContain(NON_SFP);
    view.rerender(withEnv(env, <MessagesPanel key="c" observation={observation(SFP)} page={page} />));
    await waitFor(() => expect(orderLine(view.container)?.getAttribute('data-sfp-order-sfp')).toBe('true'));
    view.rerender(withEnv(env, <MessagesPanel key="d" observation={observation(SFP)} page={page} />));
    await waitFor(() => expect(orderLine(view.container)?.getAttribute('data-sfp-order-sfp')).toBe('true'));
    expect(f.mock.calls.map((c) => c[0])).toEqual([`/orders-api/order/${SFP}`, `/orders-api/order/${NON_SFP}`]);
  });

  it('no order id on the thread: nothing asked', async () => {
    const svc = services({ fetch: pageFetch() });
    const obs = observation(SFP);
    delete obs.thread!.orderId;
    const { container } = render(withEnv(makeEnv({ services: svc }), <MessagesPanel observation={obs} page={page} />));
    await new Promise((r) => setTimeout(r, 20));
    expect(svc.orderSfp).not.toHaveBeenCalled();
    expect(container.querySelector('[data-sfp-order-sfp]')?.textContent).toBe('not shown · SFP not known from this page');
  });
});

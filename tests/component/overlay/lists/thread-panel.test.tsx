import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { ThreadPanel } from '@/components/overlay/lists/thread-panel';
import { threadView, type ThreadAdvice } from '@/components/overlay/lists/thread-model';
import { listContext } from '@/components/overlay/lists/list-context';
import type { MessagesObservation } from '@/utils/pages/observation';
import type { ThreadView } from '@/components/overlay/lists/types';
import { NOW, fakeServices, makeEnv, withEnv } from './env';

type Thread = NonNullable<MessagesObservation['thread']>;
const ctx = listContext('US', { calendars: {} }, NOW);
const advice: ThreadAdvice = {
  handler: 'seller',
  todo: 'Answer the customer directly.',
  reply: { text: 'Hello, yes: the charger fits that model. Kind regards', language: 'en' },
  reasons: [{ text: 'Product questions are yours to answer (seed FAQ 1).', rule: { id: 'seed', title: 'SFP customer service', source: 'https://sellercentral.amazon.com/help/hub/reference/GUTJZ6MZGMYCW7PW', status: 'amazon' } }],
};
const thread = (over: Partial<Thread> = {}): Thread => ({
  orderId: '113-2846190-7712054',
  answered: false,
  messages: [{ sender: 'buyer', sentAt: '2026-11-27T02:00:00.000Z', intent: 'product-question', intentConfidence: 0.9 }],
  ...over,
});

function show(view: ThreadView, services = fakeServices()) {
  return { services, ...render(withEnv(makeEnv({ services }), <ThreadPanel view={view} />)) };
}

describe('ThreadPanel', () => {
  it('shows sender, intent with confidence, who acts, the 24-hour buyer deadline and a reply to copy', async () => {
    const { container, services } = show(threadView(thread(), ctx, advice, true));
    expect(container.querySelector('[data-sfp-sender]')?.textContent).toBe('Buyer');
    expect(container.querySelector('[data-sfp-intent]')?.textContent).toBe('Product question (90 % confidence)');
    expect(container.querySelector('[data-sfp-who]')?.textContent).toBe('You (the seller)');
    const t = container.querySelector('time[data-sfp-deadline="buyer-reply"]');
    expect(t?.getAttribute('datetime')).toBe('2026-11-28T02:00:00.000Z');
    expect(t?.textContent).toMatch(/^in 13 h/);
    fireEvent.click(screen.getByRole('button', { name: 'Copy reply' }));
    await waitFor(() => expect(services.copyText).toHaveBeenCalledWith(advice.reply!.text));
    expect(await screen.findByText(/Copied/)).toBeInTheDocument();
  });

  it('says "unclear — check" below the classifier threshold and keeps the best guess visible', () => {
    const view = threadView(thread({ messages: [{ sender: 'buyer', sentAt: '2026-11-27T02:00:00.000Z', intent: 'refund-status', intentConfidence: 0.41 }] }), ctx, advice, null);
    const { container } = show(view);
    const intent = container.querySelector('[data-sfp-intent]');
    expect(intent?.getAttribute('data-sfp-intent')).toBe('unclear');
    expect(intent?.textContent).toMatch(/^unclear — check \(41 % confidence\)/);
    expect(container.textContent).toContain('SFP not known from this page');
  });

  it('gives an Amazon CS contact 2 business days and names Amazon CS as the sender', () => {
    const view = threadView(thread({ messages: [{ sender: 'amazon-cs', sentAt: '2026-11-24T17:00:00.000Z', intent: 'amazon-cs-request', intentConfidence: 1 }] }), ctx,
      { ...advice, todo: 'Reply to Amazon CS and the customer.' }, true);
    const { container } = show(view);
    expect(container.querySelector('[data-sfp-sender]')?.textContent).toBe('Amazon Customer Service');
    expect(container.querySelector('time[data-sfp-deadline="amazon-cs-reply"]')?.getAttribute('datetime')).toBe('2026-11-28T08:00:00.000Z');
    expect(container.querySelector('[data-sfp-intent]')?.getAttribute('data-sfp-intent')).toBe('amazon-cs-request');
  });

  it('shows nothing due on an answered thread, and the latest inbound message decides', () => {
    const view = threadView(thread({ answered: true, messages: [
      { sender: 'buyer', sentAt: '2026-11-26T02:00:00.000Z', intent: 'product-question', intentConfidence: 0.9 },
      { sender: 'seller', sentAt: '2026-11-26T05:00:00.000Z' },
    ] }), ctx, advice, true);
    const { container } = show(view);
    expect(container.textContent).toContain('Answered — no reply due.');
    expect(container.querySelector('time[data-sfp-deadline]')).toBeNull();
    expect(container.querySelector('[data-sfp-copy]')).toBeNull();
  });

  it('says "check" when the thread has no inbound message or no date, never a guessed deadline', () => {
    const empty = threadView(thread({ messages: [] }), ctx, { handler: null, todo: 'Check the thread.', reasons: [] }, null);
    const { container } = show(empty);
    expect(container.querySelector('[data-sfp-sender]')?.textContent).toBe('Not shown — check');
    expect(container.querySelector('[data-sfp-who]')?.textContent).toBe('unclear — check');
    expect(container.querySelector('time')).toBeNull();
    const undated = threadView(thread({ messages: [{ sender: 'buyer', intent: 'product-question', intentConfidence: 0.9 }] }), ctx, advice, true);
    expect(undated.deadlines).toEqual([]);
  });

  it('renders a hostile reply text as text and never writes into the page\'s editor', async () => {
    document.body.insertAdjacentHTML('beforeend', '<textarea id="amazon-editor"></textarea>');
    const hostile = '<img src=x onerror="window.__pwned=1"> <a href="javascript:alert(1)">click</a>';
    const { container, services } = show(threadView(thread(), ctx, { ...advice, reply: { text: hostile, language: 'en' } }, true));
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('a[href^="javascript"]')).toBeNull();
    expect(container.querySelector('[data-sfp-reply]')?.textContent).toBe(hostile);
    fireEvent.click(screen.getByRole('button', { name: 'Copy reply' }));
    await waitFor(() => expect(services.copyText).toHaveBeenCalled());
    expect((document.getElementById('amazon-editor') as HTMLTextAreaElement).value).toBe('');
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('tells the seller when copying failed', async () => {
    const services = fakeServices();
    services.copyText.mockRejectedValueOnce(new Error('denied'));
    show(threadView(thread(), ctx, advice, true), services);
    fireEvent.click(screen.getByRole('button', { name: 'Copy reply' }));
    expect(await screen.findByText(/Could not copy/)).toBeInTheDocument();
  });
});

import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { ThreadPanel } from '@/components/overlay/lists/thread-panel';
import { threadView, type ThreadAdvice } from '@/components/overlay/lists/thread-model';
import { threadAdvice } from '@/components/overlay/lists/thread-advice';
import { sellerCalendar } from '@/components/overlay/lists/list-context';
import { replyText } from '@/utils/policy/replies';
import type { MessagesObservation } from '@/utils/pages/observation';
import type { ThreadView } from '@/components/overlay/lists/types';
import { NOW, fakeServices, makeEnv, withEnv } from './env';

type Thread = NonNullable<MessagesObservation['thread']>;
const calendar = sellerCalendar('US', { calendars: {} });
const env = { marketplace: 'US' as const, calendar, timeZone: calendar.timeZone, now: NOW };
/** The view the messages panel builds: real guidance (guidanceFor) for the thread. */
const viewOf = (t: Thread, sfp: boolean | null, returnReceivedAt?: Date) => threadView(t, threadAdvice(t, env, { sfp, returnReceivedAt }), sfp);
const advice: ThreadAdvice = {
  handler: 'seller',
  todo: 'Answer the customer directly.',
  deadlines: [],
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
    const { container, services } = show(viewOf(thread(), true));
    expect(container.querySelector('[data-sfp-sender]')?.textContent).toBe('Buyer');
    expect(container.querySelector('.sfp-todo')?.textContent).toBe('Answer the customer directly.');
    expect(container.querySelector('[data-sfp-intent]')?.textContent).toBe('Product question (90 % confidence)');
    expect(container.querySelector('[data-sfp-who]')?.textContent).toBe('You (the seller)');
    const t = container.querySelector('time[data-sfp-deadline="buyer-reply"]');
    expect(t?.getAttribute('datetime')).toBe('2026-11-28T02:00:00.000Z');
    expect(t?.textContent).toMatch(/^in 13 h/);
    fireEvent.click(screen.getByRole('button', { name: 'Copy reply' }));
    await waitFor(() => expect(services.copyText).toHaveBeenCalledWith(replyText('answer', 'en')));
    expect(container.querySelector('[data-sfp-reply]')?.textContent).toBe(replyText('answer', 'en'));
    expect(await screen.findByText(/Copied/)).toBeInTheDocument();
  });

  it('shows both readings of a close call, each with its rule, and prefers the seller-owned one (issue 16)', () => {
    const close = thread({ messages: [{ sender: 'buyer', sentAt: '2026-11-27T02:00:00.000Z', intent: 'product-question', intentConfidence: 0.53, intentRunnerUp: 'other-post-order' }] });
    const { container } = show(viewOf(close, true));
    const runnerUp = container.querySelector('[data-sfp-runner-up]');
    expect(runnerUp?.getAttribute('data-sfp-runner-up')).toBe('other-post-order');
    expect(runnerUp?.textContent).toContain('Could also be: Other post-order topic — Amazon Customer Service handles it on SFP orders');
    expect(runnerUp?.textContent).toContain('Best guess: Product question — you answer the customer directly');
    expect(runnerUp?.textContent).toContain('In doubt, treat it as yours');
    expect(container.querySelector('[data-sfp-intent]')?.getAttribute('data-sfp-intent')).toBe('unclear');
    // Two seller-owned readings: both shown, no "treat it as yours" (both are).
    const both = thread({ messages: [{ sender: 'buyer', intent: 'refund-status', intentConfidence: 0.5, intentRunnerUp: 'product-question' }] });
    expect(show(viewOf(both, true)).container.querySelector('[data-sfp-runner-up]')?.textContent).not.toContain('In doubt');
    // A clear answer shows no close call even if a runner-up came along.
    const clear = thread({ messages: [{ sender: 'buyer', intent: 'product-question', intentConfidence: 0.9, intentRunnerUp: 'other-post-order' }] });
    expect(show(viewOf(clear, true)).container.querySelector('[data-sfp-runner-up]')).toBeNull();
  });

  it('says "unclear — check" below the classifier threshold and keeps the best guess visible', () => {
    const view = viewOf(thread({ messages: [{ sender: 'buyer', sentAt: '2026-11-27T02:00:00.000Z', intent: 'refund-status', intentConfidence: 0.41 }] }), null);
    const { container } = show(view);
    expect(container.querySelector('.sfp-todo')?.textContent).toMatch(/^Unclear — check the message\. If this is an SFP order: /);
    const intent = container.querySelector('[data-sfp-intent]');
    expect(intent?.getAttribute('data-sfp-intent')).toBe('unclear');
    expect(intent?.textContent).toMatch(/^unclear — check \(41 % confidence\)/);
    expect(container.textContent).toContain('SFP not known from this page');
  });

  it('gives an Amazon CS contact 2 business days and names Amazon CS as the sender', () => {
    const view = viewOf(thread({ messages: [{ sender: 'amazon-cs', sentAt: '2026-11-24T17:00:00.000Z', intent: 'amazon-cs-request', intentConfidence: 1 }] }), true);
    const { container } = show(view);
    expect(container.querySelector('[data-sfp-who]')?.textContent).toBe('You (the seller)');
    expect(container.querySelector('time[data-sfp-deadline="buyer-reply"]')).toBeNull();
    expect(container.querySelector('[data-sfp-sender]')?.textContent).toBe('Amazon Customer Service');
    expect(container.querySelector('time[data-sfp-deadline="amazon-cs-reply"]')?.getAttribute('datetime')).toBe('2026-11-28T08:00:00.000Z');
    expect(container.querySelector('[data-sfp-intent]')?.getAttribute('data-sfp-intent')).toBe('amazon-cs-request');
  });

  it('shows nothing due on an answered thread, and the latest inbound message decides', () => {
    const view = viewOf(thread({ answered: true, messages: [
      { sender: 'buyer', sentAt: '2026-11-26T02:00:00.000Z', intent: 'product-question', intentConfidence: 0.9 },
      { sender: 'seller', sentAt: '2026-11-26T05:00:00.000Z' },
    ] }), true);
    const { container } = show(view);
    expect(container.textContent).toContain('Answered — no reply due.');
    expect(container.querySelector('time[data-sfp-deadline]')).toBeNull();
    expect(container.querySelector('[data-sfp-copy]')).toBeNull();
  });

  it('says "check" when the thread has no inbound message or no date, never a guessed deadline', () => {
    const empty = viewOf(thread({ messages: [] }), null);
    const { container } = show(empty);
    expect(container.querySelector('[data-sfp-sender]')?.textContent).toBe('Not shown — check');
    expect(container.querySelector('[data-sfp-who]')?.textContent).toBe('unclear — check');
    expect(container.querySelector('time')).toBeNull();
    const undated = viewOf(thread({ messages: [{ sender: 'buyer', intent: 'product-question', intentConfidence: 0.9 }] }), true);
    expect(undated.deadlines).toEqual([]);
    expect(undated.reasons.map((r) => r.text).join(' ')).toMatch(/time the message was received is unknown/);
  });

  it('renders a hostile reply text as text and never writes into the page\'s editor', async () => {
    document.body.insertAdjacentHTML('beforeend', '<textarea id="amazon-editor"></textarea>');
    const hostile = '<img src=x onerror="window.__pwned=1"> <a href="javascript:alert(1)">click</a>';
    const { container, services } = show(threadView(thread(), { ...advice, reply: { text: hostile, language: 'en' } }, true));
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('a[href^="javascript"]')).toBeNull();
    expect(container.querySelector('[data-sfp-reply]')?.textContent).toBe(hostile);
    fireEvent.click(screen.getByRole('button', { name: 'Copy reply' }));
    await waitFor(() => expect(services.copyText).toHaveBeenCalled());
    expect((document.getElementById('amazon-editor') as HTMLTextAreaElement).value).toBe('');
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('turns a refund question into "refund now" when the seller marked the return received, with both return clocks', () => {
    const t = thread({ messages: [{ sender: 'buyer', sentAt: '2026-11-27T02:00:00.000Z', intent: 'refund-status', intentConfidence: 0.95, language: 'de' }] });
    const view = viewOf(t, true, new Date('2026-11-25T18:00:00.000Z'));
    const { container } = show(view);
    expect(container.querySelector('.sfp-todo')?.textContent).toMatch(/Refund the customer now/);
    const clocks = [...container.querySelectorAll('time[data-sfp-deadline]')].map((e) => e.getAttribute('data-sfp-deadline'));
    expect(clocks).toEqual(expect.arrayContaining(['buyer-reply', 'return-refund', 'automated-refund']));
    expect(container.querySelector('time[data-sfp-deadline="return-refund"]')?.getAttribute('datetime')).toBe('2026-12-01T08:00:00.000Z');
    // The customer wrote in German: the reply suggestion is German.
    expect(view.reply?.language).toBe('de');
    expect(container.querySelector('[data-sfp-reply]')?.textContent).toBe(replyText('refund-now', 'de'));
  });

  it('says "Standard seller-fulfilled rules" for a non-SFP order and links each reason to its source', () => {
    const { container } = show(viewOf(thread(), false));
    expect(container.querySelector('.sfp-todo')?.textContent).toMatch(/^Standard seller-fulfilled rules apply/);
    expect(container.querySelectorAll('.sfp-reasons a[href^="https://"]').length).toBeGreaterThan(0);
  });

  it('tells the seller when copying failed', async () => {
    const services = fakeServices();
    services.copyText.mockRejectedValueOnce(new Error('denied'));
    show(threadView(thread(), advice, true), services);
    fireEvent.click(screen.getByRole('button', { name: 'Copy reply' }));
    expect(await screen.findByText(/Could not copy/)).toBeInTheDocument();
  });
});

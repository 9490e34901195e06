// Issue 16 item 5: the reply suggestion on the open thread follows the routed intent, in the language the buyer
// wrote in — not the marketplace's. First every intent × language through the thread view; then from message text
// through the reader and its classifier to the rendered panel (whatever intent the classifier settles on, the
// reply is that intent's template in the message's language).
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { MessagesPanel } from '@/components/overlay/lists/messages-panel';
import { ThreadPanel } from '@/components/overlay/lists/thread-panel';
import { threadAdvice } from '@/components/overlay/lists/thread-advice';
import { threadView } from '@/components/overlay/lists/thread-model';
import { sellerCalendar } from '@/components/overlay/lists/list-context';
import { readMessages } from '@/utils/pages/messages';
import type { MessagesObservation } from '@/utils/pages/observation';
import { MESSAGE_DECISIONS } from '@/utils/policy/classify';
import { REPLY_LANGUAGES, replyText, type ReplyKind, type ReplyLanguage } from '@/utils/policy/replies';
import { fixtureText, parsePage } from '../../../readers/page-fixtures';
import { NOW, makeEnv, withEnv } from './env';

type Thread = NonNullable<MessagesObservation['thread']>;
type Intent = NonNullable<Thread['messages'][number]['intent']>;
const INTENTS: readonly Intent[] = ['product-question', 'refund-status', 'other-post-order', 'amazon-cs-request'];
/** The template each intent routes to when nothing else is known about the return (SFP, or SFP not known). */
const KIND_FOR: Record<Intent, ReplyKind> = {
  'product-question': 'answer',
  'refund-status': 'promise-refund-on-receipt',
  'other-post-order': 'direct-to-amazon-cs',
  'amazon-cs-request': 'reply-to-amazon-cs-and-customer',
};

const calendar = sellerCalendar('DE', { calendars: {} });
const env = { marketplace: 'DE' as const, calendar, timeZone: calendar.timeZone, now: NOW };
const thread = (intent: Intent, language: ReplyLanguage): Thread => ({
  orderId: '303-1184520-6672931',
  answered: false,
  messages: [{ sender: intent === 'amazon-cs-request' ? 'amazon-cs' : 'buyer', sentAt: '2026-11-27T02:00:00.000Z', intent, intentConfidence: 0.9, language }],
});
const shown = (c: HTMLElement) => ({
  text: c.querySelector('[data-sfp-reply]')?.textContent ?? null,
  label: c.querySelector('.sfp-reply-label')?.textContent ?? null,
});

describe('ThreadPanel reply per intent × language (DE marketplace)', () => {
  it.each(INTENTS.flatMap((intent) => REPLY_LANGUAGES.flatMap((lang) => [true, null].map((sfp) => [intent, lang, sfp] as const))))(
    '%s in %s, SFP %s: that intent\'s template in that language',
    (intent, lang, sfp) => {
      const t = thread(intent, lang);
      const { container } = render(withEnv(makeEnv(), <ThreadPanel view={threadView(t, threadAdvice(t, env, { sfp }), sfp)} />));
      expect(shown(container)).toEqual({
        text: replyText(KIND_FOR[intent], lang),
        label: `Reply suggestion (${lang}) — copy it, check it, paste and send it yourself:`,
      });
    },
  );

  it('not SFP: a product question still gets the answer template in the buyer\'s language; other topics no canned text', () => {
    for (const lang of REPLY_LANGUAGES) {
      for (const intent of INTENTS) {
        const t = thread(intent, lang);
        const { container, unmount } = render(withEnv(makeEnv(), <ThreadPanel view={threadView(t, threadAdvice(t, env, { sfp: false }), false)} />));
        expect(shown(container).text, `${intent} ${lang}`).toBe(intent === 'product-question' ? replyText('answer', lang) : null);
        unmount();
      }
    }
  });
});

describe('ThreadPanel reply when the buyer\'s language is not known', () => {
  it('uses the marketplace\'s language and says so; the buyer\'s own language never says so', () => {
    const t: Thread = { ...thread('product-question', 'en'), messages: [{ sender: 'buyer', sentAt: '2026-11-27T02:00:00.000Z', intent: 'product-question', intentConfidence: 0.9 }] };
    const { container } = render(withEnv(makeEnv(), <ThreadPanel view={threadView(t, threadAdvice(t, env, { sfp: true }), true)} />));
    expect(shown(container)).toEqual({
      text: replyText('answer', 'de'),
      label: "Reply suggestion (de: the message's language was not recognised, so the marketplace's) — copy it, check it, paste and send it yourself:",
    });
    expect(container.querySelector('[data-sfp-reply]')?.getAttribute('data-sfp-reply-language')).toBe('de');
    const own = thread('product-question', 'it');
    const second = render(withEnv(makeEnv(), <ThreadPanel view={threadView(own, threadAdvice(own, env, { sfp: true }), true)} />));
    expect(second.container.querySelector('[data-sfp-reply]')?.getAttribute('data-sfp-reply-language')).toBe('it');
    expect(shown(second.container).label).not.toContain('not recognised');
  });
});

/** One buyer message per language (the same product question; the US host, so the marketplace says English). */
const MESSAGES: Record<ReplyLanguage, string> = {
  en: 'Hello, does this replacement filter fit the BX-200 blender, and is it in stock? Thank you',
  de: 'Hallo, passt dieser Ersatzfilter auch auf den Mixer BX-200, und ist er auf Lager? Vielen Dank',
  fr: 'Bonjour, est-ce que ce filtre de rechange est compatible avec le mixeur BX-200, et est-il en stock ? Merci beaucoup',
  es: 'Hola, ¿este filtro de repuesto es compatible con la batidora BX-200 y lo tienen en stock? Muchas gracias',
  it: 'Buongiorno, questo filtro di ricambio è compatibile con il frullatore BX-200 ed è disponibile in magazzino? Grazie mille',
  ja: 'こんにちは。この交換用フィルターはBX-200のミキサーに対応していますか？在庫はありますか？よろしくお願いします。',
};

/** The US messages fixture with its open thread replaced by one buyer message of `body` in the main document. */
function pageWith(body: string): Document {
  const html = fixtureText('pages/messages-us.html').replace(/<iframe class="thread-frame"[\s\S]*?<\/iframe>/, `
    <div data-test-id="thread-view" data-thread-id="THR-A1B2C3D4E5">
      <div class="thread-header"><span>Order ID:</span> <span data-test-id="thread-header-order-id">113-2846190-7712054</span></div>
      <div data-test-id="thread-message" class="incoming">
        <div class="meta"><span data-test-id="message-sender">Dana Quillfeather</span> <span data-test-id="message-date">Thu, Nov 26, 2026, 9:14 AM PST</span></div>
        <div data-test-id="message-body">${body}</div>
      </div>
    </div>`);
  return parsePage(html, 'https://sellercentral.amazon.com/messaging/inbox-v3');
}

describe('from the buyer\'s text to the rendered reply (reader + classifier + panel, US host)', () => {
  it.each(REPLY_LANGUAGES)('%s: the classified language picks the template, the routed intent picks the kind', async (lang) => {
    const url = 'https://sellercentral.amazon.com/messaging/inbox-v3';
    const r = await readMessages(pageWith(MESSAGES[lang]), { url, now: NOW, fetchJson: null, waitMs: 30 }, MESSAGE_DECISIONS);
    if (r.status !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(r)}`);
    const m = r.observation.thread?.messages.at(-1);
    expect(m?.sender).toBe('buyer');
    expect(m?.language).toBe(lang);
    expect(m?.intent).toBeDefined();
    const { container } = render(withEnv(makeEnv(), <MessagesPanel observation={r.observation} page={{ kind: 'messages', marketplace: 'US' }} />));
    expect(shown(container)).toEqual({
      text: replyText(KIND_FOR[m!.intent!], lang),
      label: `Reply suggestion (${lang}) — copy it, check it, paste and send it yourself:`,
    });
  });
});

// Reply templates: complete for every kind and language, written in that language, and within Amazon's
// buyer-seller messaging rules (no links, URLs, e-mails or phone numbers, no review requests, no marketing).
import { REPLY_KINDS, REPLY_LANGUAGES, isReplyLanguage, replyText } from '@/utils/policy/replies';
import { detectLanguage, normaliseForCues, scriptMix } from '@/utils/policy/classify-text';
import { guidanceFor } from '@/utils/policy/guidance';
import type { ContactIntent } from '@/utils/policy';
import type { ReplyKind } from '@/utils/policy/replies';

/** What Amazon's messaging rules forbid, as patterns on the raw text; returns the rules a text breaks. */
function messagingViolations(text: string): string[] {
  const rules: [string, RegExp][] = [
    ['link or URL', /https?:|www\.|\b[a-z0-9-]+\.(com|net|org|de|fr|es|it|jp|co\.uk|co\.jp|ly|io)\b|<a\s/i],
    ['e-mail address', /[^\s@]+@[^\s@]+|e-?mail/i],
    ['phone number', /\+?\d[\d\s().-]{6,}\d|\b(phone|call us|telefon|téléphone|teléfono|telefono|電話)\b/i],
    ['review or feedback request', /review|feedback|rating|\bstars?\b|bewert|rezension|\bavis\b|évaluation|commentaire|reseña|valoraci|opinión|recension|valutazion|レビュー|評価|星/i],
    ['marketing', /discount|coupon|promo|offer|\bsale\b|newsletter|follow us|rabatt|gutschein|angebot|réduction|remise|soldes|descuento|cupón|oferta|sconto|offerta|割引|クーポン|セール|キャンペーン/i],
  ];
  return rules.filter(([, re]) => re.test(text)).map(([name]) => name);
}

describe('messagingViolations (the scanner itself)', () => {
  it('flags each kind of forbidden content', () => {
    expect(messagingViolations('See www.example.com or https://x.test')).toContain('link or URL');
    expect(messagingViolations('Write to help@example.org')).toContain('e-mail address');
    expect(messagingViolations('Call +49 30 1234567')).toContain('phone number');
    expect(messagingViolations('Please leave us a 5-star review!')).toContain('review or feedback request');
    expect(messagingViolations('Geben Sie uns eine Bewertung')).toContain('review or feedback request');
    expect(messagingViolations('レビューをお願いします')).toContain('review or feedback request');
    expect(messagingViolations('10 % Rabatt mit diesem Gutschein')).toContain('marketing');
    expect(messagingViolations('Thank you for your question.')).toEqual([]);
  });
});

describe('reply templates', () => {
  it.each(REPLY_LANGUAGES.flatMap((lang) => REPLY_KINDS.map((kind) => [lang, kind] as const)))('%s %s follows the messaging rules', (lang, kind) => {
    const text = replyText(kind, lang);
    expect(text.length).toBeGreaterThan(40);
    expect(messagingViolations(text)).toEqual([]);
    expect(text).toMatch(/\[[^\]]+\]/); // the shop name (and any answer) is for the seller to fill in
  });

  it('is written in its own language', () => {
    for (const lang of REPLY_LANGUAGES) {
      for (const kind of REPLY_KINDS.filter((k) => k !== 'answer')) {
        const n = normaliseForCues(replyText(kind, lang));
        expect(detectLanguage(n, scriptMix(n)), `${lang} ${kind}`).toBe(lang);
      }
    }
  });

  it('points the customer to Amazon Customer Service where Amazon CS decides, and promises what the seed says', () => {
    for (const lang of REPLY_LANGUAGES) expect(replyText('direct-to-amazon-cs', lang)).toMatch(/Amazon/);
    expect(replyText('promise-refund-on-receipt', 'en')).toMatch(/refund you as soon as the return arrives/);
    expect(replyText('accept-return-and-refund', 'en')).toMatch(/Repairs are not available.*full refund/s);
  });

  it('knows which languages it has', () => {
    expect(isReplyLanguage('ja')).toBe(true);
    expect(isReplyLanguage('pt')).toBe(false);
    expect(isReplyLanguage(undefined)).toBe(false);
  });
});

// Issue 16 item 5: the reply suggestion follows the routed intent, in the language the buyer wrote in.
describe('reply suggestions per routed intent and language (guidanceFor)', () => {
  const INTENTS: readonly ContactIntent[] = ['product-question', 'refund-status', 'other-post-order', 'amazon-cs-request'];
  /** The template each intent routes to on an SFP order (or one not known to be SFP), nothing else known. */
  const KIND_FOR: Record<ContactIntent, ReplyKind> = {
    'product-question': 'answer',
    'refund-status': 'promise-refund-on-receipt',
    'other-post-order': 'direct-to-amazon-cs',
    'amazon-cs-request': 'reply-to-amazon-cs-and-customer',
  };
  const NOW = new Date('2026-11-27T13:00:00.000Z');
  const guide = (intent: ContactIntent, language: string | undefined, sfp: boolean | null, marketplace: 'US' | 'DE' | 'JP' | null = 'US') =>
    guidanceFor({ contact: { intent, confidence: 0.9, language }, facts: { marketplace, sfp, contactReceivedAt: new Date('2026-11-27T02:00:00.000Z') } }, NOW);

  it.each(INTENTS.flatMap((intent) => REPLY_LANGUAGES.flatMap((lang) => [true, null].map((sfp) => [intent, lang, sfp] as const))))(
    '%s in %s (SFP %s): the intent\'s template, in the buyer\'s language, within the messaging rules',
    (intent, lang, sfp) => {
      // The marketplace's language is another one: the buyer's own language wins.
      const g = guide(intent, lang, sfp, lang === 'de' ? 'JP' : 'DE');
      expect(g.reply).toEqual({ kind: KIND_FOR[intent], language: lang, text: replyText(KIND_FOR[intent], lang), fallback: false });
      expect(messagingViolations(g.reply!.text)).toEqual([]);
    },
  );

  it('not SFP (standard seller-fulfilled rules): only a product question gets a template, in the buyer\'s language', () => {
    for (const lang of REPLY_LANGUAGES) {
      for (const intent of INTENTS) {
        const g = guide(intent, lang, false);
        if (intent === 'product-question') expect(g.reply).toMatchObject({ kind: 'answer', language: lang, text: replyText('answer', lang) });
        else expect(g.reply, `${intent} ${lang}`).toBeUndefined();
      }
    }
  });

  it('the buyer\'s language unknown or without templates: the marketplace\'s language (else English), marked as a fallback', () => {
    expect(guide('product-question', undefined, true, 'DE').reply).toMatchObject({ language: 'de', fallback: true });
    expect(guide('product-question', 'pt', true, 'JP').reply).toMatchObject({ language: 'ja', fallback: true });
    expect(guide('product-question', undefined, true, 'US').reply).toMatchObject({ language: 'en', fallback: true });
    expect(guide('product-question', undefined, true, null).reply).toMatchObject({ language: 'en', fallback: true });
  });

  it('a refund question after a received return, or already refunded, uses that template in the buyer\'s language', () => {
    for (const lang of REPLY_LANGUAGES) {
      const facts = { marketplace: 'US' as const, sfp: true };
      const received = guidanceFor({ contact: { intent: 'refund-status', language: lang }, facts: { ...facts, returnStatus: 'received', returnReceivedAt: NOW } }, NOW);
      expect(received.reply).toMatchObject({ kind: 'refund-now', language: lang, text: replyText('refund-now', lang) });
      const refunded = guidanceFor({ contact: { intent: 'refund-status', language: lang }, facts: { ...facts, returnStatus: 'refunded' } }, NOW);
      expect(refunded.reply).toMatchObject({ kind: 'already-refunded', language: lang, text: replyText('already-refunded', lang) });
      const repair = guidanceFor({ contact: { intent: 'other-post-order', language: lang, topic: 'repair' }, facts }, NOW);
      expect(repair.reply).toMatchObject({ kind: 'accept-return-and-refund', language: lang });
    }
  });
});

// Reply templates: complete for every kind and language, written in that language, and within Amazon's
// buyer-seller messaging rules (no links, URLs, e-mails or phone numbers, no review requests, no marketing).
import { REPLY_KINDS, REPLY_LANGUAGES, isReplyLanguage, replyText } from '@/utils/policy/replies';
import { detectLanguage, normaliseForCues, scriptMix } from '@/utils/policy/classify-text';

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

/**
 * Reply suggestions the seller can copy, per guidance action and language (en, de, fr, es, it, ja).
 * They follow Amazon's buyer-seller messaging rules: no links or URLs, no e-mail addresses or phone
 * numbers, no review or feedback requests, no marketing (Amazon's buyer-seller communication guidelines;
 * tests/unit/policy/replies.test.ts scans every template). Square brackets mark what the seller
 * fills in. Wording of the routing follows the seed FAQ (shared/seed/sfp-customer-service.md).
 */

/** Languages with reply templates. */
export type ReplyLanguage = 'en' | 'de' | 'fr' | 'es' | 'it' | 'ja';

/** Every reply language, for iteration and validation. */
export const REPLY_LANGUAGES: readonly ReplyLanguage[] = ['en', 'de', 'fr', 'es', 'it', 'ja'];

/** Which reply a guidance action calls for ('already-refunded': the refund went out at first scan or before). */
export type ReplyKind =
  | 'answer' | 'refund-now' | 'already-refunded' | 'promise-refund-on-receipt' | 'direct-to-amazon-cs'
  | 'reply-to-amazon-cs-and-customer' | 'accept-return-and-refund';

/** Every reply kind, for iteration and validation. */
export const REPLY_KINDS: readonly ReplyKind[] = [
  'answer', 'refund-now', 'already-refunded', 'promise-refund-on-receipt', 'direct-to-amazon-cs',
  'reply-to-amazon-cs-and-customer', 'accept-return-and-refund',
];

interface LanguagePack { greeting: string; closing: string; bodies: Record<ReplyKind, string> }

const PACKS: Record<ReplyLanguage, LanguagePack> = {
  en: {
    greeting: 'Hello,',
    closing: 'Kind regards,\n[Your shop name]',
    bodies: {
      'answer': 'Thank you for your question. [Your answer]',
      'refund-now': 'Thank you for your message. We have received your return and have issued your full refund today. Depending on your bank, it can take a few days to appear on your statement.',
      'already-refunded': 'Thank you for your message. The refund for your return has already been issued. Depending on your bank, it can take a few days to appear on your statement.',
      'promise-refund-on-receipt': 'Thank you for sending the item back. We will refund you as soon as the return arrives at our warehouse.',
      'direct-to-amazon-cs': 'Thank you for your message. For this order, returns, refunds, cancellations and delivery questions are handled by Amazon Customer Service, who can help you directly: please contact them through Your Orders on Amazon.',
      'reply-to-amazon-cs-and-customer': 'Thank you for contacting us about this order. We have taken the following steps to resolve it: [steps taken]. [What happens next, and when.]',
      'accept-return-and-refund': 'We are sorry that the item has stopped working. Repairs are not available for this order, so please return it through Your Orders on Amazon; you will receive a full refund once it arrives.',
    },
  },
  de: {
    greeting: 'Hallo,',
    closing: 'Mit freundlichen Grüßen\n[Name Ihres Shops]',
    bodies: {
      'answer': 'vielen Dank für Ihre Frage. [Ihre Antwort]',
      'refund-now': 'vielen Dank für Ihre Nachricht. Ihre Rücksendung ist bei uns eingegangen, und wir haben Ihnen heute den vollen Betrag erstattet. Je nach Bank kann es einige Tage dauern, bis die Gutschrift sichtbar ist.',
      'already-refunded': 'vielen Dank für Ihre Nachricht. Die Erstattung für Ihre Rücksendung wurde bereits veranlasst. Je nach Bank kann es einige Tage dauern, bis die Gutschrift sichtbar ist.',
      'promise-refund-on-receipt': 'vielen Dank für Ihre Rücksendung. Wir erstatten Ihnen den Betrag, sobald die Rücksendung in unserem Lager eingegangen ist.',
      'direct-to-amazon-cs': 'vielen Dank für Ihre Nachricht. Bei dieser Bestellung kümmert sich der Amazon-Kundenservice um Rücksendungen, Erstattungen, Stornierungen und Fragen zur Lieferung und kann Ihnen direkt helfen: Bitte wenden Sie sich über „Meine Bestellungen“ bei Amazon an den Kundenservice.',
      'reply-to-amazon-cs-and-customer': 'vielen Dank, dass Sie uns zu dieser Bestellung kontaktiert haben. Wir haben Folgendes unternommen: [Ihre Schritte]. [Wie es weitergeht und wann.]',
      'accept-return-and-refund': 'es tut uns leid, dass der Artikel nicht mehr funktioniert. Eine Reparatur ist bei dieser Bestellung nicht möglich. Bitte senden Sie den Artikel über „Meine Bestellungen“ bei Amazon zurück; nach Eingang erstatten wir Ihnen den vollen Betrag.',
    },
  },
  fr: {
    greeting: 'Bonjour,',
    closing: 'Cordialement,\n[Nom de votre boutique]',
    bodies: {
      'answer': 'Merci pour votre question. [Votre réponse]',
      'refund-now': 'Merci pour votre message. Nous avons bien reçu votre retour et vous avons remboursé intégralement aujourd’hui. Selon votre banque, le remboursement peut mettre quelques jours à apparaître sur votre relevé.',
      'already-refunded': 'Merci pour votre message. Le remboursement de votre retour a déjà été effectué. Selon votre banque, il peut mettre quelques jours à apparaître sur votre relevé.',
      'promise-refund-on-receipt': 'Merci d’avoir renvoyé l’article. Nous vous rembourserons dès que le retour arrivera dans notre entrepôt.',
      'direct-to-amazon-cs': 'Merci pour votre message. Pour cette commande, les retours, remboursements, annulations et questions de livraison sont gérés par le service client Amazon, qui peut vous aider directement : contactez-le depuis Vos commandes sur Amazon.',
      'reply-to-amazon-cs-and-customer': 'Merci de nous avoir contactés au sujet de cette commande. Voici les mesures que nous avons prises : [mesures prises]. [La suite, et dans quel délai.]',
      'accept-return-and-refund': 'Nous sommes désolés que l’article ne fonctionne plus. La réparation n’est pas proposée pour cette commande : veuillez le retourner depuis Vos commandes sur Amazon ; vous serez remboursé intégralement dès sa réception.',
    },
  },
  es: {
    greeting: 'Hola:',
    closing: 'Un saludo,\n[Nombre de su tienda]',
    bodies: {
      'answer': 'Gracias por su pregunta. [Su respuesta]',
      'refund-now': 'Gracias por su mensaje. Hemos recibido su devolución y hoy le hemos reembolsado el importe completo. Según su banco, puede tardar unos días en aparecer en su cuenta.',
      'already-refunded': 'Gracias por su mensaje. El reembolso de su devolución ya se ha emitido. Según su banco, puede tardar unos días en aparecer en su cuenta.',
      'promise-refund-on-receipt': 'Gracias por devolver el artículo. Le reembolsaremos en cuanto la devolución llegue a nuestro almacén.',
      'direct-to-amazon-cs': 'Gracias por su mensaje. En este pedido, las devoluciones, los reembolsos, las cancelaciones y las consultas sobre la entrega los gestiona Atención al Cliente de Amazon, que puede ayudarle directamente: contacte con ellos desde Mis pedidos en Amazon.',
      'reply-to-amazon-cs-and-customer': 'Gracias por contactarnos sobre este pedido. Hemos tomado las siguientes medidas: [medidas tomadas]. [Próximos pasos y plazos.]',
      'accept-return-and-refund': 'Lamentamos que el artículo haya dejado de funcionar. La reparación no está disponible para este pedido: devuélvalo desde Mis pedidos en Amazon y recibirá el reembolso completo en cuanto llegue.',
    },
  },
  it: {
    greeting: 'Buongiorno,',
    closing: 'Cordiali saluti,\n[Nome del suo negozio]',
    bodies: {
      'answer': 'grazie per la sua domanda. [La sua risposta]',
      'refund-now': 'grazie per il suo messaggio. Abbiamo ricevuto il suo reso e oggi le abbiamo rimborsato l’intero importo. A seconda della banca, l’accredito può richiedere alcuni giorni.',
      'already-refunded': 'grazie per il suo messaggio. Il rimborso per il suo reso è già stato emesso. A seconda della banca, l’accredito può richiedere alcuni giorni.',
      'promise-refund-on-receipt': 'grazie per aver restituito l’articolo. La rimborseremo non appena il reso arriverà al nostro magazzino.',
      'direct-to-amazon-cs': 'grazie per il suo messaggio. Per questo ordine resi, rimborsi, annullamenti e domande sulla consegna sono gestiti dal Servizio Clienti Amazon, che può aiutarla direttamente: lo contatti da I miei ordini su Amazon.',
      'reply-to-amazon-cs-and-customer': 'grazie per averci contattato riguardo a questo ordine. Abbiamo adottato le seguenti misure: [misure adottate]. [Prossimi passi e tempi.]',
      'accept-return-and-refund': 'ci dispiace che l’articolo abbia smesso di funzionare. La riparazione non è disponibile per questo ordine: lo restituisca da I miei ordini su Amazon e riceverà il rimborso completo al suo arrivo.',
    },
  },
  ja: {
    greeting: 'お問い合わせいただきありがとうございます。',
    closing: 'よろしくお願いいたします。\n[ショップ名]',
    bodies: {
      'answer': '[回答]',
      'refund-now': '返品商品を受領し、本日全額を返金いたしました。金融機関によっては反映まで数日かかる場合がございます。',
      'already-refunded': 'この返品の返金はすでに完了しております。金融機関によっては反映まで数日かかる場合がございます。',
      'promise-refund-on-receipt': '商品をご返送いただきありがとうございます。返品商品が当店の倉庫に到着し次第、返金いたします。',
      'direct-to-amazon-cs': 'このご注文の返品・返金・キャンセル・配送に関するお問い合わせは、Amazonカスタマーサービスが直接対応いたします。Amazonの注文履歴からカスタマーサービスへお問い合わせください。',
      'reply-to-amazon-cs-and-customer': '本件の解決のため、以下の対応を行いました：[対応内容]。[今後の流れと時期]',
      'accept-return-and-refund': '商品が動作しなくなり、申し訳ございません。このご注文では修理を承っておりません。Amazonの注文履歴から返品いただければ、到着後に全額を返金いたします。',
    },
  },
};

/** Whether a value is a language with reply templates. */
export function isReplyLanguage(value: unknown): value is ReplyLanguage {
  return typeof value === 'string' && (REPLY_LANGUAGES as readonly string[]).includes(value);
}

/** The full reply text (greeting, body, closing) of a kind in a language. */
export function replyText(kind: ReplyKind, language: ReplyLanguage): string {
  const pack = PACKS[language];
  return `${pack.greeting}\n\n${pack.bodies[kind]}\n\n${pack.closing}`;
}

/**
 * Anchors and words of SAFE-T claims (/safet-claims, hash-routed "#/claims?orderId=…"; /safet-claims/claim/<id>;
 * filing page /safet-claims/create-v2), with the fixtures they must match: tests/fixtures/pages/safet-*.html.
 * KNOWN (shared/domain/seller-central-pages.md "SAFE-T"): tabs "Awaiting Seller Response", "Under Investigation",
 * "Resolved"; each claim shows "Reply by <date> <time>", resolved ones "Appeal by <date> <time>". No public
 * selectors are known: every data-test-id below, the "Claim ID" / "Order ID" labels, the translated tab names and
 * the filing form's input are ASSUMED.
 */

export const LIST_SELECTORS = ['[data-test-id="safet-claims-list"]', '[data-test-id="safet-claims-empty"]'] as const;

export const ROW_SELECTORS = [
  '[data-test-id="safet-claim-row"]',
  '.safet-claim-card',
  'kat-table-row',
  'tbody > tr',
  '[role="row"]',
] as const;

/** The order-id input of the filing page (value read from the property: what the seller typed). */
export const FILING_INPUT_SELECTORS = [
  '[data-test-id="safet-order-id-input"]',
  'input[name="orderId"]',
  'kat-input[name="orderId"]',
  '#orderId',
] as const;

export const CLAIM_ID_LABELS = [/claim id|anspruchs-?id|antrags-?id|id de (la )?réclamation|id (del )?reclamo|id de (la )?reclamación|申請id|申請番号|クレームid/];
export const ORDER_ID_LABELS = [/order id|bestellnummer|n° de commande|numéro de commande|numero ordine|número de pedido|注文番号/];
export const REPLY_BY_LABELS = [/reply by|respond by|antworten bis|antwort bis|répondre avant le|répondre d'ici le|rispondere entro il|responder antes del|返信期限|回答期限/];
export const APPEAL_BY_LABELS = [/appeal by|einspruch bis|widerspruch bis|faire appel avant le|ricorso entro il|apelar antes del|異議申し立て期限/];
export const STATUS_LABELS = [/claim status|status|statut|stato|estado|ステータス/];

/** The fields read from a claim's text, by label. */
export const LABELS = {
  claimId: CLAIM_ID_LABELS, orderId: ORDER_ID_LABELS, replyBy: REPLY_BY_LABELS, appealBy: APPEAL_BY_LABELS,
  status: STATUS_LABELS,
} as const;

/** Words that end a value without being a field (buttons, other labels). */
export const STOPS: readonly RegExp[] = [
  /view claim|respond|appeal\b|anzeigen|voir|visualizza|ver |表示|返信する|reason|decision|note from buyer|grund|motif|motivo|理由/,
];

/** Tab and status words → claim status (en seen; de, fr, it, es, ja assumed). */
export const STATUS_WORDS: ReadonlyArray<[RegExp, 'awaiting-seller' | 'under-investigation' | 'resolved']> = [
  [/awaiting seller response|awaiting your response|antwort des verkäufers ausstehend|en attente de la réponse du vendeur|in attesa di risposta del venditore|pendiente de respuesta del vendedor|出品者の回答待ち/iu, 'awaiting-seller'],
  [/under investigation|in prüfung|wird untersucht|en cours d'examen|en cours d'enquête|in fase di indagine|en investigación|調査中/iu, 'under-investigation'],
  [/resolved|gelöst|abgeschlossen|résolu|risolto|resuelto|解決済み/iu, 'resolved'],
];

/** SAFE-T claim ids are long numbers (ASSUMED from seller reports); letter-first ids are accepted too (never order-id-shaped). */
export const CLAIM_ID = /(?<![\w-])(\d{6,20}|[A-Z][A-Z0-9-]{5,59})(?![\w-])/;

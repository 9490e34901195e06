/**
 * Anchors and words of the Buyer Messages page (/messaging/inbox-v3), in one place with the fixtures they must
 * match: tests/fixtures/pages/messages-{us,de,jp}.html (and the broken variants).
 * KNOWN (shared/domain/seller-central-pages.md, sfp-rules.md §1): rows render in kat-* web components with open
 * shadow roots, sometimes in an iframe; "?fi=responseNeeded" lists threads needing a response; Amazon CS forwards
 * open with "We've been contacted by a customer regarding the order identified below."
 * ASSUMED (no public selector known): every data-test-id below, the sender labels and the badge words. When a real
 * page shows otherwise, add its words here and its scrubbed snapshot as a fixture.
 */

/** Rows of the inbox list: the assumed test id first, then structural fallbacks (kat rows, ARIA rows). */
export const ROW_SELECTORS = [
  '[data-test-id="inbox-thread-row"]',
  'kat-table-row',
  'kat-list-item',
  '[role="row"]',
  '[role="listitem"]',
] as const;

/** The list container: present even when the inbox is empty. */
export const LIST_SELECTORS = ['[data-test-id="inbox-thread-list"]', '[data-test-id="inbox-empty"]'] as const;

export const THREAD_VIEW = '[data-test-id="thread-view"]';
export const THREAD_MESSAGE_SELECTORS = ['[data-test-id="thread-message"]', 'kat-card', '[role="article"]'] as const;

export const ROW_FIELDS = {
  sender: ['[data-test-id="thread-sender"]', '.sender'],
  orderId: ['[data-test-id="thread-order-id"]', '.order'],
  subject: ['[data-test-id="thread-subject"]', '.subject'],
  date: ['[data-test-id="thread-date"]', 'time', '.date'],
  badge: ['[data-test-id="thread-response-needed"]', 'kat-badge'],
} as const;

export const MESSAGE_FIELDS = {
  sender: ['[data-test-id="message-sender"]', '.sender'],
  date: ['[data-test-id="message-date"]', 'time', '.date'],
  subject: ['[data-test-id="message-subject"]', '.subject'],
  body: ['[data-test-id="message-body"]', '.body'],
} as const;

export const THREAD_ORDER_ID = ['[data-test-id="thread-header-order-id"]', '.thread-header'] as const;

/**
 * Explicit Amazon CS sender labels (en, de, fr, it, es, ja). "Amazon" alone also counts: Amazon writes as itself.
 * fr / it / es name the service first ("Service client Amazon", "Servizio clienti Amazon", "Atención al cliente de
 * Amazon"), so both orders are accepted.
 */
export const AMAZON_SENDER =
  /^(amazon(\.[a-z.]+)?( customer service| cs| kundenservice| service client(s|èle)?| servizio clienti| atención al cliente| servicio de atención al cliente| カスタマーサービス)?|amazonカスタマーサービス|amazon カスタマーサービス|(service client(s|èle)?|servizio clienti|(servicio de )?atención al cliente)( de| d'| d’)? ?amazon(\.[a-z.]+)?)$/iu;

/** The seller's own messages: sender label (en, de, fr, it, es, ja) or an outgoing-message marker. */
export const SELLER_SENDER = /^(you|me|seller|sie|vous|voi|tu|tú|usted|あなた|出品者)$/iu;
export const OUTGOING_CLASS = /(^|\s)(outgoing|sent|seller-message|from-seller)(\s|$)/;

/** "No response needed" first (it contains the positive words), then "Response needed". */
export const NO_RESPONSE_NEEDED =
  /\b(no response needed|response not needed|no reply needed|keine antwort erforderlich|aucune réponse (requise|nécessaire)|réponse non requise|nessuna risposta (necessaria|richiesta)|no se necesita respuesta|no se requiere respuesta|respuesta no (necesaria|requerida))\b|返信不要|返信済み/iu;
export const RESPONSE_NEEDED =
  /\b(response needed|reply needed|needs response|antwort erforderlich|réponse (requise|nécessaire)|risposta (necessaria|richiesta)|respuesta (necesaria|requerida))\b|要返信|返信が必要/iu;

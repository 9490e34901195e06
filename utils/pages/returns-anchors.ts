/**
 * Anchors and words of Manage Seller Fulfilled Returns (/returns/list), with the fixtures they must match:
 * tests/fixtures/pages/returns-{us,eu,jp}.html and the broken variants.
 * KNOWN (shared/domain/seller-central-pages.md, "Manage Returns"): "View more details" shows the badges
 * "Prior refund: Applied" and "Resolution: Refund at First Scan"; a button "Issue refund".
 * ASSUMED: the data-test-id names, the field labels (English wording modelled on the Manage Orders labels; de, fr,
 * it, es, ja translations), the status words, and that "Issue refund" is offered only while no refund was issued.
 */

export const ROW_SELECTORS = [
  '[data-test-id="return-request-row"]',
  '.return-request-card',
  'kat-table-row',
  'tbody > tr',
  '[role="row"]',
] as const;

export const LIST_SELECTORS = ['[data-test-id="returns-list"]', '[data-test-id="returns-empty"]'] as const;

/** Field labels, each a regex source matched case-insensitively in a row's text. */
export const LABELS = {
  orderId: [/order id|order number|bestellnummer|n° de commande|numéro de commande|numero ordine|numero d['’]ordine|id ordine|n\.º de pedido|número de pedido|注文番号/],
  requested: [/return request date|request date|requested on|datum der rücksendeanfrage|anfragedatum|date de la demande|data della richiesta|fecha de (la )?solicitud|返品リクエスト日/],
  delivered: [/return delivered|delivered on|return received|rücksendung zugestellt|zugestellt am|retour livré|livré le|reso consegnato|consegnato il|devolución entregada|entregado el|返品受領日|配達日/],
  refunded: [/refund issued|refunded on|erstattet am|remboursé le|rimborsato il|reembolsado el|返金日/],
  reason: [/return reason|rücksendegrund|motif du retour|motivo del reso|motivo de (la )?devolución|返品理由/],
  status: [/return status|status|rücksendestatus|statut du retour|stato del reso|estado de (la )?devolución|ステータス/],
} as const;

/** Words that end a value without being a field the reader keeps (other labels, buttons, badges). */
export const STOPS: readonly RegExp[] = [
  /customer comments?|buyer comments?|kundenkommentar|commentaire|commento|comentario|購入者のコメント/,
  /view more details|weitere details|plus de détails|altri dettagli|más detalles|詳細を表示/,
  /issue refund|erstattung veranlassen|rembourser|emetti rimborso|emitir (un )?reembolso|返金する/,
  // The auto-approval badge; the German wording is seen (sellercentral.amazon.it help 200708210, language=de_DE:
  // Kennzeichnung "Automatisch genehmigt"), the English ones are assumed.
  /automatisch genehmigt|auto-?authori[sz]ed|automatically (authori[sz]ed|approved)/,
  /prior refund|resolution|lösung|résolution|risoluzione|resolución|vorherige erstattung|remboursement antérieur|rimborso precedente|reembolso anterior|解決方法/,
];

/** Status words → ReturnState ("No word matched" → 'unknown', never a near guess). Longest phrases first. */
export const STATUS_WORDS: ReadonlyArray<[RegExp, 'requested' | 'approved' | 'in-transit' | 'delivered' | 'refunded' | 'closed']> = [
  // fr / it / es participles agree with the noun ("retour livré", "devolución entregada"): both genders.
  [/pending approval|authorization required|genehmigung ausstehend|en attente d['’]approbation|in attesa di approvazione|pendiente de aprobación|承認待ち/iu, 'requested'],
  [/in transit|unterwegs|en transit|in transito|en tránsito|返送中/iu, 'in-transit'],
  [/return delivered|delivered|received|zugestellt|erhalten|livré|reçu|consegnat[oa]|ricevut[oa]|entregad[ao]|recibid[ao]|受領済み|配達済み/iu, 'delivered'],
  [/refunded|erstattet|remboursé|rimborsat[oa]|reembolsad[ao]|返金済み/iu, 'refunded'],
  [/closed|completed|geschlossen|abgeschlossen|clôturé|terminé|chius[oa]|completat[oa]|cerrad[ao]|completad[ao]|完了|クローズ/iu, 'closed'],
  [/approved|authorized|genehmigt|approuvé|approvat[oa]|autorizzat[oa]|aprobad[ao]|autorizad[ao]|承認済み/iu, 'approved'],
];

export const PRIOR_REFUND_TEXT = /prior refund:?\s*applied|vorherige erstattung:?\s*angewendet|remboursement antérieur\s*:?\s*appliqué|rimborso precedente:?\s*applicato|reembolso anterior:?\s*aplicado|以前の返金:?\s*適用済み/iu;
export const FIRST_SCAN_TEXT = /refund at first scan|erstattung beim ersten scan|remboursement (dès|au) (le )?premier scan|rimborso alla prima scansione|reembolso en el primer escaneo|初回スキャン時(に|の)?返金/iu;
export const ISSUE_REFUND_BUTTON = /^(issue refund|erstattung veranlassen|rembourser|emetti rimborso|emitir (un )?reembolso|返金する)$/iu;
export const ISSUE_REFUND_WORDS = /issue refund|erstattung veranlassen|rembourser|emetti rimborso|emitir (un )?reembolso|返金する/iu;

/**
 * Refund and return sections of Order Details. No public selectors are known for them
 * (shared/domain/seller-central-pages.md: "Refund and return sections: no public selectors known"), so this is a
 * text heuristic over `.a-box` sections whose heading names them; every label, heading and value word here is
 * ASSUMED (modelled in tests/fixtures/pages/order-details-us-refunded.html) apart from "Refund at First Scan",
 * which the returns UI shows ("Resolution: Refund at First Scan"). Values that do not map are left out.
 */
import type * as v from 'valibot';
import { parseInstant, type DateParseOptions } from './dates';
import { deepQueryAll, textOf, valuesByLabels } from './dom';
import type { RefundInfoSchema, ReturnInfoSchema } from './observation';

type RefundInfo = v.InferOutput<typeof RefundInfoSchema>;
type ReturnInfo = v.InferOutput<typeof ReturnInfoSchema>;

const REFUND_HEADING = /^(refunds?|refund details|erstattung(en)?|rückerstattung(en)?|remboursements?|rimbors[oi]|reembolsos?|返金)$/i;
const RETURN_HEADING = /^(returns?|return details|rücksendung(en)?|retours?|resi|reso|devoluci(ó|o)n(es)?|返品)$/i;

const REFUND_LABELS = {
  at: ['Refund date', 'Refunded on', 'Erstattungsdatum', 'Date du remboursement', 'Data rimborso', 'Fecha del reembolso', '返金日'],
  issuer: ['Refund issued by', 'Refunded by', 'Issued by', 'Erstattet von', 'Remboursé par', 'Rimborsato da', 'Reembolsado por', '返金者'],
};
const RETURN_LABELS = {
  state: ['Return status', 'Status', 'Rücksendestatus', 'Statut du retour', 'Stato del reso', 'Estado de la devolución', '返品ステータス'],
  deliveredAt: ['Return delivered', 'Delivered on', 'Zugestellt am', 'Livré le', 'Consegnato il', 'Entregado el', '返品受領日'],
  reason: ['Return reason', 'Reason', 'Rücksendegrund', 'Motif du retour', 'Motivo del reso', 'Motivo de la devolución', '返品理由'],
  resolution: ['Resolution', 'Lösung', 'Résolution', 'Risoluzione', 'Resolución', '解決方法'],
};

const FIRST_SCAN = /refund at first scan|erstattung beim ersten scan|remboursement au premier scan|rimborso alla prima scansione|reembolso en el primer escaneo/i;

function issuerOf(text: string | undefined): RefundInfo['issuer'] {
  if (!text) return undefined;
  if (FIRST_SCAN.test(text)) return 'refund-at-first-scan';
  if (/amazon customer service|amazon cs\b|kundenservice|service client|servizio clienti|atención al cliente|カスタマーサービス/i.test(text)) return 'amazon-cs';
  if (/automat/i.test(text)) return 'amazon-automated';
  if (/^(seller|you|verkäufer|vendeur|venditore|vendedor|出品者)$/i.test(text.trim())) return 'seller';
  return undefined;
}

function returnStateOf(text: string | undefined): ReturnInfo['state'] {
  const t = (text ?? '').toLowerCase();
  if (/^(requested|pending ?approval|beantragt|demandé|richiesto|solicitad[ao])/.test(t)) return 'requested';
  if (/^(approved|authori[sz]ed|genehmigt|approuvé|autorizzato|aprobad[ao])/.test(t)) return 'approved';
  if (/^(in transit|unterwegs|en transit|in transito|en tránsito)/.test(t)) return 'in-transit';
  if (/^(delivered|received|zugestellt|livré|consegnato|entregad[ao])/.test(t)) return 'delivered';
  if (/^(refunded|erstattet|remboursé|rimborsato|reembolsad[ao])/.test(t)) return 'refunded';
  if (/^(closed|completed|geschlossen|clôturé|chiuso|cerrad[ao])/.test(t)) return 'closed';
  return 'unknown';
}

function sectionsByHeading(doc: Document, heading: RegExp): Element[] {
  return deepQueryAll(doc, '.a-box').filter((box) => {
    const h = box.querySelector('h1,h2,h3,h4,.a-size-medium,[role="heading"]');
    return !!h && heading.test(textOf(h));
  });
}

/** The refund section, when the page shows one; issuer and date only when they can be read. */
export function readRefund(doc: Document, dateOpts: DateParseOptions): RefundInfo | undefined {
  const box = sectionsByHeading(doc, REFUND_HEADING)[0];
  if (!box) return undefined;
  const v = valuesByLabels(box, REFUND_LABELS);
  const out: RefundInfo = {};
  const issuer = issuerOf(v.issuer) ?? (FIRST_SCAN.test(textOf(box)) ? 'refund-at-first-scan' : undefined);
  if (issuer) out.issuer = issuer;
  const at = v.at ? parseInstant(v.at, dateOpts) : null;
  if (at) out.at = at.toISOString();
  return out;
}

/** The return section, when the page shows one. The reason is Amazon's label (≤ 80 chars), never buyer comments. */
export function readReturn(doc: Document, dateOpts: DateParseOptions): ReturnInfo | undefined {
  const box = sectionsByHeading(doc, RETURN_HEADING)[0];
  if (!box) return undefined;
  const v = valuesByLabels(box, RETURN_LABELS);
  const out: ReturnInfo = { state: returnStateOf(v.state) };
  const delivered = v.deliveredAt ? parseInstant(v.deliveredAt, dateOpts) : null;
  if (delivered) out.deliveredAt = delivered.toISOString();
  if (v.resolution !== undefined || FIRST_SCAN.test(textOf(box))) out.refundedAtFirstScan = FIRST_SCAN.test(v.resolution ?? textOf(box));
  if (v.reason && v.reason.length <= 80) out.reason = v.reason;
  return out;
}

/**
 * Anchors and visible labels of the order pages, in one place (house-style.md: selectors live beside the fixtures
 * they must match: tests/fixtures/pages/order-*.html). data-test-id names and the English labels are from
 * shared/domain/seller-central-pages.md; the de/fr/it/es/ja labels are ASSUMED translations used only as a
 * text fallback when the anchors are gone. Seen in Amazon's localized help: it "Canale di vendita" / "Dettagli
 * dell'ordine" (sellercentral.amazon.it help 200141600), es "canal de venta" / "método de gestión logística"
 * (sellercentral.amazon.com.mx help 200143560), de "Bestelldetails" under "Bestellungen verwalten", "Versand durch
 * Amazon" (sellercentral.amazon.com help JM9HNSV9FXU9MP3 and U7K5N5GUP67M4X9, language=de_DE); the rest is modelled in
 * tests/fixtures/pages/*-{de,fr,it,es}*.html.
 */

/** data-test-id anchors of Order Details (seen in several independent scrapers). */
export const DETAILS_ANCHORS = {
  orderId: 'order-id-value',
  purchaseDate: 'order-summary-purchase-date-value',
  shipBy: 'order-summary-shipby-value',
  deliverBy: 'order-summary-deliverby-value',
  salesChannel: 'order-summary-sales-channel-value',
  fulfillment: 'order-summary-fulfillment-channel-value',
  itemStatus: 'item-status-label',
} as const;

/** Manage Orders table and cells. */
export const LIST_SELECTORS = {
  table: '#orders-table',
  rows: '#orders-table tbody > tr',
  orderCell: '[data-test-id="oth-order-details"]',
  orderIdLink: '.cell-body-title a',
  optionCell: '[data-test-id="oth-customer-option"]',
  statusCell: '[data-test-id="oth-order-status"]',
  mainStatus: '.main-status',
  cellTitle: '.cell-body-title',
} as const;

/** Visible label texts (matched case-insensitively at the start of an element's own text, ':' optional). */
export const LABELS = {
  orderId: ['Order ID', 'Bestellnummer', 'N° de commande', 'Numéro de commande', 'Numero ordine', "Numero dell'ordine", 'ID ordine',
    'N.º de pedido', 'Número de pedido', '注文番号'],
  purchaseDate: ['Purchase date', 'Order date', 'Bestelldatum', 'Kaufdatum', "Date d'achat", 'Date de commande', 'Data di acquisto', "Data dell'ordine",
    'Data ordine', 'Fecha de compra', 'Fecha del pedido', '注文日', '購入日'],
  shipBy: ['Ship by date', 'Ship by', 'Versand bis', 'Expédier avant le', 'Spedisci entro il', 'Spedisci entro', 'Spedire entro il', 'Spedire entro',
    'Enviar antes del', 'Enviar antes de', '出荷期限'],
  deliverBy: ['Deliver by date', 'Deliver by', 'Zustellung bis', 'Livrer avant le', 'Consegna entro il', 'Consegna entro', 'Entregar antes del', 'Entregar antes de', 'お届け期限', '配達期限'],
  salesChannel: ['Sales channel', 'Verkaufskanal', 'Canal de vente', 'Canale di vendita', 'Canal de venta', '販売チャネル'],
  fulfillment: ['Fulfillment channel', 'Fulfilment channel', 'Fulfillment method', 'Fulfilment method', 'Fulfillment', 'Fulfilment', 'Versand durch',
    "Mode d'expédition", 'Expédition', 'Metodo di gestione', 'Gestione', 'Spedizione', 'Método de gestión logística', 'Gestión logística', '出荷元'],
  trackingId: ['Tracking ID', 'Sendungsnummer', 'N° de suivi', 'Numéro de suivi', 'ID di tracciabilità', 'Numero di tracciamento', 'N.º de seguimiento',
    'Número de seguimiento', '追跡番号', '追跡ID'],
} as const;

/** A Prime badge's text / alt / aria-label (Amazon: "a Prime badge is shown beside the order ID"). */
export const PRIME_BADGE = /^(amazon\s+)?prime$|^プライム$/i;

const SELLER_WORDS = /^(seller|merchant|mfn|fulfilled by seller|fulfilled by merchant|verkäufer|vendeur|venditore|vendedor|出品者)$/;
// "Logistica di Amazon" / "Logística de Amazon" are Amazon's it / es names for FBA (sellercentral.amazon.it help 200141600,
// sellercentral.amazon.com.mx help 200143560).
const AMAZON_WORDS = /^(amazon|afn|fulfilled by amazon|fba|versand durch amazon|expédié par amazon|spedito da amazon|logistica di amazon|enviado por amazon|logística de amazon|gestionado por amazon|amazon出荷)$/;

/** Fulfillment channel text or JSON value → who fulfils ("Seller"/"MFN" vs "Amazon"/"AFN"); null for anything else. */
export function normaliseFulfillment(text: string | null | undefined): 'seller' | 'amazon' | null {
  const t = (text ?? '').trim().toLowerCase();
  if (SELLER_WORDS.test(t)) return 'seller';
  if (AMAZON_WORDS.test(t)) return 'amazon';
  return null;
}

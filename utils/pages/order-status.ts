/**
 * Order status words → the Observation's OrderStatus. English values are seen (JSON OrderStatus: Unshipped,
 * Shipped, Canceled, ReturningToSeller, ReturnedToSeller; UI "Unshipped" in .main-status —
 * shared/domain/seller-central-pages.md); the de/fr/it/es/ja UI words are assumed translations.
 * Unknown words map to 'unknown', never to a nearby guess.
 */
import type * as v from 'valibot';
import type { OrderStatusSchema } from './observation';

/** Normalised order status. */
export type OrderStatus = v.InferOutput<typeof OrderStatusSchema>;

const WORDS: Readonly<Record<Exclude<OrderStatus, 'unknown'>, readonly string[]>> = {
  pending: ['pending', 'pendingavailability', 'ausstehend', 'enattente', 'insospeso', 'pendiente', '保留中', '保留'],
  // Order words agree with "commande" (f.) / "ordine" (m.) / "pedido" (m.); list tabs show plurals ("Non spediti").
  unshipped: ['unshipped', 'partiallyshipped', 'unversandt', 'nichtversandt', 'nonexpédiée', 'nonexpédiées', 'nonexpediée', 'nonexpédié',
    'nonspedito', 'nonspediti', 'sinenviar', 'noenviado', 'noenviados', '未出荷'],
  shipped: ['shipped', 'versandt', 'expédiée', 'expédiées', 'expédié', 'spedito', 'spediti', 'enviado', 'enviados', '出荷済み', '出荷済'],
  delivered: ['delivered', 'zugestellt', 'livrée', 'consegnato', 'entregado', '配達済み'],
  canceled: ['canceled', 'cancelled', 'storniert', 'annulée', 'annulées', 'annullato', 'annullati', 'cancelado', 'cancelados', 'キャンセル済み', 'キャンセル'],
  returning: ['returningtoseller', 'returning'],
  returned: ['returnedtoseller', 'returned'],
};

const LOOKUP = new Map<string, OrderStatus>(
  (Object.entries(WORDS) as [OrderStatus, readonly string[]][]).flatMap(([s, ws]) => ws.map((w) => [w, s] as const)),
);

const MEMO = new Map<string, OrderStatus>();

/** Status text or JSON value → OrderStatus ('unknown' when not one of the known words). */
export function normaliseOrderStatus(text: string | null | undefined): OrderStatus {
  if (!text) return 'unknown';
  // Lists repeat a handful of status words: remember them (NFKC normalisation is costly per row).
  const seen = MEMO.get(text);
  if (seen) return seen;
  const key = text.normalize('NFKC').toLowerCase().replace(/[\s_\-:.]+/g, '');
  const status = LOOKUP.get(key) ?? 'unknown';
  if (MEMO.size < 512) MEMO.set(text, status);
  return status;
}

/**
 * Several item statuses → one order status: all the same → that; some shipped and some not → 'unshipped' (work is
 * still due, as Amazon's PartiallyShipped); any other mix → 'unknown' (do not pick one).
 */
export function combineStatuses(statuses: readonly OrderStatus[]): OrderStatus {
  const known = [...new Set(statuses)];
  if (known.length === 1) return known[0]!;
  if (known.length === 2 && known.includes('unshipped') && known.includes('shipped')) return 'unshipped';
  return 'unknown';
}

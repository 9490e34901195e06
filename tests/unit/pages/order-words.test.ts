import { describe, expect, it } from 'vitest';
import { normaliseFulfillment, PRIME_BADGE } from '@/utils/pages/order-labels';
import { combineStatuses, normaliseOrderStatus } from '@/utils/pages/order-status';

describe('normaliseOrderStatus', () => {
  it.each([
    ['Unshipped', 'unshipped'], ['PartiallyShipped', 'unshipped'], ['Shipped', 'shipped'], ['Canceled', 'canceled'],
    ['Cancelled', 'canceled'], ['ReturningToSeller', 'returning'], ['Returned to seller', 'returned'], ['Pending', 'pending'],
    ['Delivered', 'delivered'], ['  shipped ', 'shipped'], ['未出荷', 'unshipped'], ['出荷済み', 'shipped'], ['Storniert', 'canceled'],
    ['Expédiée', 'shipped'], ['Non expédiée', 'unshipped'], ['Non spedito', 'unshipped'], ['Non spediti', 'unshipped'], ['No enviado', 'unshipped'],
    ['Spediti', 'shipped'], ['Enviado', 'shipped'], ['Annullato', 'canceled'], ['Wibble', 'unknown'], ['', 'unknown'], [null, 'unknown'], ['Ship', 'unknown'],
  ] as const)('%s → %s', (text, status) => {
    expect(normaliseOrderStatus(text)).toBe(status);
    expect(normaliseOrderStatus(text)).toBe(status); // memoised answer is the same
  });

  it('combines item statuses without picking one of a mix', () => {
    expect(combineStatuses(['shipped', 'shipped'])).toBe('shipped');
    expect(combineStatuses(['shipped', 'unshipped'])).toBe('unshipped');
    expect(combineStatuses(['shipped', 'canceled'])).toBe('unknown');
    expect(combineStatuses([])).toBe('unknown');
  });
});

describe('normaliseFulfillment and the Prime badge words', () => {
  it.each([
    ['Seller', 'seller'], ['MFN', 'seller'], ['Merchant', 'seller'], ['出品者', 'seller'], ['Amazon', 'amazon'], ['AFN', 'amazon'],
    ['Vendeur', 'seller'], ['Venditore', 'seller'], ['Vendedor', 'seller'], ['Expédié par Amazon', 'amazon'], ['Logistica di Amazon', 'amazon'],
    ['Logística de Amazon', 'amazon'], ['Amazon.example', null], ['', null], [null, null], ['%%FULFIL%%', null],
  ] as const)('%s → %s', (text, who) => expect(normaliseFulfillment(text)).toBe(who));

  it('matches only a badge word, not shipping services that mention Prime', () => {
    expect(['Prime', 'prime', 'Amazon Prime', 'プライム'].every((w) => PRIME_BADGE.test(w))).toBe(true);
    expect(['Prime Premium (One-Day)', 'Primer', 'Not Prime', ''].some((w) => PRIME_BADGE.test(w))).toBe(false);
  });
});

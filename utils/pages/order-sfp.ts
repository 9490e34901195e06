/**
 * "Is this order SFP?" from the order's own same-origin JSON (`GET /orders-api/order/<id>`, ./api.ts), for pages
 * that do not say it themselves (Buyer Messages, issue 16 item 4). Fetch policy:
 *  - only while the seller's "read the page's JSON" setting is on (`fetchJson()` returns null when it is off;
 *    asked at each lookup, so a setting changed meanwhile applies to the next order);
 *  - GET only, credentials same-origin, the page's own fetch (./api.ts createPageFetch);
 *  - at most once per order per lookup: one lookup lives as long as the document (a page view), so SPA route
 *    changes within it never ask again, a new page load does. Requests in flight and answers (failures too) are
 *    shared; nothing is stored anywhere else;
 *  - never a guess: signed out (401, 403 sign_in, a 200 HTML page), other HTTP errors, network errors, an invalid
 *    shape or another order's JSON → 'unknown'. Never throws, never rejects.
 * Whether the queue already knows the order is the caller's decision (it asks only when the queue does not).
 */
import { requestOrderJson, sfpFromOrderJson } from './api';
import { OrderIdSchema } from './observation';
import type { FetchJson } from './read-context';
import * as v from 'valibot';

/** What the order's JSON says about SFP. `by` names the field that decided it (e.g. 'json:programs'). */
export type OrderSfpAnswer =
  | { status: 'known'; sfp: boolean; by: string }
  | { status: 'unknown'; reason: 'off' | 'bad-order-id' | 'no-flag' | 'signed-out' | 'http' | 'invalid' | 'network' | 'aborted' };

/** The order's SFP fact from its JSON; one request per order for the lookup's lifetime. */
export type OrderSfpLookup = (orderId: string) => Promise<OrderSfpAnswer>;

/** A lookup for one page view. `fetchJson()`: the page's fetch, or null while JSON reading is off. */
export function createOrderSfpLookup(fetchJson: () => FetchJson | null | undefined): OrderSfpLookup {
  const asked = new Map<string, Promise<OrderSfpAnswer>>();
  return (orderId) => {
    const known = asked.get(orderId);
    if (known) return known;
    if (!v.is(OrderIdSchema, orderId)) return Promise.resolve({ status: 'unknown', reason: 'bad-order-id' });
    let f: FetchJson | null | undefined;
    try {
      f = fetchJson();
    } catch {
      f = null;
    }
    // Off: nothing asked, nothing kept (switched on later, the order may be asked once then).
    if (!f) return Promise.resolve({ status: 'unknown', reason: 'off' });
    const answer = ask(f, orderId);
    asked.set(orderId, answer);
    return answer;
  };
}

async function ask(fetchJson: FetchJson, orderId: string): Promise<OrderSfpAnswer> {
  try {
    const r = await requestOrderJson(fetchJson, orderId);
    if (r.status === 'signed-out') return { status: 'unknown', reason: 'signed-out' };
    if (r.status !== 'ok') return { status: 'unknown', reason: r.reason };
    const found = sfpFromOrderJson(r.data);
    return found ? { status: 'known', sfp: found.sfp, by: found.by } : { status: 'unknown', reason: 'no-flag' };
  } catch {
    return { status: 'unknown', reason: 'network' };
  }
}

/**
 * sendToBackground: the one way pages, popup and options talk to the background. Kept apart from
 * ./messages.ts (which builds the protocol's valibot schemas, used by the background to validate) so a
 * Seller Central tab does not construct a schema it never uses: that module's initialisation was part
 * of every overlay bundle's script time.
 */
import { browser } from 'wxt/browser';
import type { BackgroundMessage, ResponseFor } from './messages';

/**
 * Sends a message to the background and returns its typed reply. Never throws: a closed or
 * restarting background (MV3 worker startup, extension reload) becomes `{ ok: false, error }`.
 */
export async function sendToBackground<M extends BackgroundMessage>(msg: M): Promise<ResponseFor<M>> {
  try {
    const reply = (await browser.runtime.sendMessage(msg)) as ResponseFor<M> | undefined;
    return reply ?? ({ ok: false, error: 'no reply', code: 'noReply' } as ResponseFor<M>);
  } catch (error) {
    return { ok: false, error: String(error), code: 'noBackground' } as ResponseFor<M>;
  }
}

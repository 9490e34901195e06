/**
 * Reader of the Buyer Messages page (/messaging/inbox-v3, legacy /messaging/inbox): inbox rows (order id, sender,
 * received time, needs response, thread id) and the thread that is already open (sender, time, intent of each
 * message). Source: shared/domain/seller-central-pages.md "Buyer Messages"; anchors in messages-anchors.ts.
 *
 * Never clicks, opens or marks anything: opening a thread marks it read, so only what is on screen is read.
 * Message text is handed to the decide step's classifier in memory and dropped; only intent, confidence and language
 * are kept. The reader does not import the policy layer (detect → read → decide in one direction): the caller lends
 * it the classifier and the Amazon CS forward test (utils/policy MESSAGE_DECISIONS). Amazon CS is recognised by an
 * explicit sender label (AMAZON_SENDER, assumed) or by the forward's fixed opening sentence (sfp-rules.md §1). A row whose sender label is neither Amazon nor the
 * seller is a buyer: buyer-seller messaging carries only these three (assumption, stated in the fixtures).
 */
import * as v from 'valibot';
import { deepQuery, deepQueryFirst, frameDocument } from './dom';
import {
  dateIn, deepText, fieldText, firstMatching, looksSignedOut, orderIdIn, pageContext, safeId, testIdIndex, urlParams,
  type PageContext, type TestIdIndex,
} from './list-rows';
import {
  AMAZON_SENDER, LIST_SELECTORS, MESSAGE_FIELDS, NO_RESPONSE_NEEDED, OUTGOING_CLASS, RESPONSE_NEEDED, ROW_FIELDS,
  ROW_SELECTORS, SELLER_SENDER, THREAD_MESSAGE_SELECTORS, THREAD_ORDER_ID, THREAD_VIEW,
} from './messages-anchors';
import { MessagesObservationSchema, type MessagesObservation, type ReadResult, type Source } from './observation';
import { DEFAULT_WAIT_MS, type ReadContext } from './read-context';
import { waitForAnchors } from './wait';

type InboxRow = MessagesObservation['rows'][number];
type Thread = NonNullable<MessagesObservation['thread']>;
type ThreadMessage = Thread['messages'][number];
type Sender = ThreadMessage['sender'];

/** The classifier the reader hands message text to (utils/policy classifyContact). */
export type ContactClassifier = (input: { sender: 'buyer' | 'amazon-cs'; subject?: string; body: string }) =>
  { intent: NonNullable<ThreadMessage['intent']>; confidence: number; language?: string; runnerUp?: ThreadMessage['intentRunnerUp'] };

/** What the decide step lends the reader: the classifier and the test for Amazon CS's forward sentence. */
export interface ReadMessagesOptions {
  classify: ContactClassifier;
  isAmazonCsForward: (text: string) => boolean;
}

const LANGUAGES = new Set(['en', 'de', 'fr', 'es', 'it', 'ja']);

/** Sender from an explicit label, the forward sentence, or an outgoing marker; null when nothing says. */
function senderOf(label: string, text: string, el: Element | null, isAmazonCsForward: (text: string) => boolean): Sender | null {
  if (label && AMAZON_SENDER.test(label)) return 'amazon-cs';
  if (isAmazonCsForward(text)) return 'amazon-cs';
  if ((label && SELLER_SENDER.test(label)) || (el && OUTGOING_CLASS.test(el.getAttribute('class') ?? ''))) return 'seller';
  return label ? 'buyer' : null;
}

function needsResponseOf(row: Element, index: TestIdIndex | undefined, rowText: string, filterNeedsResponse: boolean): boolean | null {
  const badge = fieldText(row, ROW_FIELDS.badge, index);
  for (const text of badge ? [badge, rowText] : [rowText]) {
    if (NO_RESPONSE_NEEDED.test(text)) return false;
    if (RESPONSE_NEEDED.test(text)) return true;
  }
  // The "?fi=responseNeeded" filter lists only threads that need a response (seller-central-pages.md).
  return filterNeedsResponse ? true : null;
}

function readRow(row: Element, page: PageContext, filterNeedsResponse: boolean, decide: ReadMessagesOptions): InboxRow | null {
  const rowText = deepText(row);
  // Rows with the assumed anchors are indexed in one walk; structural fallback rows are queried field by field.
  const index = row.getAttribute('data-test-id') ? testIdIndex(row) : undefined;
  const orderId = orderIdIn(fieldText(row, ROW_FIELDS.orderId, index)) ?? orderIdIn(rowText);
  const label = fieldText(row, ROW_FIELDS.sender, index);
  const subject = fieldText(row, ROW_FIELDS.subject, index);
  const date = dateIn(fieldText(row, ROW_FIELDS.date, index), page);
  const threadId = safeId(row.getAttribute('data-thread-id'), 120);
  // A structural row (fallback selectors) must show an order id or a date to count: header rows show neither.
  if (!orderId && !date && !threadId && !label) return null;
  const out: InboxRow = {
    sender: senderOf(label, subject, null, decide.isAmazonCsForward),
    // A date without a time stands for the whole day: its start is the earliest the message can have come in.
    needsResponse: needsResponseOf(row, index, rowText, filterNeedsResponse),
  };
  if (orderId) out.orderId = orderId;
  if (date) out.receivedAt = date.from.toISOString();
  if (threadId) out.threadId = threadId;
  return out;
}

function readMessage(el: Element, page: PageContext, decide: ReadMessagesOptions): ThreadMessage | null {
  const label = fieldText(el, MESSAGE_FIELDS.sender);
  const body = fieldText(el, MESSAGE_FIELDS.body);
  const subject = fieldText(el, MESSAGE_FIELDS.subject);
  const sender = senderOf(label, body, el, decide.isAmazonCsForward);
  if (!sender) return null;
  const msg: ThreadMessage = { sender };
  const date = dateIn(fieldText(el, MESSAGE_FIELDS.date), page);
  if (date) msg.sentAt = date.from.toISOString();
  if (sender !== 'seller' && body) {
    try {
      const c = decide.classify({ sender, subject: subject || undefined, body });
      msg.intent = c.intent;
      if (Number.isFinite(c.confidence)) msg.intentConfidence = Math.min(1, Math.max(0, c.confidence));
      if (c.language && LANGUAGES.has(c.language)) msg.language = c.language as ThreadMessage['language'];
      if (c.runnerUp && c.runnerUp !== c.intent) msg.intentRunnerUp = c.runnerUp;
    } catch { /* a failing classifier leaves the intent unknown */ }
  }
  return msg;
}

function readThread(view: Element, page: PageContext, decide: ReadMessagesOptions): Thread {
  const messages: ThreadMessage[] = [];
  const found = firstMatching(view, THREAD_MESSAGE_SELECTORS);
  for (const el of found?.els ?? []) {
    const m = readMessage(el, page, decide);
    if (m) messages.push(m);
  }
  const thread: Thread = { messages, answered: messages.at(-1)?.sender === 'seller' };
  const orderId = orderIdIn(fieldText(view, THREAD_ORDER_ID));
  if (orderId) thread.orderId = orderId;
  const threadId = safeId(view.getAttribute('data-thread-id'), 120);
  if (threadId) thread.threadId = threadId;
  return thread;
}

function findList(doc: Document): Element | null {
  return deepQueryFirst(doc, LIST_SELECTORS);
}

/**
 * The open thread: in the page, else in one of its same-origin frames (where the inbox usually shows it),
 * else anywhere deep. The frames are looked into before the deep walk, which would touch every element of
 * the page to find shadow roots (bench:where, Buyer Messages: ≈ 1.1 ms a load on that walk alone).
 */
function findThreadView(doc: Document): Element | null {
  const direct = doc.querySelector(THREAD_VIEW);
  if (direct) return direct;
  for (const frame of doc.querySelectorAll('iframe, frame')) {
    const inFrame = frameDocument(frame)?.querySelector(THREAD_VIEW);
    if (inFrame) return inFrame;
  }
  return deepQuery(doc, THREAD_VIEW);
}

/**
 * Reads the Buyer Messages page. Waits (shared observer, bounded by ctx.waitMs) for the inbox list, a row or the
 * open thread; answers 'unrecognised' with the missing anchors when none appears. Never throws.
 */
export async function readMessages(
  doc: Document, ctx: ReadContext, decide: ReadMessagesOptions,
): Promise<ReadResult<MessagesObservation>> {
  try {
    if (looksSignedOut(doc)) return { status: 'signed-out' };
    const waited = await waitForAnchors(doc, [{
      name: 'inbox-thread-list|inbox-thread-row|thread-view',
      test: (d) => findList(d) ?? deepQuery(d, ROW_SELECTORS[0]) ?? findThreadView(d),
    }], { timeoutMs: ctx.waitMs ?? DEFAULT_WAIT_MS, signal: ctx.signal, deep: true });
    if (ctx.signal?.aborted) return { status: 'unrecognised', missing: ['aborted'] };

    const page = pageContext(doc, ctx);
    const filterNeedsResponse = urlParams(ctx.url).get('fi') === 'responseNeeded';
    const list = findList(doc);
    const rowsFound = firstMatching(list ?? doc, list ? ROW_SELECTORS : ROW_SELECTORS.slice(0, 1));
    const rows: InboxRow[] = [];
    for (const el of rowsFound?.els ?? []) {
      const r = readRow(el, page, filterNeedsResponse, decide);
      if (r) rows.push(r);
    }
    const view = findThreadView(doc);
    const thread = view ? readThread(view, page, decide) : undefined;
    // Rows on screen but none readable: the layout changed under us; say so rather than "no messages".
    if (rowsFound?.els.length && !rows.length && !thread) return { status: 'unrecognised', missing: ['readable-inbox-row'] };
    if (!list && !rows.length && !thread) {
      return { status: 'unrecognised', missing: waited.missing.length ? ['inbox-thread-list', 'inbox-thread-row', 'thread-view'] : ['inbox-thread-row'] };
    }
    const source: Source = rowsFound && rowsFound.selector !== ROW_SELECTORS[0] ? 'text' : 'dom';
    const observation: MessagesObservation = {
      kind: 'messages', marketplace: page.marketplace, observedAt: ctx.now.toISOString(), source, rows,
    };
    if (thread) observation.thread = thread;
    const checked = v.safeParse(MessagesObservationSchema, observation);
    return checked.success
      ? { status: 'ok', observation: checked.output as MessagesObservation }
      : { status: 'unrecognised', missing: ['valid-observation'] };
  } catch {
    return { status: 'unrecognised', missing: ['reader-error'] };
  }
}

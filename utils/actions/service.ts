/**
 * The background's queue service: validates messages, applies them through the serialised store,
 * keeps the badge, the 'sfp:next' alarm and reminders in step with every committed change.
 * entrypoints/background.ts only wires browser events to it.
 */
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { MARKETPLACES, isSellerCentralHost, type MarketplaceCode } from '../marketplaces';
import { repairSettings, settingsItem, type Settings } from '../storage';
import { badgeFor } from './badge';
import { BackgroundMessageSchema, type FailureCode, type ResponseMap } from './messages';
import type { QueueState } from './model';
import { envFor } from './policy-env';
import { markId, undoIdFor } from './reducer';
import {
  actionIdOfNotification, dueReminders, nextWake, notificationId, reminderText,
} from './reminders';
import { createQueueStore, type QueueStore } from './store';
import { actionUrl } from './view';

export const ALARM_NEXT = 'sfp:next';
export const ALARM_PRUNE = 'sfp:prune';

/** Minimal sender shape (runtime.MessageSender). */
export interface Sender { url?: string; tab?: { id?: number; url?: string }; id?: string }

/** The toolbar action API: `action` in MV3, `browserAction` in Firefox MV2. */
function toolbar(): typeof browser.action | undefined {
  const b = browser as unknown as { action?: typeof browser.action; browserAction?: typeof browser.action };
  return b.action ?? b.browserAction;
}

async function readSettings(): Promise<Settings> {
  return repairSettings(await settingsItem.getValue()).value;
}

async function notificationsAllowed(): Promise<boolean> {
  try {
    return !!browser.notifications && (await browser.permissions.contains({ permissions: ['notifications'] }));
  } catch {
    return false;
  }
}

/** Pushes the badge for a state (text, colour, tooltip). */
export async function applyBadge(state: QueueState, now: Date): Promise<void> {
  const api = toolbar();
  if (!api) return;
  const b = badgeFor(Object.values(state.actions), now);
  await Promise.all([
    api.setBadgeText({ text: b.text }),
    api.setBadgeBackgroundColor({ color: b.color }),
    api.setTitle({ title: b.title }),
  ]);
}

function hostOf(sender: Sender): string | undefined {
  const url = sender.tab?.url ?? sender.url;
  if (!url) return undefined;
  try {
    const host = new URL(url).hostname;
    return isSellerCentralHost(host) ? host : undefined;
  } catch {
    return undefined;
  }
}

function fromExtensionPage(sender: Sender): boolean {
  if (!sender.url) return true; // in-process callers and tests
  try {
    return sender.url.startsWith(browser.runtime.getURL('/'));
  } catch {
    return false;
  }
}

/** The running service. */
export interface QueueService {
  store: QueueStore;
  handleMessage(message: unknown, sender: Sender): Promise<unknown> | undefined;
  onAlarm(name: string): Promise<void>;
  onNotificationClicked(id: string): Promise<void>;
  /** Worker start-up: re-create alarms, prune, refresh badge and reminders from storage. */
  start(): Promise<void>;
  /** Settings changed (calendars): recompute the open actions' deadlines. */
  recompute(): Promise<void>;
}

export function createQueueService(opts: { now?: () => Date } = {}): QueueService {
  const now = opts.now ?? (() => new Date());
  async function afterCommit(state: QueueState, _before: QueueState, at: Date): Promise<void> {
    const settings = await readSettings();
    await applyBadge(state, at);
    const notify = await notificationsAllowed();
    if (notify) {
      for (const r of dueReminders(state, at, settings.notifyLeadMinutes)) {
        const zone = settings.calendars[r.action.marketplace]?.timeZone ?? MARKETPLACES[r.action.marketplace].timeZone;
        const { title, message } = reminderText(r, zone);
        await browser.notifications.create(notificationId(r), {
          type: 'basic', iconUrl: browser.runtime.getURL('/icon/128.png'), title, message,
        });
        // Not awaited: we are inside the store's commit; the bits are written in the next batch.
        void store.apply({ type: 'notified', id: r.action.id, bits: r.bits }).catch(() => undefined);
      }
    }
    const wake = nextWake(state, at, settings.notifyLeadMinutes, notify);
    if (wake === null) await browser.alarms.clear(ALARM_NEXT);
    else await browser.alarms.create(ALARM_NEXT, { when: wake });
  }

  const store: QueueStore = createQueueStore({ now, env: async () => envFor(await readSettings()), onCommit: afterCommit });

  async function handle<K extends keyof ResponseMap>(message: unknown, sender: Sender): Promise<ResponseMap[K]> {
    const parsed = v.safeParse(BackgroundMessageSchema, message);
    if (!parsed.success) return { ok: false, error: 'invalid message', code: 'invalidMessage' } as ResponseMap[K];
    const msg = parsed.output;
    const host = hostOf(sender);
    const fail = (error: string, code: FailureCode) => ({ ok: false, error, code }) as ResponseMap[K];
    switch (msg.type) {
      case 'sfp:observe':
        await store.apply({ type: 'observe', observation: msg.observation, ...(host ? { host } : {}) });
        return { ok: true } as ResponseMap[K];
      case 'sfp:mark': {
        const marketplace: MarketplaceCode | null = msg.mark.marketplace ?? (await readSettings()).defaultMarketplace;
        if (!marketplace) return fail('marketplace unknown: choose a default marketplace in the options', 'noMarketplace');
        const mark = { ...msg.mark, marketplace };
        await store.apply({ type: 'mark', mark, ...(host ? { host } : {}) });
        return { ok: true, markId: markId(mark) } as ResponseMap[K];
      }
      case 'sfp:unmark':
        await store.apply({ type: 'unmark', markId: msg.markId });
        return { ok: true } as ResponseMap[K];
      case 'sfp:order-state':
      case 'sfp:order-states': {
        const wanted = new Set<string | null>(msg.type === 'sfp:order-state' ? [msg.orderId] : msg.orderIds);
        const state = await store.read();
        return {
          actions: Object.values(state.actions).filter((a) => wanted.has(a.orderId)),
          marks: Object.values(state.marks).filter((m) => wanted.has(m.orderId)),
          // What the queue remembers of these orders (SFP or not, from an earlier page): PII-free.
          orders: Object.fromEntries(Object.entries(state.orders).filter(([id]) => wanted.has(id))),
        } as ResponseMap[K];
      }
      case 'sfp:command': {
        if (!fromExtensionPage(sender) && !host) return fail('not allowed', 'notAllowed');
        const { state, now: at } = await store.apply({ type: 'command', command: msg.command });
        const wanted = msg.command.type === 'undo' ? null : undoIdFor(msg.command.id, at);
        const undoId = wanted && state.undo.some((u) => u.undoId === wanted) ? wanted : undefined;
        return { ok: true, ...(undoId ? { undoId } : {}) } as ResponseMap[K];
      }
      case 'sfp:import': {
        if (!fromExtensionPage(sender)) return fail('not allowed', 'notAllowed');
        const { before } = await store.apply({ type: 'import', actions: msg.actions });
        let added = 0, updated = 0;
        for (const a of msg.actions) {
          const old = before.actions[a.id];
          if (!old) added++;
          else if (JSON.stringify(old) !== JSON.stringify(a)) updated++;
        }
        return { ok: true, added, updated } as ResponseMap[K];
      }
      case 'sfp:clear-all':
        if (!fromExtensionPage(sender)) return fail('not allowed', 'notAllowed');
        await store.apply({ type: 'clear' });
        return { ok: true } as ResponseMap[K];
    }
  }

  return {
    store,
    handleMessage(message, sender) {
      const type = (message as { type?: unknown } | null)?.type;
      if (typeof type !== 'string' || !type.startsWith('sfp:') || type === 'sfp:inject-overlay') return undefined;
      return handle(message, sender).catch((error: unknown) => ({ ok: false, error: String(error), code: 'internal' as const }));
    },
    async onAlarm(name) {
      if (name === ALARM_PRUNE) await store.apply({ type: 'prune' });
      else if (name === ALARM_NEXT) {
        // Nothing to write: the commit hook refreshes the badge, sends due reminders and re-arms.
        const state = await store.read();
        await afterCommit(state, state, now());
      }
    },
    async onNotificationClicked(id) {
      const state = await store.read();
      const action = state.actions[actionIdOfNotification(id)];
      if (action) await browser.tabs.create({ url: actionUrl(action) });
      await browser.notifications.clear(id);
    },
    async recompute() {
      await store.apply({ type: 'recompute' });
    },
    async start() {
      if (!(await browser.alarms.get(ALARM_PRUNE))) await browser.alarms.create(ALARM_PRUNE, { periodInMinutes: 24 * 60 });
      // Prune also commits: badge, reminders and the next alarm are rebuilt from storage.
      await store.apply({ type: 'prune' });
    },
  };
}

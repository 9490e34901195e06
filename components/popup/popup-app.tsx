/**
 * The popup container: binds the zustand store to storage, ticks the clock every 30 s while open, and
 * turns row actions into background messages (the background is the only writer of the queue) and
 * browser calls (tabs.create needs no `tabs` permission from the popup).
 */
import '@/utils/i18n/english-extension';
import { useEffect, useMemo } from 'react';
import { useStore } from 'zustand';
import { browser } from 'wxt/browser';
import { sendToBackground } from '@/utils/actions/send';
import { failureText } from '@/utils/actions/failure-text';
import { queueAdapter, settingsAdapter, type StorageAdapter } from '@/utils/actions/storage-adapter';
import type { QueueState } from '@/utils/actions/model';
import { actionUrl, kindLabel } from '@/utils/actions/view';
import type { Settings } from '@/utils/storage';
import { createPopupStore } from './popup-store';
import { PopupView } from './popup-view';
import type { RowHandlers } from './action-row';
import { t } from '@/utils/i18n/active';

const VERB = { done: 'popup.notice.done', dismiss: 'popup.notice.dismiss', snooze: 'popup.notice.snooze', unsnooze: 'popup.notice.unsnooze' } as const;

// Module constants: new defaults on every render would rebuild the store in a loop.
const DEFAULT_ADAPTERS = { queue: queueAdapter, settings: settingsAdapter };
const systemNow = () => new Date();

export function PopupApp({
  adapters = DEFAULT_ADAPTERS, now = systemNow,
}: { adapters?: { queue: StorageAdapter<QueueState>; settings: StorageAdapter<Settings> }; now?: () => Date }) {
  const { store, bind } = useMemo(() => createPopupStore(adapters, now), [adapters, now]);
  useEffect(() => bind(), [bind]);
  useEffect(() => {
    const timer = setInterval(() => store.getState().tick(now()), 30_000);
    return () => clearInterval(timer);
  }, [store, now]);
  const s = useStore(store);

  const handlers = useMemo<RowHandlers>(() => ({
    open: (a) => void browser.tabs.create({ url: actionUrl(a) }),
    copy: (text, what) => {
      navigator.clipboard.writeText(text).then(
        () => store.getState().setNotice({ text: t(what === 'reply' ? 'popup.notice.reply' : 'popup.notice.orderId') }),
        () => store.getState().setNotice({ text: t(what === 'reply' ? 'popup.notice.replyFailed' : 'popup.notice.orderIdFailed'), error: true }),
      );
    },
    command: (command) => {
      const a = store.getState().queue.actions[command.id];
      void sendToBackground({ type: 'sfp:command', command }).then((r) => {
        const label = a ? t('popup.notice.label', { what: kindLabel(a.kind), ref: a.orderId ?? a.ref ?? '' }) : '';
        store.getState().setNotice('ok' in r && r.ok
          ? { text: t(VERB[command.type], { label }), ...(r.undoId ? { undoId: r.undoId } : {}) }
          : { text: t('popup.notice.failed', { error: failureText(r) }), error: true });
      });
    },
  }), [store]);

  return (
    <PopupView
      {...s}
      onFilter={s.setFilter}
      onOptions={() => void browser.runtime.openOptionsPage()}
      onUndo={(undoId) => void sendToBackground({ type: 'sfp:command', command: { type: 'undo', undoId } }).then((r) =>
        store.getState().setNotice('ok' in r && r.ok ? { text: t('popup.notice.undone') } : { text: t('popup.notice.undoFailed'), error: true }))}
      handlers={handlers}
    />
  );
}

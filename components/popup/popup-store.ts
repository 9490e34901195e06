/**
 * The popup's zustand store, bound to extension storage through get/set/watch adapters. The queue is
 * read-only here: seller commands go to the background (the single writer) as messages.
 */
import { createStore } from 'zustand/vanilla';
import type { MarketplaceCode } from '@/utils/marketplaces';
import { emptyQueue, type QueueState } from '@/utils/actions/model';
import type { StorageAdapter } from '@/utils/actions/storage-adapter';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/storage';

/** A short message after a command, with its undo id when it can be undone. */
export interface Notice { text: string; undoId?: string; error?: boolean }

/** The popup's state. */
export interface PopupState {
  queue: QueueState;
  settings: Settings;
  loaded: boolean;
  now: Date;
  filter: MarketplaceCode | 'all';
  notice: Notice | null;
  setFilter(filter: MarketplaceCode | 'all'): void;
  setNotice(notice: Notice | null): void;
  tick(now: Date): void;
}

/** Creates the store and binds it; call the returned `unbind` on unmount. */
export function createPopupStore(
  adapters: { queue: StorageAdapter<QueueState>; settings: StorageAdapter<Settings> }, now: () => Date,
) {
  const store = createStore<PopupState>()((set) => ({
    queue: emptyQueue(),
    settings: DEFAULT_SETTINGS,
    loaded: false,
    now: now(),
    filter: 'all',
    notice: null,
    setFilter: (filter) => set({ filter }),
    setNotice: (notice) => set({ notice }),
    tick: (t) => set({ now: t }),
  }));
  const bind = () => {
    let live = true;
    void Promise.all([adapters.queue.get(), adapters.settings.get()]).then(([queue, settings]) => {
      // User-timing marks (sfp:queue-read, sfp:rows) let the e2e/bench split load time; they cost nothing.
      performance.mark?.('sfp:queue-read');
      if (live) store.setState({ queue, settings, loaded: true, now: now() });
    });
    const unwatchQueue = adapters.queue.watch((queue) => store.setState({ queue, now: now() }));
    const unwatchSettings = adapters.settings.watch((settings) => store.setState({ settings }));
    return () => {
      live = false;
      unwatchQueue();
      unwatchSettings();
    };
  };
  return { store, bind };
}

/** The store type. */
export type PopupStore = ReturnType<typeof createPopupStore>['store'];

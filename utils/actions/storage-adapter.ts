/**
 * A tiny get/set/watch adapter between extension storage and UI state (the Read Frog pattern,
 * house-style.md). The popup's zustand store binds to these; values are validated on the way in.
 */
import { parseQueue, queueItem, repairSettings, settingsItem, type Settings } from '../storage';
import type { QueueState } from './model';

/** Reads, writes (optional) and watches one stored value. */
export interface StorageAdapter<T> {
  get(): Promise<T>;
  set?(value: T): Promise<void>;
  /** Calls back on every change; returns the unwatch function. */
  watch(cb: (value: T) => void): () => void;
}

/** The queue, read-only: only the background writes it (commands go through messages). */
export const queueAdapter: StorageAdapter<QueueState> = {
  get: async () => parseQueue(await queueItem.getValue()).state,
  watch: (cb) => queueItem.watch((v) => cb(parseQueue(v).state)),
};

/** The settings, repaired field by field when read. */
export const settingsAdapter: StorageAdapter<Settings> = {
  get: async () => repairSettings(await settingsItem.getValue()).value,
  set: (value) => settingsItem.setValue(value),
  watch: (cb) => settingsItem.watch((v) => cb(repairSettings(v).value)),
};

/**
 * The background's queue store: the single writer of local:queue (architecture.md step 5).
 * Writes are serialised by a promise-chain mutex that also batches: inputs arriving while a write is in
 * flight are applied together in the next read-modify-write, so 200 concurrent observations from five
 * tabs cost a handful of storage writes and lose nothing. Every batch re-reads storage first — nothing
 * lives only in memory, so an MV3 worker killed between two messages resumes exactly where it stopped.
 */
import { droppedCount, parseQueue, queueItem, serializeQueue, type RepairReport } from '../storage';
import type { QueueState } from './model';
import { reduceMany, type QueueInput, type ReduceEnv } from './reducer';

/** What the store needs from its host (the background): the clock and the reducer's environment. */
export interface QueueStoreOptions {
  now: () => Date;
  env: () => Promise<ReduceEnv> | ReduceEnv;
  /** After each committed batch (badge, alarms). Errors are caught and logged. */
  onCommit?: (state: QueueState, before: QueueState, now: Date) => Promise<void> | void;
  /** Where repairs and errors are logged (default console.warn). */
  log?: (message: string, detail?: unknown) => void;
}

/** Result of the batch an input was applied in: the state before and after the batch, and its clock. */
export interface Applied { state: QueueState; before: QueueState; now: Date }

interface Pending { input: QueueInput; resolve: (r: Applied) => void; reject: (e: unknown) => void }

/** The serialised queue writer. */
export interface QueueStore {
  apply(input: QueueInput): Promise<Applied>;
  /** The current state, after every write already queued. */
  read(): Promise<QueueState>;
  /** Number of storage writes so far (for tests and diagnostics). */
  readonly writes: number;
}

/** Reads and repairs the stored queue, logging what was dropped. */
export async function loadQueue(
  log: (m: string, d?: unknown) => void,
): Promise<{ state: QueueState; dropped: RepairReport; stale: boolean }> {
  const { state, dropped, stale } = parseQueue(await queueItem.getValue());
  const n = droppedCount(dropped);
  if (n) log(`[SFP Guide] queue: dropped ${n} invalid record(s), kept the rest`, dropped);
  return { state, dropped, stale };
}

export function createQueueStore(opts: QueueStoreOptions): QueueStore {
  const log = opts.log ?? ((m: string, d?: unknown) => console.warn(m, d));
  let pending: Pending[] = [];
  let draining: Promise<void> | null = null;
  let writes = 0;

  async function drain(): Promise<void> {
    while (pending.length) {
      const batch = pending;
      pending = [];
      try {
        const { state: before, dropped, stale } = await loadQueue(log);
        const env = await opts.env();
        const now = opts.now();
        // Due instants from an older deadline convention are derived again before anything else reads them.
        const inputs: QueueInput[] = stale ? [{ type: 'recompute' }, ...batch.map((p) => p.input)] : batch.map((p) => p.input);
        const state = reduceMany(before, inputs, now, env);
        if (state !== before || droppedCount(dropped) || stale) {
          await queueItem.setValue(serializeQueue(state));
          writes++;
        }
        try {
          await opts.onCommit?.(state, before, now);
        } catch (error) {
          log('[SFP Guide] after-commit step failed', error);
        }
        batch.forEach((p) => p.resolve({ state, before, now }));
      } catch (error) {
        log('[SFP Guide] queue write failed', error);
        batch.forEach((p) => p.reject(error));
      }
    }
  }

  function kick(): void {
    if (draining) return;
    draining = drain().finally(() => {
      draining = null;
      if (pending.length) kick();
    });
  }

  function apply(input: QueueInput): Promise<Applied> {
    return new Promise<Applied>((resolve, reject) => {
      pending.push({ input, resolve, reject });
      kick();
    });
  }

  return {
    apply,
    async read() {
      while (draining) await draining;
      const { state, stale } = await loadQueue(log);
      // Never hand out due instants of an older convention: recompute (and store) them first.
      return stale ? (await apply({ type: 'recompute' })).state : state;
    },
    get writes() {
      return writes;
    },
  };
}

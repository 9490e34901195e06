/**
 * One shared minute ticker for every countdown in the overlay: a single timeout to the next minute
 * boundary, re-armed after each tick, and only while something is subscribed (an idle page with no
 * countdown costs no timer at all). The page is never re-read on a tick: panels recompute from the
 * observation they already hold.
 */

/** Timer functions, normally WXT's ctx.setTimeout so timers die with the content-script context. */
export interface TimerHost {
  setTimeout(handler: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}

/** A wall clock that notifies subscribers once a minute. */
export interface MinuteClock {
  now(): Date;
  subscribe(listener: () => void): () => void;
}

const MINUTE = 60_000;

/** Builds a minute clock from an explicit time source (never reads the machine clock itself). */
export function createMinuteClock(readNow: () => Date, timers: TimerHost): MinuteClock {
  const listeners = new Set<() => void>();
  let timer: unknown;
  let current = readNow();

  const arm = (): void => {
    const ms = MINUTE - (readNow().getTime() % MINUTE);
    timer = timers.setTimeout(tick, ms + 5);
  };
  function tick(): void {
    timer = undefined;
    current = readNow();
    for (const listener of [...listeners]) listener();
    if (listeners.size > 0) arm();
  }

  return {
    now: () => current,
    subscribe(listener) {
      listeners.add(listener);
      if (timer === undefined) {
        // Catch up after a time without subscribers, but keep the same instant within its minute:
        // a new value would re-render every countdown (and the panels' policy work) for nothing.
        const fresh = readNow();
        if (Math.floor(fresh.getTime() / MINUTE) !== Math.floor(current.getTime() / MINUTE)) current = fresh;
        arm();
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && timer !== undefined) {
          timers.clearTimeout(timer);
          timer = undefined;
        }
      };
    },
  };
}

/** A clock frozen at one instant: component tests and static renders. */
export function fixedClock(at: Date): MinuteClock {
  return { now: () => at, subscribe: () => () => undefined };
}

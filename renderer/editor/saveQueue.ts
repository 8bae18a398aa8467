export interface SaveQueue {
  /** Runs a write after every earlier one, so the database sees edits in the order the user made them. */
  push: (write: () => Promise<unknown>) => void;
  /** Like push, but a newer write with the same key replaces one still waiting (the viewport while panning). */
  pushLatest: (key: string, write: () => Promise<unknown>) => void;
  /** Resolves when every write so far, including any waiting under pushLatest, has finished. */
  flush: () => Promise<void>;
}

/**
 * Writes go one at a time, in order. When one is refused, the writes queued behind it are dropped:
 * they were made on top of a state the database did not take, and the editor reloads what is
 * really saved once the queue is empty.
 */
export function createSaveQueue(handlers: { onPendingChange: (n: number) => void; onError: (error: unknown) => void }): SaveQueue {
  let tail: Promise<void> = Promise.resolve();
  let pending = 0;
  let generation = 0;
  const latest = new Map<string, () => Promise<unknown>>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();

  const push = (write: () => Promise<unknown>) => {
    const mine = generation;
    handlers.onPendingChange(++pending);
    tail = tail
      .then(() => (mine === generation ? write() : undefined))
      .then(
        () => undefined,
        (error: unknown) => {
          generation++;
          handlers.onError(error);
        },
      )
      .finally(() => handlers.onPendingChange(--pending));
  };

  const release = (key: string) => {
    clearTimeout(timers.get(key));
    timers.delete(key);
    const next = latest.get(key);
    latest.delete(key);
    if (next) push(next);
  };

  return {
    push,
    pushLatest: (key, write) => {
      latest.set(key, write);
      clearTimeout(timers.get(key));
      timers.set(key, setTimeout(() => release(key), 400));
    },
    flush: async () => {
      for (const key of [...latest.keys()]) release(key);
      await tail;
    },
  };
}

export interface SaveQueue {
  /** Runs a write after every earlier one, so the database sees edits in the order the user made them. */
  push: (write: () => Promise<unknown>) => void;
  /** Like push, but a newer write with the same key replaces one still waiting (the viewport while panning). */
  pushLatest: (key: string, write: () => Promise<unknown>) => void;
  /** Resolves when every write so far has finished. */
  flush: () => Promise<void>;
}

export function createSaveQueue(handlers: { onPendingChange: (n: number) => void; onError: (error: unknown) => void }): SaveQueue {
  let tail: Promise<void> = Promise.resolve();
  let pending = 0;
  const latest = new Map<string, () => Promise<unknown>>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();

  const push = (write: () => Promise<unknown>) => {
    handlers.onPendingChange(++pending);
    tail = tail
      .then(write)
      .then(
        () => undefined,
        (error: unknown) => handlers.onError(error),
      )
      .finally(() => handlers.onPendingChange(--pending));
  };

  return {
    push,
    pushLatest: (key, write) => {
      latest.set(key, write);
      clearTimeout(timers.get(key));
      timers.set(
        key,
        setTimeout(() => {
          const next = latest.get(key);
          latest.delete(key);
          if (next) push(next);
        }, 400),
      );
    },
    flush: async () => {
      await tail;
    },
  };
}

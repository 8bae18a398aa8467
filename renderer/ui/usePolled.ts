import { useEffect, useState } from 'react';

/**
 * While `active`, asks `read` every `intervalMs` and keeps its latest answer; null otherwise.
 * Long work on the main process (an import, a portfolio review) reports progress this way. A
 * failed read leaves the last answer in place: the work reports its own outcome when it ends.
 */
export function usePolled<T>(active: boolean, read: () => Promise<T>, intervalMs: number): T | null {
  const [value, setValue] = useState<T | null>(null);

  useEffect(() => {
    if (!active) {
      setValue(null);
      return;
    }
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const now = await read();
        if (!stopped) setValue(now);
      } catch {
        // Kept as it was; see above.
      }
      if (!stopped) timer = setTimeout(() => void poll(), intervalMs);
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
    // `read` is a bridge call, the same on every render; a new arrow each render must not restart the polling.
  }, [active, intervalMs]);

  return value;
}

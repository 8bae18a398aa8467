import { describe, expect, it, vi } from 'vitest';
import { createSaveQueue } from './saveQueue';

describe('save queue', () => {
  it('writes in order, one at a time', async () => {
    const order: string[] = [];
    const queue = createSaveQueue({ onPendingChange: () => {}, onError: () => {} });
    const slow = (name: string, ms: number) => () => new Promise<void>((resolve) => setTimeout(() => (order.push(name), resolve()), ms));
    queue.push(slow('first', 30));
    queue.push(slow('second', 1));
    await queue.flush();
    expect(order).toEqual(['first', 'second']);
  });

  it('after a refused write, drops the writes queued behind it and reports once', async () => {
    const onError = vi.fn();
    const queue = createSaveQueue({ onPendingChange: () => {}, onError });
    const later = vi.fn(async () => {});
    queue.push(async () => {
      throw new Error('refused');
    });
    queue.push(later);
    await queue.flush();
    expect(onError).toHaveBeenCalledTimes(1);
    expect(later).not.toHaveBeenCalled();
    // Writes made after the failure go through again.
    const after = vi.fn(async () => {});
    queue.push(after);
    await queue.flush();
    expect(after).toHaveBeenCalledTimes(1);
  });

  it('keeps only the newest of a keyed write, and flush sends it at once', async () => {
    const queue = createSaveQueue({ onPendingChange: () => {}, onError: () => {} });
    const sent: number[] = [];
    for (let i = 0; i < 5; i++) queue.pushLatest('viewport', async () => void sent.push(i));
    await queue.flush();
    expect(sent).toEqual([4]);
  });

  it('counts what is pending, so the window can say "Saving…"', async () => {
    const counts: number[] = [];
    const queue = createSaveQueue({ onPendingChange: (n) => counts.push(n), onError: () => {} });
    queue.push(async () => {});
    queue.push(async () => {});
    await queue.flush();
    expect(counts).toEqual([1, 2, 1, 0]);
  });
});

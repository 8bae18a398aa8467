import { describe, expect, it } from 'vitest';
import { bezierPath } from './bezier';
import { LABEL_ROW, placeMirrorLabels, type CrossingCache } from './mirrorLabels';

const link = (id: string, fromX: number, toX: number) => ({ id, from: { x: fromX, y: 500 }, to: { x: toX, y: 300 }, text: 'supports' });

describe('placeMirrorLabels', () => {
  it('puts labels of links far apart in the middle of the gap', () => {
    const placed = placeMirrorLabels([link('a', 100, 100), link('b', 400, 400)], 400);
    expect([...placed.values()]).toEqual([400, 400]);
  });

  it('moves a crowded label to another row, where it still sits on its own line', () => {
    const links = [link('a', 100, 100), link('b', 110, 120), link('c', 120, 90)];
    const placed = placeMirrorLabels(links, 400);
    expect(new Set(placed.values())).toEqual(new Set([400, 400 - LABEL_ROW, 400 + LABEL_ROW]));
    for (const l of links) {
      const y = placed.get(l.id)!;
      const { mid } = bezierPath({ from: l.from, fromSide: 'top', to: l.to, toSide: 'bottom' }, y);
      expect(mid.y).toBe(y);
    }
  });

  it('places labels as without a cache when it reuses crossings across calls, also after a link moved', () => {
    const cache: CrossingCache = new Map();
    const links = [link('a', 100, 100), link('b', 110, 120), link('c', 120, 90), link('d', 600, 640)];
    expect(placeMirrorLabels(links, 400, cache)).toEqual(placeMirrorLabels(links, 400));
    expect(cache.size).toBe(4);
    // 'd' moves in among the others: its crossings are new, the others' come from the cache.
    const moved = [...links.slice(0, 3), link('d', 105, 115)];
    expect(placeMirrorLabels(moved, 400, cache)).toEqual(placeMirrorLabels(moved, 400));
    expect(cache.size).toBe(5);
  });
});

import { GEOMETRY } from './geometry';

interface Spot {
  x: number;
  y: number;
}

const overlaps = (a: Spot, b: Spot) => Math.abs(a.x - b.x) < GEOMETRY.stepWidth && Math.abs(a.y - b.y) < GEOMETRY.stepHeight;

/**
 * The nearest spot at or below `spot` where a step covers none of `others` (positions in the same
 * stage column). A card dropped on another would hide it, and the links that end on it would seem
 * to end on the card on top.
 */
export function freeSpot(spot: Spot, others: readonly Spot[]): Spot {
  let y = spot.y;
  for (;;) {
    const hit = others.filter((o) => overlaps({ x: spot.x, y }, o));
    if (hit.length === 0) return { x: spot.x, y };
    y = Math.max(...hit.map((o) => o.y)) + GEOMETRY.stepHeight + GEOMETRY.stepGapY;
  }
}

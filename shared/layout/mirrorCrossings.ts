import { GEOMETRY } from '../canvas/geometry';

export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const side = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number) => Math.sign((bx - ax) * (cy - ay) - (by - ay) * (cx - ax));

/** Whether two segments cross at a point inside both (touching ends or sharing an end does not count). */
export function crosses(a: Segment, b: Segment): boolean {
  const d1 = side(a.x1, a.y1, a.x2, a.y2, b.x1, b.y1);
  const d2 = side(a.x1, a.y1, a.x2, a.y2, b.x2, b.y2);
  const d3 = side(b.x1, b.y1, b.x2, b.y2, a.x1, a.y1);
  const d4 = side(b.x1, b.y1, b.x2, b.y2, a.x2, a.y2);
  return d1 * d2 < 0 && d3 * d4 < 0;
}

/** A mirror link as a straight line from the top middle of its seller card to the bottom middle of its buyer card. */
export const mirrorSegment = (seller: { x: number; y: number }, buyer: { x: number; y: number }): Segment => ({
  x1: seller.x + GEOMETRY.stepWidth / 2,
  y1: seller.y,
  x2: buyer.x + GEOMETRY.stepWidth / 2,
  y2: buyer.y + GEOMETRY.stepHeight,
});

/** How many pairs of segments cross. */
export function countCrossings(segments: readonly Segment[]): number {
  let n = 0;
  for (let i = 0; i < segments.length; i++) for (let j = i + 1; j < segments.length; j++) if (crosses(segments[i]!, segments[j]!)) n++;
  return n;
}

import { bezierPath } from './bezier';
import type { Point } from './edgeSides';

export interface MirrorLabelInput {
  id: string;
  /** Top centre of the seller step. */
  from: Point;
  /** Bottom centre of the buyer step. */
  to: Point;
  text: string;
}

/** Height of one row of labels; the 48 px gap between the lanes holds three. */
export const LABEL_ROW = 14;
const labelWidth = (text: string) => text.length * 6 + 10;

/**
 * The height at which each mirror link carries its relation label. Labels sit in the gap between
 * the lanes, where no card is, each exactly on its own line: where links cross the gap close
 * together, a label moves to the row above or below (still on its line) rather than sideways.
 */
export function placeMirrorLabels(links: readonly MirrorLabelInput[], gapMiddle: number): Map<string, number> {
  const rows = [gapMiddle, gapMiddle - LABEL_ROW, gapMiddle + LABEL_ROW];
  const rightEdge = rows.map(() => Number.NEGATIVE_INFINITY);
  const crossing = (link: MirrorLabelInput, y: number) => bezierPath({ from: link.from, fromSide: 'top', to: link.to, toSide: 'bottom' }, y).mid.x;
  const placed = new Map<string, number>();
  const ordered = links.map((link) => ({ link, x: crossing(link, gapMiddle) })).sort((a, b) => a.x - b.x);
  for (const { link } of ordered) {
    const half = labelWidth(link.text) / 2;
    const xs = rows.map((y) => crossing(link, y));
    let row = rows.findIndex((_, i) => rightEdge[i]! + 2 <= xs[i]! - half);
    // Every row is taken here: the least crowded one, overlapping rather than leaving its line.
    if (row === -1) row = rightEdge.indexOf(Math.min(...rightEdge));
    rightEdge[row] = Math.max(rightEdge[row]!, xs[row]! + half);
    placed.set(link.id, rows[row]!);
  }
  return placed;
}

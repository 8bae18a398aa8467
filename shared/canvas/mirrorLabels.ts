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

/** Crossing x of a link at each label row, by the link's ends and the gap (see placeMirrorLabels). */
export type CrossingCache = Map<string, number[]>;

/** Height of one row of labels; the 48 px gap between the lanes holds three. */
export const LABEL_ROW = 14;
const labelWidth = (text: string) => text.length * 6 + 10;

/**
 * The height at which each mirror link carries its relation label. Labels sit in the gap between
 * the lanes, where no card is, each exactly on its own line: where links cross the gap close
 * together, a label moves to the row above or below (still on its line) rather than sideways.
 */
export function placeMirrorLabels(links: readonly MirrorLabelInput[], gapMiddle: number, crossings?: CrossingCache): Map<string, number> {
  const rows = [gapMiddle, gapMiddle - LABEL_ROW, gapMiddle + LABEL_ROW];
  const rightEdge = rows.map(() => Number.NEGATIVE_INFINITY);
  const crossing = (link: MirrorLabelInput, y: number) => bezierPath({ from: link.from, fromSide: 'top', to: link.to, toSide: 'bottom' }, y).mid.x;
  // Where a link crosses each row depends only on its ends and the gap: the bisection behind it is
  // most of the cost, so a caller placing labels again after one step moved reuses the others'.
  const crossingsOf = (link: MirrorLabelInput) => {
    const key = `${link.from.x},${link.from.y},${link.to.x},${link.to.y},${gapMiddle}`;
    let xs = crossings?.get(key);
    if (!xs) {
      xs = rows.map((y) => crossing(link, y));
      crossings?.set(key, xs);
    }
    return xs;
  };
  const placed = new Map<string, number>();
  const ordered = links.map((link) => ({ link, xs: crossingsOf(link) })).sort((a, b) => a.xs[0]! - b.xs[0]!);
  if (crossings && crossings.size > 4 * links.length + 64) crossings.clear();
  for (const { link, xs } of ordered) {
    const half = labelWidth(link.text) / 2;
    let row = rows.findIndex((_, i) => rightEdge[i]! + 2 <= xs[i]! - half);
    // Every row is taken here: the least crowded one, overlapping rather than leaving its line.
    if (row === -1) row = rightEdge.indexOf(Math.min(...rightEdge));
    rightEdge[row] = Math.max(rightEdge[row]!, xs[row]! + half);
    placed.set(link.id, rows[row]!);
  }
  return placed;
}

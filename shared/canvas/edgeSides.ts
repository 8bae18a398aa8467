import type { Rect } from './geometry';

/**
 * Which sides of two steps an edge leaves and enters by. The canvas and every drawn export use
 * this one rule, so edges look the same in the app, the SVG, the BPMN diagram and JSON Canvas.
 */
export type Side = 'top' | 'right' | 'bottom' | 'left';

export interface Point {
  x: number;
  y: number;
}

export interface EdgeEnds {
  from: Point;
  fromSide: Side;
  to: Point;
  toSide: Side;
}

export function anchor(rect: Rect, side: Side): Point {
  switch (side) {
    case 'top':
      return { x: rect.x + rect.width / 2, y: rect.y };
    case 'bottom':
      return { x: rect.x + rect.width / 2, y: rect.y + rect.height };
    case 'left':
      return { x: rect.x, y: rect.y + rect.height / 2 };
    case 'right':
      return { x: rect.x + rect.width, y: rect.y + rect.height / 2 };
  }
}

/**
 * Sides for a sequence edge. Steps side by side join right → left (also when the edge goes back
 * to an earlier column: buyers loop). Steps stacked in one column, as templates place them, join
 * bottom → top (or top → bottom going up), so the edge does not wrap around both boxes.
 */
export function sequenceEnds(source: Rect, target: Rect): EdgeEnds {
  const overlapX = target.x < source.x + source.width && source.x < target.x + target.width;
  if (overlapX) {
    const down = target.y >= source.y;
    const fromSide: Side = down ? 'bottom' : 'top';
    const toSide: Side = down ? 'top' : 'bottom';
    return { from: anchor(source, fromSide), fromSide, to: anchor(target, toSide), toSide };
  }
  return { from: anchor(source, 'right'), fromSide: 'right', to: anchor(target, 'left'), toSide: 'left' };
}

export function mirrorEnds(seller: Rect, buyer: Rect): EdgeEnds {
  return { from: anchor(seller, 'top'), fromSide: 'top', to: anchor(buyer, 'bottom'), toSide: 'bottom' };
}


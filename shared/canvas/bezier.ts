import type { EdgeEnds, Point, Side } from './edgeSides';

/** The curve every link is drawn with, on the canvas and in the drawn exports, so they look alike. */

const SIDE_DIRECTION: Record<Side, Point> = {
  top: { x: 0, y: -1 },
  right: { x: 1, y: 0 },
  bottom: { x: 0, y: 1 },
  left: { x: -1, y: 0 },
};

/** How far a control point sits from its end; React Flow's rule, so curves match the app's. */
function controlOffset(distance: number): number {
  return distance >= 0 ? 0.5 * distance : 0.25 * 25 * Math.sqrt(-distance);
}

function controlPoint(p: Point, side: Side, other: Point): Point {
  const dir = SIDE_DIRECTION[side];
  const distance = dir.x !== 0 ? (other.x - p.x) * dir.x : (other.y - p.y) * dir.y;
  const offset = controlOffset(distance);
  return { x: p.x + dir.x * offset, y: p.y + dir.y * offset };
}

const round1 = (n: number) => Math.round(n * 10) / 10;

function cubic(p0: Point, p1: Point, p2: Point, p3: Point, t: number): Point {
  const u = 1 - t;
  const a = u * u * u;
  const b = 3 * u * u * t;
  const c = 3 * u * t * t;
  const d = t * t * t;
  return { x: a * p0.x + b * p1.x + c * p2.x + d * p3.x, y: a * p0.y + b * p1.y + c * p2.y + d * p3.y };
}

/**
 * A cubic Bézier between two anchors, and where to put its label: the midpoint, or, given
 * `labelY`, the point where the curve crosses that height (mirror-link labels sit in the gap
 * between the lanes, where they cover no step).
 */
export function bezierPath(ends: EdgeEnds, labelY?: number): { d: string; mid: Point } {
  const { from, to } = ends;
  const c1 = controlPoint(from, ends.fromSide, to);
  const c2 = controlPoint(to, ends.toSide, from);
  let t = 0.5;
  const crosses = labelY !== undefined && (from.y - labelY) * (to.y - labelY) <= 0 && from.y !== to.y;
  if (crosses) {
    // With vertical sides the curve's y is monotone between the anchors, so bisection finds it.
    let lo = 0;
    let hi = 1;
    const rising = to.y > from.y;
    for (let i = 0; i < 30; i++) {
      t = (lo + hi) / 2;
      const y = cubic(from, c1, c2, to, t).y;
      if (y < labelY === rising) lo = t;
      else hi = t;
    }
  }
  const mid = cubic(from, c1, c2, to, t);
  const pts = [from, c1, c2, to].map((p) => `${round1(p.x)},${round1(p.y)}`);
  return { d: `M${pts[0]} C${pts[1]} ${pts[2]} ${pts[3]}`, mid: { x: round1(mid.x), y: round1(crosses ? labelY : mid.y) } };
}


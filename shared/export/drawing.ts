import type { CanvasLayout, Rect } from '../canvas/geometry';
import type { Lane } from '../domain/playbook';

import type { EdgeEnds, Point } from '../canvas/edgeSides';

/** Routes and boxes for the exports that draw the canvas (SVG, BPMN diagram, JSON Canvas). */

export { bezierPath } from '../canvas/bezier';

/**
 * Right-angled waypoints, as BPMN tools draw flows. A flow that goes backwards (a buyer looping
 * back) leaves to the right, runs below both steps and comes back in from the left.
 */
export function orthogonalRoute(ends: EdgeEnds, source: Rect, target: Rect): Point[] {
  const { from, to } = ends;
  const r = (p: Point): Point => ({ x: Math.round(p.x), y: Math.round(p.y) });
  // Stryker disable next-line ConditionalExpression,LogicalOperator: a flow's ends always pair right with left, or bottom with top.
  if (ends.fromSide === 'right' && ends.toSide === 'left') {
    if (Math.round(from.y) === Math.round(to.y) && to.x > from.x) return [from, to].map(r);
    if (to.x >= from.x + 20) {
      const midX = (from.x + to.x) / 2;
      return [from, { x: midX, y: from.y }, { x: midX, y: to.y }, to].map(r);
    }
    const below = Math.max(source.y + source.height, target.y + target.height) + 16;
    return [from, { x: from.x + 16, y: from.y }, { x: from.x + 16, y: below }, { x: to.x - 16, y: below }, { x: to.x - 16, y: to.y }, to].map(r);
  }
  if (Math.round(from.x) === Math.round(to.x)) return [from, to].map(r);
  const midY = (from.y + to.y) / 2;
  return [from, { x: from.x, y: midY }, { x: to.x, y: midY }, to].map(r);
}

/** The rectangle that holds the whole drawing, including steps an imported file placed outside their column. */
export function drawingBounds(layout: CanvasLayout): Rect {
  let minX = 0;
  let minY = 0;
  let maxX = layout.width;
  let maxY = layout.height;
  for (const s of layout.steps) {
    minX = Math.min(minX, s.x);
    minY = Math.min(minY, s.y);
    maxX = Math.max(maxX, s.x + s.width);
    // Stryker disable next-line ArithmeticOperator: each lane's height already reaches below its lowest step.
    maxY = Math.max(maxY, s.y + s.height);
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/** Smallest rectangle holding all of them. */
export function unionRect(first: Rect, ...rest: Rect[]): Rect {
  let minX = first.x;
  let minY = first.y;
  let maxX = first.x + first.width;
  let maxY = first.y + first.height;
  for (const r of rest) {
    minX = Math.min(minX, r.x);
    minY = Math.min(minY, r.y);
    maxX = Math.max(maxX, r.x + r.width);
    maxY = Math.max(maxY, r.y + r.height);
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/**
 * Breaks text into at most `maxLines` lines of about `maxChars` characters, ending with "…" when
 * it does not fit. Without font metrics (shared/ has no DOM) characters are counted, by code
 * point so an emoji is never cut in half.
 */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  // Stryker disable next-line Regex: the filter drops the empty words a single-space split leaves.
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current: string[] = [];
  const push = () => {
    lines.push(current.join(''));
    current = [];
  };
  let truncated = false;
  for (const word of words) {
    let chars = Array.from(word);
    if (current.length > 0 && current.length + 1 + chars.length > maxChars) push();
    if (lines.length === maxLines) {
      truncated = true;
      break;
    }
    if (current.length > 0) current.push(' ');
    // A word that does not fit beside the line so far has just started a line of its own (above),
    // so a word longer than a whole line is cut into pieces a line long.
    while (chars.length > maxChars) {
      lines.push(chars.slice(0, maxChars).join(''));
      chars = chars.slice(maxChars);
      if (lines.length === maxLines) {
        truncated = true;
        break;
      }
    }
    if (truncated) break;
    current.push(...chars);
  }
  // Every line the loop completes is checked against maxLines there, so the last one always has room.
  if (!truncated && current.length > 0) push();
  if (truncated && lines.length > 0) {
    const last = Array.from(lines[lines.length - 1]!);
    // Stryker disable next-line ConditionalExpression: cutting a shorter last line to maxChars - 1 leaves it as it is.
    lines[lines.length - 1] = (last.length >= maxChars ? last.slice(0, maxChars - 1) : last).join('').trimEnd() + '…';
  }
  return lines;
}

/** Integer rectangle around `r`, rounding outwards so an enclosing box keeps enclosing. */
export function intRect(r: Rect): Rect {
  const x = Math.floor(r.x);
  const y = Math.floor(r.y);
  return { x, y, width: Math.ceil(r.x + r.width) - x, height: Math.ceil(r.y + r.height) - y };
}

export interface EnclosingBoxes {
  lanes: Record<Lane, Rect>;
  stages: Map<string, Rect>;
  steps: Map<string, Rect>;
}

/**
 * Integer boxes for lanes, stages and steps where each container encloses its children, even a
 * step an imported file placed outside its column: formats with containment (JSON Canvas groups,
 * BPMN pools and lanes) need a child inside its parent. For a normal playbook these are exactly
 * layoutCanvas's boxes.
 */
export function enclosingBoxes(layout: CanvasLayout): EnclosingBoxes {
  const steps = new Map<string, Rect>();
  const byStage = new Map<string, Rect[]>();
  for (const box of layout.steps) {
    const rect = intRect(box);
    steps.set(box.step.id, rect);
    const list = byStage.get(box.step.stageId) ?? [];
    list.push(rect);
    byStage.set(box.step.stageId, list);
  }
  const stages = new Map<string, Rect>();
  const byLane: Record<Lane, Rect[]> = { buyer: [], seller: [] };
  for (const box of layout.stages) {
    const rect = intRect(unionRect(box, ...(byStage.get(box.stage.id) ?? [])));
    stages.set(box.stage.id, rect);
    byLane[box.stage.lane].push(rect);
  }
  return {
    lanes: {
      buyer: intRect(unionRect(layout.lanes.buyer, ...byLane.buyer)),
      seller: intRect(unionRect(layout.lanes.seller, ...byLane.seller)),
    },
    stages,
    steps,
  };
}

import { Position, type NodeHandle } from '@xyflow/react';
import { GEOMETRY } from '../../shared/canvas/geometry';

/** React Flow's default handle: 6 px square, centred on the card's edge. */
const SIZE = 6;
const HALF = SIZE / 2;
const { stepWidth: W, stepHeight: H } = GEOMETRY;

/** A step node's size: fixed, whatever the card shows. */
export const STEP_SIZE = { width: W, height: H };

/**
 * Where a step card's four handles are, as React Flow would measure them (StepNode draws them; the
 * canvas test checks the two agree). React Flow draws every node once to measure its handles
 * before it can leave the ones out of view undrawn; a node that states its handles is culled from
 * the first frame, so a 2,000-step playbook opens drawing only the cards in view, not all of them.
 */
export const STEP_HANDLES: NodeHandle[] = [
  { id: 'top', type: 'source', position: Position.Top, x: W / 2 - HALF, y: -HALF, width: SIZE, height: SIZE },
  { id: 'left', type: 'source', position: Position.Left, x: -HALF, y: H / 2 - HALF, width: SIZE, height: SIZE },
  { id: 'right', type: 'source', position: Position.Right, x: W - HALF, y: H / 2 - HALF, width: SIZE, height: SIZE },
  { id: 'bottom', type: 'source', position: Position.Bottom, x: W / 2 - HALF, y: H - HALF, width: SIZE, height: SIZE },
];

import type { ReactFlowState } from '@xyflow/react';

/** How far along a link its marker sits: off the middle, where a mirror link's relation label is. */
const ALONG = 0.4;

/**
 * A point on a drawn link, in flow coordinates: read from the link's own path, so it is on the
 * curve wherever the canvas routed it; between its ends' centres when the path is not drawn.
 */
export function linkPoint(state: Pick<ReactFlowState, 'domNode' | 'edgeLookup' | 'nodeLookup'>, id: string, along = ALONG): { x: number; y: number } | undefined {
  const path = state.domNode?.querySelector<SVGPathElement>(`.react-flow__edge[data-id="${CSS.escape(id)}"] path.react-flow__edge-path`);
  if (path) {
    const p = path.getPointAtLength(path.getTotalLength() * along);
    return { x: p.x, y: p.y };
  }
  const edge = state.edgeLookup.get(id);
  const a = edge && state.nodeLookup.get(edge.source);
  const b = edge && state.nodeLookup.get(edge.target);
  if (!a || !b) return undefined;
  const centre = (n: typeof a) => ({ x: n.internals.positionAbsolute.x + (n.measured.width ?? 0) / 2, y: n.internals.positionAbsolute.y + (n.measured.height ?? 0) / 2 });
  const p = centre(a);
  const q = centre(b);
  return { x: p.x + (q.x - p.x) * along, y: p.y + (q.y - p.y) * along };
}

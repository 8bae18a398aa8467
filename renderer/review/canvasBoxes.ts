import type { ReactFlowInstance } from '@xyflow/react';
import type { Box } from './compareMarks';

/** A drawn node's box and an edge's ends, in flow coordinates, read when asked (never per frame). */
export function canvasBoxes(flow: Pick<ReactFlowInstance, 'getInternalNode' | 'getEdge'>) {
  return {
    boxOf: (id: string): Box | undefined => {
      const node = flow.getInternalNode(id);
      if (!node) return undefined;
      const { x, y } = node.internals.positionAbsolute;
      return { x, y, width: node.measured.width ?? node.width ?? 0, height: node.measured.height ?? node.height ?? 0 };
    },
    ends: (id: string): [string, string] | undefined => {
      const edge = flow.getEdge(id);
      return edge ? [edge.source, edge.target] : undefined;
    },
  };
}

import { useReactFlow } from '@xyflow/react';
import { useCallback } from 'react';

/** Brings a canvas element into the middle of the view, keeping the zoom unless it is too small to read. */
export function useCentre() {
  const flow = useReactFlow();
  return useCallback(
    (id: string) => {
      const node = flow.getInternalNode(id);
      if (!node) return;
      const { x, y } = node.internals.positionAbsolute;
      const width = node.measured.width ?? node.width ?? 0;
      const height = node.measured.height ?? node.height ?? 0;
      void flow.setCenter(x + width / 2, y + height / 2, { zoom: Math.max(flow.getZoom(), 0.8), duration: 250 });
    },
    [flow],
  );
}

import { BaseEdge, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { bezierPath } from '../../shared/canvas/bezier';
import { useEditor } from '../editor/editorStore';
import type { MirrorEdge as MirrorEdgeType } from './flowModel';

/**
 * A mirror link, drawn above the cards, with an arrowhead on the buyer step it supports and its
 * relation where it crosses the gap between the lanes. While a step is selected its links stand
 * out with a light casing, so they read even where they cross another card, and the others fade.
 * The fading is one class on the canvas (see Canvas): selecting a step re-renders only the links
 * whose emphasis changes, not every link. The line takes no clicks (it crosses other cards'
 * handles); its label selects it.
 */
export const MirrorEdge = memo(function MirrorEdge({ id, source, target, sourceX, sourceY, targetX, targetY, label, data, markerEnd, selected }: EdgeProps<MirrorEdgeType>) {
  const related = useEditor((s) => s.selectedStepIds.includes(source) || s.selectedStepIds.includes(target));
  const { d, mid } = bezierPath(
    { from: { x: sourceX, y: sourceY }, fromSide: 'top', to: { x: targetX, y: targetY }, toSide: 'bottom' },
    data?.labelY,
  );
  const state = selected ? ' is-selected' : related ? ' is-related' : '';
  return (
    <>
      {state && <path className={`mirror-casing${state}`} d={d} />}
      <BaseEdge
        id={id}
        path={d}
        className={`mirror-path${state}`}
        markerEnd={markerEnd}
        interactionWidth={0}
        label={label}
        labelX={mid.x}
        labelY={mid.y}
        labelBgPadding={[3, 1]}
        labelBgBorderRadius={3}
      />
    </>
  );
});

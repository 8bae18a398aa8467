import { BaseEdge, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { bezierPath } from '../../shared/canvas/bezier';
import { useEditor } from '../editor/editorStore';
import { EdgeLabel } from './EdgeLabel';
import type { MirrorEdge as MirrorEdgeType } from './flowModel';

type LineProps = Pick<EdgeProps<MirrorEdgeType>, 'id' | 'sourceX' | 'sourceY' | 'targetX' | 'targetY' | 'label' | 'data' | 'markerEnd'> & {
  /** '' for a plain link, or ' is-selected' / ' is-related' for one that stands out with a casing. */
  state: string;
};

/**
 * A mirror link's line from the top of the seller step to the bottom of the buyer step, with its
 * relation where it crosses the gap between the lanes (`data.labelY`, see placeMirrorLabels), over
 * no card. Shared by the playbook canvas and the plan canvas.
 */
export function MirrorLine({ id, sourceX, sourceY, targetX, targetY, label, data, markerEnd, state }: LineProps) {
  const { d, mid } = bezierPath(
    { from: { x: sourceX, y: sourceY }, fromSide: 'top', to: { x: targetX, y: targetY }, toSide: 'bottom' },
    data?.labelY,
  );
  return (
    <>
      {state && <path className={`mirror-casing${state}`} d={d} />}
      <BaseEdge
        id={id}
        path={d}
        className={`mirror-path${state}`}
        markerEnd={markerEnd}
        interactionWidth={0}
      />
      {typeof label === 'string' && label !== '' && <EdgeLabel x={mid.x} y={mid.y} text={label} />}
    </>
  );
}

/**
 * A mirror link on the playbook canvas, drawn above the cards, with an arrowhead on the buyer step
 * it supports. While a step is selected its links stand out with a light casing, so they read even
 * where they cross another card, and the others fade. The fading is one class on the canvas (see
 * Canvas): selecting a step re-renders only the links whose emphasis changes, not every link. The
 * line takes no clicks (it crosses other cards' handles); its label selects it.
 */
export const MirrorEdge = memo(function MirrorEdge(props: EdgeProps<MirrorEdgeType>) {
  const { source, target, selected } = props;
  const related = useEditor((s) => s.selectedStepIds.includes(source) || s.selectedStepIds.includes(target));
  return <MirrorLine {...props} state={selected ? ' is-selected' : related ? ' is-related' : ''} />;
});

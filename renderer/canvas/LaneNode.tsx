import { useReactFlow, type NodeProps } from '@xyflow/react';
import { memo, type MouseEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { stagesOf } from '../../shared/canvas/geometry';
import type { Lane } from '../../shared/domain/playbook';
import { useEditor, type EditorState } from '../editor/editorStore';
import { LANE_LABEL, type LaneNode as LaneNodeType } from './flowModel';

const laneStages = (lane: Lane) => (s: EditorState) => stagesOf(Object.values(s.stages), lane);

/**
 * A swimlane: its label and its stage columns (their headers are StageHeaderNodes). Double-clicking empty lane space adds a
 * step there. It subscribes to its lane's stages only, never to the steps.
 */
export const LaneNode = memo(function LaneNode({ data, width, height, positionAbsoluteX, positionAbsoluteY }: NodeProps<LaneNodeType>) {
  const { lane } = data;
  const stages = useEditor(useShallow(laneStages(lane)));
  const { screenToFlowPosition } = useReactFlow();

  const onDoubleClick = (event: MouseEvent) => {
    const point = screenToFlowPosition({ x: event.clientX, y: event.clientY });
    useEditor.getState().addStep(lane, { laneX: point.x - positionAbsoluteX, laneY: point.y - positionAbsoluteY });
  };

  return (
    <div className={`lane lane-${lane}`} style={{ width, height }} onDoubleClick={onDoubleClick} data-lane={lane}>
      <div className="lane-label">
        <span>{LANE_LABEL[lane]}</span>
      </div>
      <div className="lane-stages" aria-hidden="true">
        {stages.map((stage) => (
          <div key={stage.id} className={`stage-column${stage.alwaysOn ? ' is-always-on' : ''}`} style={{ width: stage.width }} />
        ))}
      </div>
    </div>
  );
});

import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { stagesOf } from '../../shared/canvas/geometry';
import { LANE_LABEL } from '../canvas/flowModel';
import type { PlanLaneNode as PlanLaneNodeType } from './planFlow';
import { usePlan } from './planStore';

/** A swimlane of the plan: its label and the pinned version's stage columns. Nothing is added by clicking here. */
export const PlanLaneNode = memo(function PlanLaneNode({ data, width, height }: NodeProps<PlanLaneNodeType>) {
  const { lane } = data;
  const stages = usePlan(useShallow((s) => (s.playbook ? stagesOf(s.playbook.stages, lane) : [])));
  return (
    <div className={`lane lane-${lane}`} style={{ width, height }} data-lane={lane}>
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

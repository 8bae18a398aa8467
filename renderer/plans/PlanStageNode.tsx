import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { PlanStageNode as PlanStageNodeType } from './planFlow';
import { planIndex } from './planIndex';
import { usePlan } from './planStore';

/** A stage's name with how far the deal is through it; the stage the deal is in now says so. */
export const PlanStageNode = memo(function PlanStageNode({ data }: NodeProps<PlanStageNodeType>) {
  const stage = usePlan((s) => s.playbook?.stages.find((st) => st.id === data.stageId));
  const progress = usePlan((s) => (s.doc && s.playbook ? planIndex(s.doc, s.playbook).progress.get(data.stageId) : undefined));
  const isCurrent = usePlan((s) => (s.doc && s.playbook && stage ? planIndex(s.doc, s.playbook).current[stage.lane]?.id === stage.id : false));
  if (!stage) return null;
  const done = progress ? `${progress.finished} of ${progress.total} finished` : '';
  return (
    <div className={`stage-header plan-stage${isCurrent ? ' is-current' : ''}`} title={`${stage.name}: ${done}`}>
      <span className="stage-name">{stage.name}</span>
      {isCurrent && <span className="stage-badge stage-current">▶ current</span>}
      {stage.alwaysOn && <span className="stage-badge">always on</span>}
      {progress && progress.total > 0 && (
        <span className="stage-progress" aria-label={done}>
          <span className="stage-progress-bar" aria-hidden="true">
            <span style={{ width: `${Math.round((progress.finished / progress.total) * 100)}%` }} />
          </span>
          {progress.finished}/{progress.total}
        </span>
      )}
    </div>
  );
});

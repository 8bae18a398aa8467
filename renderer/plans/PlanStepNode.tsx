import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { STATUS_ICONS, STATUS_LABELS } from '../../shared/plan/export/labels';
import type { PlanStepNode as PlanStepNodeType } from './planFlow';
import { planIndex } from './planIndex';
import { usePlan } from './planStore';
import { NoteMarker } from '../review/NoteMarker';
import { ChangeBadge } from '../review/ChangeBadge';

/**
 * One step of the deal: its status as a colour, an icon and a word (never colour alone), its
 * dates and owners, and a badge when the rep departed from the playbook here.
 */
export const PlanStepNode = memo(function PlanStepNode({ id, selected }: NodeProps<PlanStepNodeType>) {
  const step = usePlan((s) => (s.doc && s.playbook ? planIndex(s.doc, s.playbook).steps.get(id) : undefined));
  const deviations = usePlan((s) => (s.doc && s.playbook ? (planIndex(s.doc, s.playbook).deviationsByStep.get(id)?.length ?? 0) : 0));
  const owner = usePlan((s) => (step?.buyerOwnerId ? s.doc?.stakeholders.find((p) => p.id === step.buyerOwnerId)?.name : undefined));
  if (!step) return null;
  const date = step.status === 'done' ? step.doneDate : step.plannedDate;
  return (
    <div className={`step step-${step.lane} plan-step status-${step.status}${selected ? ' is-selected' : ''}`} data-step-id={id} data-status={step.status}>
      <Handle type="source" position={Position.Top} id="top" isConnectable={false} />
      <Handle type="source" position={Position.Left} id="left" isConnectable={false} />
      <div className="step-title" title={step.title}>
        {step.title || 'Untitled step'}
        <NoteMarker targetId={id} />
        <ChangeBadge targetId={id} />
      </div>
      <div className="step-meta">
        <span className="chip status-chip">
          <span aria-hidden="true">{STATUS_ICONS[step.status]}</span> {STATUS_LABELS[step.status]}
        </span>
        {deviations > 0 && (
          <span className="chip deviation-badge" title="Departs from the playbook: see the step's deviations">
            {step.playbookStepId === null ? 'Added' : 'Deviation'}
            {deviations > 1 ? ` ×${deviations}` : ''}
          </span>
        )}
        {date && <span className="chip">{date}</span>}
        {(owner || step.sellerOwner) && <span className="chip">{[owner, step.sellerOwner].filter(Boolean).join(' · ')}</span>}
      </div>
      <Handle type="source" position={Position.Right} id="right" isConnectable={false} />
      <Handle type="source" position={Position.Bottom} id="bottom" isConnectable={false} />
    </div>
  );
});

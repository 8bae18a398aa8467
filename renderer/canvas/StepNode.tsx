import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useEditor } from '../editor/editorStore';
import type { StepNode as StepNodeType } from './flowModel';
import { countCardRender } from './renderCount';
import { NoteMarker } from '../review/NoteMarker';
import { ChangeBadge } from '../review/ChangeBadge';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** One step card. It subscribes to its own step only, so editing one step re-renders one card. */
export const StepNode = memo(function StepNode({ id, selected }: NodeProps<StepNodeType>) {
  const step = useEditor((s) => s.steps[id]);
  const lane = useEditor((s) => (step ? s.stages[step.stageId]?.lane : undefined));
  countCardRender(id);
  if (!step) return null;
  const criteria = step.exitCriteria.length;
  return (
    <div className={`step step-${lane ?? 'buyer'}${selected ? ' is-selected' : ''}`} data-step-id={id}>
      <Handle type="source" position={Position.Top} id="top" aria-label="Link from the top" />
      <Handle type="source" position={Position.Left} id="left" aria-label="Link from the left" />
      <div className="step-title" title={step.title}>
        {step.required && (
          <span className="step-required" aria-label="Required" title="Required">
            ●
          </span>
        )}
        {step.title || 'Untitled step'}
        <NoteMarker targetId={id} />
        <ChangeBadge targetId={id} />
      </div>
      <div className="step-meta">
        {step.techniques.length > 0 && (
          <span className="chip" title={step.techniques.map((t) => [t.framework, t.name].filter(Boolean).join(': ')).join('\n')}>
            {plural(step.techniques.length, 'technique')}
          </span>
        )}
        {criteria > 0 && <span className="chip">{criteria === 1 ? '1 criterion' : `${criteria} criteria`}</span>}
        {step.expectedDays !== null && (
          <span className="chip" title={`Expected to take ${plural(step.expectedDays, 'day')}`}>
            {step.expectedDays} d
          </span>
        )}
      </div>
      <Handle type="source" position={Position.Right} id="right" aria-label="Link from the right" />
      <Handle type="source" position={Position.Bottom} id="bottom" aria-label="Link from the bottom" />
    </div>
  );
});

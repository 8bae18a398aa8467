import { useId, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { techniqueInTitle, techniqueLabel } from '../../shared/techniques/techniqueInTitle';
import { stagesOf } from '../../shared/canvas/geometry';
import { LIMITS } from '../../shared/domain/limits';
import { stepBesidesPlace } from '../editor/besidesPlace';
import { useEditor } from '../editor/editorStore';
import { CommitInput } from '../ui/CommitInput';
import { DaysInput } from '../ui/DaysInput';
import { ConnectionsEditor } from './ConnectionsEditor';
import { ContentLinksEditor } from './ContentLinksEditor';
import { CriteriaEditor } from './CriteriaEditor';
import { useFocusWhenNew } from './useFocusWhenNew';

export function StepInspector({ stepId }: { stepId: string }) {
  // This panel does not show where the card sits: dropping the card does not draw it again.
  const step = useEditor(useMemo(() => stepBesidesPlace(stepId), [stepId]));
  const lane = useEditor((s) => (step ? s.stages[step.stageId]?.lane : undefined));
  const stages = useEditor(useShallow((s) => (lane ? stagesOf(Object.values(s.stages), lane) : [])));
  const ids = useId();
  const titleRef = useFocusWhenNew(stepId);
  const [technique, setTechnique] = useState('');
  if (!step || !lane) return null;
  const named = techniqueInTitle(step.title);
  const namedLabel = named && techniqueLabel(named);
  const update = useEditor.getState().updateStep;

  const addTechnique = () => {
    const text = technique.trim();
    if (!text) return;
    const [framework, ...rest] = text.split(':');
    const entry = rest.length ? { framework: framework!.trim(), name: rest.join(':').trim() } : { framework: '', name: text };
    update(stepId, (s) => ({ techniques: [...s.techniques, entry] }));
    setTechnique('');
  };

  return (
    <div className="inspector-section">
      <h2>{lane === 'buyer' ? 'Buyer step' : 'Seller step'}</h2>
      <label htmlFor={`${ids}-title`}>Title</label>
      <CommitInput ref={titleRef} id={`${ids}-title`} wraps value={step.title} limit={LIMITS.titleLength} maxLength={LIMITS.titleLength * 10} onCommit={(title) => update(stepId, { title })} />
      {named && (
        <p className="hint" role="note">
          “{namedLabel}” is a technique, not a step: a step is what happens in the deal, and techniques are how.{' '}
          {!step.techniques.some((t) => t.framework === named.framework && t.name === (named.element ?? '')) && (
            <button
              type="button"
              className="link-button"
              onClick={() => update(stepId, (s) => ({ techniques: [...s.techniques, { framework: named.framework, name: named.element ?? '' }] }))}
            >
              Attach {namedLabel} to this step
            </button>
          )}{' '}
          Then rename the step for what it achieves.
        </p>
      )}
      <label htmlFor={`${ids}-description`}>Description</label>
      <CommitInput id={`${ids}-description`} multiline className="long-text" value={step.description} maxLength={20000} onCommit={(description) => update(stepId, { description })} />
      <label htmlFor={`${ids}-stage`}>Stage</label>
      <select id={`${ids}-stage`} value={step.stageId} onChange={(e) => update(stepId, { stageId: e.target.value })}>
        {stages.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
      <div className="row">
        <label className="check">
          <input type="checkbox" checked={step.required} onChange={(e) => update(stepId, { required: e.target.checked })} /> Required
        </label>
        <DaysInput value={step.expectedDays} onCommit={(expectedDays) => update(stepId, { expectedDays })} />
      </div>
      <label htmlFor={`${ids}-roles`}>Who does it</label>
      <CommitInput
        id={`${ids}-roles`}
        value={step.roles.join(', ')}
        maxLength={5000}
        placeholder={lane === 'buyer' ? 'Economic buyer, Champion' : 'Account executive, Solutions engineer'}
        onCommit={(text) => update(stepId, { roles: text.split(',').map((r) => r.trim()).filter(Boolean).slice(0, 100).map((r) => r.slice(0, 200)) })}
      />
      <CriteriaEditor criteria={step.exitCriteria} onChange={(fn) => update(stepId, (s) => ({ exitCriteria: fn(s.exitCriteria) }))} />
      <fieldset>
        <legend>Techniques</legend>
        <ul className="chips">
          {step.techniques.map((t, i) => (
            <li key={`${t.framework}-${t.name}-${i}`} className="chip">
              {[t.framework, t.name].filter(Boolean).join(': ')}
              <button type="button" aria-label={`Remove technique ${t.name}`} onClick={() => update(stepId, (s) => ({ techniques: s.techniques.filter((_, j) => j !== i) }))}>
                ×
              </button>
            </li>
          ))}
        </ul>
        <div className="row">
          <input
            aria-label="New technique (framework: element)"
            placeholder="MEDDPICC: Paper process"
            value={technique}
            maxLength={200}
            onChange={(e) => setTechnique(e.target.value)}
            onKeyDown={(e) => e.key === 'Enter' && addTechnique()}
          />
          <button type="button" onClick={addTechnique}>
            Attach
          </button>
        </div>
      </fieldset>
      <ContentLinksEditor links={step.contentLinks} onChange={(fn) => update(stepId, (s) => ({ contentLinks: fn(s.contentLinks) }))} />
      <ConnectionsEditor stepId={stepId} lane={lane} />
      <button type="button" className="danger" onClick={() => useEditor.getState().deleteSteps([stepId])}>
        Delete step
      </button>
    </div>
  );
}

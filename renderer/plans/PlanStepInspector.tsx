import { useId, useState } from 'react';
import type { ExitCriterion } from '../../shared/domain/playbook';
import { removeOwnStep } from '../../shared/plan/deviations';
import { STATUS_ICONS, STATUS_LABELS } from '../../shared/plan/export/labels';
import { STEP_STATUSES, type StepStatus } from '../../shared/plan/plan';
import { CommitInput } from '../ui/CommitInput';
import { DeviationDialog, type DeviationRequest } from './DeviationDialog';
import { DeviationsList } from './DeviationsList';
import { DateInput } from './DateInput';
import { planIndex } from './planIndex';
import { PlaybookGuidance } from './PlaybookGuidance';
import { today, usePlan } from './planStore';

/** Keyboard users land back on the card they were working on (ids are letters, digits, - and _). */
function closeAndRefocus(stepId: string) {
  usePlan.getState().selectStep(null);
  document.querySelector<HTMLElement>(`.react-flow__node[data-id="${stepId}"]`)?.focus();
}

/** Everything a rep records about one step of the deal, and the ways to depart from the playbook there. */
export function PlanStepInspector({ stepId }: { stepId: string }) {
  const doc = usePlan((s) => s.doc)!;
  const playbook = usePlan((s) => s.playbook)!;
  const ids = useId();
  const [deviation, setDeviation] = useState<DeviationRequest | null>(null);
  const index = planIndex(doc, playbook);
  const step = index.steps.get(stepId);
  if (!step) return null;
  const source = step.playbookStepId ? playbook.steps.find((s) => s.id === step.playbookStepId) : undefined;
  const stage = playbook.stages.find((s) => s.id === step.stageId);
  const criteria: ExitCriterion[] = [...(source?.exitCriteria ?? []), ...(stage?.exitCriteria ?? [])];
  const store = usePlan.getState();
  const update = store.updateStep;

  const setStatus = (status: StepStatus) => {
    // Skipping is a departure from the playbook: it asks why before anything changes.
    if (status === 'skipped') return setDeviation({ kind: 'skip', stepId });
    update(stepId, (s) => ({ status, doneDate: status === 'done' ? (s.doneDate ?? today()) : s.doneDate }));
  };
  const setEvidence = (criterionId: string, note: string) =>
    update(stepId, (s) => {
      const rest = s.evidence.filter((e) => e.criterionId !== criterionId);
      return { evidence: note.trim() ? [...rest, { criterionId, note }] : rest };
    });

  return (
    <div className="inspector-section">
      <div className="row">
        <h2 className="grow">{step.lane === 'buyer' ? 'Buyer step' : 'Seller step'}</h2>
        <button type="button" onClick={() => closeAndRefocus(stepId)} aria-label="Close step">
          ×
        </button>
      </div>
      {step.playbookStepId === null ? (
        <>
          <label htmlFor={`${ids}-title`}>Title</label>
          <CommitInput id={`${ids}-title`} value={step.title} maxLength={300} onCommit={(title) => update(stepId, { title })} />
        </>
      ) : (
        <p className="plan-step-title">{step.title}</p>
      )}
      <p className="muted">Stage: {stage?.name ?? '—'}</p>
      {source && <PlaybookGuidance source={source} />}

      <label htmlFor={`${ids}-status`}>Status</label>
      <select id={`${ids}-status`} value={step.status} onChange={(e) => setStatus(e.target.value as StepStatus)}>
        {STEP_STATUSES.map((s) => (
          <option key={s} value={s}>
            {STATUS_ICONS[s]} {STATUS_LABELS[s]}
          </option>
        ))}
      </select>
      <div className="row">
        <span className="date-field">
          <label htmlFor={`${ids}-planned`}>Planned date</label>
          <DateInput id={`${ids}-planned`} value={step.plannedDate} onCommit={(plannedDate) => update(stepId, { plannedDate })} />
        </span>
        <span className="date-field">
          <label htmlFor={`${ids}-done`}>Done date</label>
          <DateInput id={`${ids}-done`} value={step.doneDate} onCommit={(doneDate) => update(stepId, { doneDate })} />
        </span>
      </div>
      <label htmlFor={`${ids}-buyer-owner`}>Buyer owner</label>
      <select id={`${ids}-buyer-owner`} value={step.buyerOwnerId ?? ''} onChange={(e) => update(stepId, { buyerOwnerId: e.target.value || null })}>
        <option value="">{doc.stakeholders.length ? 'Nobody yet' : 'Nobody yet (add stakeholders first)'}</option>
        {doc.stakeholders.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
            {p.title ? ` (${p.title})` : ''}
          </option>
        ))}
      </select>
      <label htmlFor={`${ids}-seller-owner`}>Seller owner</label>
      <CommitInput id={`${ids}-seller-owner`} value={step.sellerOwner} maxLength={200} placeholder="Who does it on our side" onCommit={(sellerOwner) => update(stepId, { sellerOwner })} />

      {doc.stakeholders.length > 0 && (
        <fieldset>
          <legend>People involved</legend>
          {doc.stakeholders.map((p) => (
            <label key={p.id} className="check">
              <input
                type="checkbox"
                checked={step.stakeholderIds.includes(p.id)}
                onChange={(e) =>
                  update(stepId, (s) => ({ stakeholderIds: e.target.checked ? [...s.stakeholderIds.filter((x) => x !== p.id), p.id] : s.stakeholderIds.filter((x) => x !== p.id) }))
                }
              />{' '}
              {p.name}
            </label>
          ))}
        </fieldset>
      )}

      {criteria.length > 0 && (
        <fieldset>
          <legend>Evidence for exit criteria</legend>
          {criteria.map((c) => (
            <div key={c.id} className="evidence">
              <label htmlFor={`${ids}-evidence-${c.id}`}>{c.statement || 'Exit criterion'}</label>
              <CommitInput
                id={`${ids}-evidence-${c.id}`}
                multiline
                rows={2}
                maxLength={20000}
                placeholder="How it was met: who did what, where it is filed"
                value={step.evidence.find((e) => e.criterionId === c.id)?.note ?? ''}
                onCommit={(note) => setEvidence(c.id, note)}
              />
            </div>
          ))}
        </fieldset>
      )}

      <label htmlFor={`${ids}-notes`}>Notes</label>
      <CommitInput id={`${ids}-notes`} multiline rows={3} maxLength={20000} value={step.notes} onCommit={(notes) => update(stepId, { notes })} />

      <fieldset>
        <legend>Deviate from the playbook</legend>
        <div className="row">
          {step.status !== 'skipped' && (
            <button type="button" onClick={() => setDeviation({ kind: 'skip', stepId })}>
              Skip step…
            </button>
          )}
          <button type="button" onClick={() => setDeviation({ kind: 'move', stepId })}>
            Move to another stage…
          </button>
          {step.playbookStepId === null && (
            <button type="button" className="danger" onClick={() => store.edit((d) => removeOwnStep(d, stepId)) && store.selectStep(null)}>
              Remove this step
            </button>
          )}
        </div>
      </fieldset>
      <DeviationsList stepId={stepId} />
      {deviation && <DeviationDialog request={deviation} onClose={() => setDeviation(null)} />}
    </div>
  );
}

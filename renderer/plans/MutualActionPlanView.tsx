import { mutualActionPlan, stepDate } from '../../shared/plan/mutualActionPlan';
import { STATUS_ICONS, STATUS_LABELS } from '../../shared/plan/export/labels';
import type { PlanStep } from '../../shared/plan/plan';
import { LANE_LABEL } from '../canvas/flowModel';
import { CommitInput } from '../ui/CommitInput';
import { DateInput } from './DateInput';
import { today, usePlan } from './planStore';

/**
 * The plan both sides sign up to: every step with a date and an owner on each side, in date order,
 * edited in place. Steps still missing a date or an owner are listed below, to be filled in.
 */
export function MutualActionPlanView() {
  const doc = usePlan((s) => s.doc)!;
  const rows = mutualActionPlan(doc);
  const onPlan = new Set(rows.map((r) => r.stepId));
  const byId = new Map(doc.steps.map((s) => [s.id, s] as const));
  const missing = doc.steps
    .filter((s) => s.status !== 'skipped' && !onPlan.has(s.id))
    .sort((a, b) => (stepDate(a) ?? '9999').localeCompare(stepDate(b) ?? '9999'));
  return (
    <section className="map-view" aria-labelledby="map-heading">
      <h2 id="map-heading">Mutual action plan</h2>
      {rows.length === 0 ? (
        <p className="muted">No step has a date and an owner on both sides yet. Fill them in below or in a step’s inspector.</p>
      ) : (
        <MapTable caption="Agreed steps, in date order" steps={rows.map((r) => byId.get(r.stepId)!)} />
      )}
      {missing.length > 0 && (
        <details className="map-missing">
          <summary>Steps not on the plan yet ({missing.length}): missing a date or an owner</summary>
          <MapTable caption="Steps missing a date or an owner" steps={missing} />
        </details>
      )}
    </section>
  );
}

function MapTable({ caption, steps }: { caption: string; steps: PlanStep[] }) {
  const stakeholders = usePlan((s) => s.doc!.stakeholders);
  const { updateStep } = usePlan.getState();
  return (
    <table className="map-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Step</th>
          <th scope="col">Lane</th>
          <th scope="col">Customer owner</th>
          <th scope="col">Our owner</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {steps.map((step) => {
          const done = step.status === 'done';
          return (
            <tr key={step.id} data-step-id={step.id} className={`status-${step.status}`}>
              <td>
                <DateInput
                  aria-label={`${done ? 'Done date' : 'Planned date'} of ${step.title}`}
                  value={done ? (step.doneDate ?? step.plannedDate) : step.plannedDate}
                  onCommit={(day) => updateStep(step.id, done ? { doneDate: day } : { plannedDate: day })}
                />
              </td>
              <th scope="row">
                <button type="button" className="link-button" onClick={() => usePlan.setState({ selectedStepId: step.id, view: 'canvas' })}>
                  {step.title}
                </button>
              </th>
              <td>{LANE_LABEL[step.lane]}</td>
              <td>
                <select aria-label={`Customer owner of ${step.title}`} value={step.buyerOwnerId ?? ''} onChange={(e) => updateStep(step.id, { buyerOwnerId: e.target.value || null })}>
                  <option value="">Nobody yet</option>
                  {stakeholders.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.name}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <CommitInput aria-label={`Our owner of ${step.title}`} value={step.sellerOwner} maxLength={200} onCommit={(sellerOwner) => updateStep(step.id, { sellerOwner })} />
              </td>
              <td>
                <label className="check">
                  <input
                    type="checkbox"
                    aria-label={`${step.title} is done`}
                    checked={done}
                    onChange={(e) => updateStep(step.id, (s) => (e.target.checked ? { status: 'done', doneDate: s.doneDate ?? s.plannedDate ?? today() } : { status: 'inProgress' }))}
                  />
                  <span aria-hidden="true">{STATUS_ICONS[step.status]}</span> {STATUS_LABELS[step.status]}
                </label>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

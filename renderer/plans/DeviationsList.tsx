import { DEVIATION_CATEGORY_LABELS, DEVIATION_KIND_LABELS } from '../../shared/plan/export/labels';
import { usePlan } from './planStore';

/** Where the deal departed from the playbook and why, newest first; for one step when given. */
export function DeviationsList({ stepId }: { stepId?: string }) {
  const doc = usePlan((s) => s.doc)!;
  const playbook = usePlan((s) => s.playbook)!;
  const deviations = doc.deviations.filter((d) => !stepId || d.planStepId === stepId).reverse();
  const stepTitle = (id: string | null) => (id ? doc.steps.find((s) => s.id === id)?.title : undefined);
  const stageName = (id: string | null) => (id ? playbook.stages.find((s) => s.id === id)?.name : undefined);
  return (
    <section className="deviations" aria-label={stepId ? 'Deviations of this step' : 'Deviations'}>
      <h3>Deviations</h3>
      {deviations.length === 0 ? (
        <p className="muted">{stepId ? 'This step follows the playbook.' : 'None: this deal follows the playbook.'}</p>
      ) : (
        <ol className="deviation-list">
          {deviations.map((d) => (
            <li key={d.id}>
              <strong>{DEVIATION_KIND_LABELS[d.kind]}</strong>
              {!stepId && stepTitle(d.planStepId) && (
                <>
                  {' '}
                  <button type="button" className="link-button" onClick={() => usePlan.getState().selectStep(d.planStepId)}>
                    {stepTitle(d.planStepId)}
                  </button>
                </>
              )}
              {(d.kind === 'move' || d.kind === 'loopBack') && stageName(d.stageId) && <> → {stageName(d.stageId)}</>}
              <span className="muted">
                {' '}
                · {DEVIATION_CATEGORY_LABELS[d.category]} · {d.at.slice(0, 10)}
              </span>
              <div className="deviation-reason">{d.reason}</div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

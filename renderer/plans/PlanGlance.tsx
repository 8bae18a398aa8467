import { OUTCOME_LABELS, formatValue } from '../../shared/plan/export/labels';
import { planIndex } from './planIndex';
import { usePlan } from './planStore';

/** Where the deal stands, always in view: the stage each side is in, how much is finished, the outcome. */
export function PlanGlance() {
  const doc = usePlan((s) => s.doc)!;
  const playbook = usePlan((s) => s.playbook)!;
  const { current } = planIndex(doc, playbook);
  const finished = doc.steps.filter((s) => s.status === 'done' || s.status === 'skipped').length;
  const value = formatValue(doc.plan);
  return (
    <div className="plan-glance" aria-label="Where the deal stands">
      <span>
        Buyer stage: <strong data-testid="current-buyer-stage">{current.buyer?.name ?? 'all finished'}</strong>
      </span>
      <span>
        Seller stage: <strong data-testid="current-seller-stage">{current.seller?.name ?? 'all finished'}</strong>
      </span>
      <span>
        {finished} of {doc.steps.length} steps finished
      </span>
      {value && <span>{value}</span>}
      {doc.plan.targetCloseDate && <span>Close {doc.plan.targetCloseDate}</span>}
      <span>Outcome: {OUTCOME_LABELS[doc.plan.outcome]}</span>
    </div>
  );
}

import { DealDetails } from './DealDetails';
import { DeviationsList } from './DeviationsList';
import { PlanAnalysis } from './PlanAnalysis';
import { PlanStepInspector } from './PlanStepInspector';
import { usePlan } from './planStore';
import { StakeholdersPanel } from './StakeholdersPanel';

/** The side panel: the selected step, or else the deal, its buying committee and its deviations. */
export function PlanPanel() {
  const stepId = usePlan((s) => s.selectedStepId);
  return (
    <aside className="inspector plan-panel" aria-label="Plan inspector">
      {stepId ? (
        <PlanStepInspector key={stepId} stepId={stepId} />
      ) : (
        <div className="inspector-section">
          <p className="muted">Select a step to record its status, dates, owners and evidence.</p>
          <StakeholdersPanel />
          <DeviationsList />
          <PlanAnalysis />
          <DealDetails />
        </div>
      )}
    </aside>
  );
}

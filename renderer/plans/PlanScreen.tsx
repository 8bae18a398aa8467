import { ReactFlowProvider } from '@xyflow/react';
import { useEffect } from 'react';
import { useNavigation } from '../app/navigation';
import { MutualActionPlanView } from './MutualActionPlanView';
import { PlanCanvas } from './PlanCanvas';
import { PlanGlance } from './PlanGlance';
import { PlanPanel } from './PlanPanel';
import { usePlan } from './planStore';
import { PlanToolbar } from './PlanToolbar';
import { usePlanShortcuts } from './usePlanShortcuts';

/** A deal plan: the pinned playbook's lanes with this deal's steps, and the panel to record what happens. */
export function PlanScreen({ planId }: { planId: string }) {
  const status = usePlan((s) => s.status);
  const loadedId = usePlan((s) => s.planId);
  const view = usePlan((s) => s.view);
  useEffect(() => {
    void usePlan.getState().load(planId);
  }, [planId]);
  usePlanShortcuts();

  if (status === 'missing' && loadedId === planId) {
    return (
      <main className="editor-missing">
        <p>This deal plan could not be opened.</p>
        <button type="button" onClick={() => useNavigation.getState().goHome()}>
          Back to the start screen
        </button>
      </main>
    );
  }
  if (status !== 'ready' || loadedId !== planId) return <p className="loading">Opening deal plan…</p>;
  return (
    <div className="editor plan-screen">
      <PlanToolbar />
      <PlanGlance />
      <main className="editor-body">
        {view === 'canvas' ? (
          <section className="canvas" aria-label="Plan steps">
            <ReactFlowProvider>
              <PlanCanvas />
            </ReactFlowProvider>
          </section>
        ) : (
          <MutualActionPlanView />
        )}
        <PlanPanel />
      </main>
    </div>
  );
}

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
import { PlanNotes } from '../review/PlanNotes';
import { ReviewBar } from '../review/ReviewBar';
import { selectUnderReview, useReview } from '../review/reviewStore';
import { CompareOverlay } from '../review/CompareOverlay';
import { PlanCompare } from '../review/PlanCompare';
import { useCompare } from '../review/compareStore';

/** A deal plan: the pinned playbook's lanes with this deal's steps, and the panel to record what happens. */
export function PlanScreen({ planId }: { planId: string }) {
  const status = usePlan((s) => s.status);
  const loadedId = usePlan((s) => s.planId);
  const view = usePlan((s) => s.view);
  useEffect(() => {
    void usePlan.getState().load(planId);
    void useReview.getState().load({ kind: 'plan', id: planId });
  }, [planId]);
  usePlanShortcuts();
  // Someone else's plan opens for review: read and note, never change.
  const underReview = useReview(selectUnderReview(planId));
  const notesOpen = useReview((s) => s.panelOpen);
  const compareOpen = useCompare((s) => s.open);

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
      <ReviewBar owner={{ kind: 'plan', id: planId }} flushSaves={() => usePlan.getState().flushSaves()}>
        <button type="button" aria-pressed={compareOpen} onClick={() => (compareOpen ? useCompare.getState().close() : useCompare.setState({ open: true }))}>
          Compare with playbook
        </button>
      </ReviewBar>
      <ReactFlowProvider>
        <main className="editor-body">
          {view === 'canvas' ? (
            <section className="canvas" aria-label="Plan steps">
              <PlanCanvas>{compareOpen && <CompareOverlay />}</PlanCanvas>
            </section>
          ) : (
            <MutualActionPlanView />
          )}
          {compareOpen && <PlanCompare />}
          {notesOpen && <PlanNotes />}
          {underReview ? (
            <fieldset className="read-only-frame" disabled aria-label="Read-only plan">
              <PlanPanel />
            </fieldset>
          ) : (
            <PlanPanel />
          )}
        </main>
      </ReactFlowProvider>
    </div>
  );
}

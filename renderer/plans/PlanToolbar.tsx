import { useState } from 'react';
import { useStore } from 'zustand';
import { useNavigation } from '../app/navigation';
import { DeviationDialog, type DeviationRequest } from './DeviationDialog';
import { exportOpenPlan, PLAN_FILE_FORMATS, type PlanFileFormat } from './exportOpenPlan';
import { usePlan } from './planStore';

export function PlanToolbar() {
  const account = usePlan((s) => s.doc?.plan.account ?? '');
  const version = usePlan((s) => (s.playbook ? `${s.playbook.playbook.name} v${s.playbook.playbook.version}` : ''));
  const view = usePlan((s) => s.view);
  const pending = usePlan((s) => s.pendingSaves);
  const canUndo = useStore(usePlan.temporal, (s) => s.pastStates.length > 0);
  const canRedo = useStore(usePlan.temporal, (s) => s.futureStates.length > 0);
  const [deviation, setDeviation] = useState<DeviationRequest | null>(null);
  const [exporting, setExporting] = useState(false);
  const store = usePlan.getState;

  return (
    <header className="toolbar" role="toolbar" aria-label="Plan tools">
      <button type="button" onClick={() => useNavigation.getState().goHome()} aria-label="Back to the start screen">
        ← Start screen
      </button>
      <h1 className="plan-title">
        {account} <span className="muted">· {version}</span>
      </h1>
      <span className="toolbar-group" role="group" aria-label="View">
        <button type="button" aria-pressed={view === 'canvas'} onClick={() => store().setView('canvas')}>
          Canvas
        </button>
        <button type="button" aria-pressed={view === 'map'} onClick={() => store().setView('map')}>
          Mutual action plan
        </button>
      </span>
      <span className="toolbar-group">
        <button type="button" onClick={() => setDeviation({ kind: 'add' })}>
          Add own step…
        </button>
        <button type="button" onClick={() => setDeviation({ kind: 'loopBack' })}>
          Loop back…
        </button>
      </span>
      <span className="toolbar-group">
        <button type="button" onClick={() => store().undo()} disabled={!canUndo} aria-keyshortcuts="Control+Z" title="Undo (Ctrl+Z)">
          Undo
        </button>
        <button type="button" onClick={() => store().redo()} disabled={!canRedo} aria-keyshortcuts="Control+Shift+Z" title="Redo (Ctrl+Shift+Z)">
          Redo
        </button>
      </span>
      <select
        aria-label="Export plan as"
        value=""
        disabled={exporting}
        onChange={(e) => {
          const format = e.target.value as PlanFileFormat;
          if (!format) return;
          setExporting(true);
          void exportOpenPlan(format).finally(() => setExporting(false));
        }}
      >
        <option value="">{exporting ? 'Exporting…' : 'Export…'}</option>
        {PLAN_FILE_FORMATS.map((f) => (
          <option key={f.id} value={f.id}>
            {f.label}
          </option>
        ))}
      </select>
      <span className="save-state" role="status" aria-live="polite">
        {pending > 0 ? 'Saving…' : 'All changes saved'}
      </span>
      {deviation && <DeviationDialog request={deviation} onClose={() => setDeviation(null)} />}
    </header>
  );
}

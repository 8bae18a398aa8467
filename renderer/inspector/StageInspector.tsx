import { useId, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { stagesOf } from '../../shared/canvas/geometry';
import { LIMITS } from '../../shared/domain/limits';
import { useEditor } from '../editor/editorStore';
import { CommitInput } from '../ui/CommitInput';
import { DaysInput } from '../ui/DaysInput';
import { CriteriaEditor } from './CriteriaEditor';
import { useFocusWhenNew } from './useFocusWhenNew';
import { RemoveStageDialog } from './RemoveStageDialog';

export function StageInspector({ stageId }: { stageId: string }) {
  const stage = useEditor((s) => s.stages[stageId]);
  const siblings = useEditor(useShallow((s) => (stage ? stagesOf(Object.values(s.stages), stage.lane) : [])));
  const stepCount = useEditor((s) => Object.values(s.steps).filter((st) => st.stageId === stageId).length);
  const ids = useId();
  const nameRef = useFocusWhenNew(stageId);
  const [removing, setRemoving] = useState(false);
  if (!stage) return null;
  const store = useEditor.getState();
  const index = siblings.findIndex((s) => s.id === stageId);

  const remove = () => {
    if (stepCount === 0) void store.removeStage(stageId, null);
    else setRemoving(true);
  };

  return (
    <div className="inspector-section">
      <h2>{stage.lane === 'buyer' ? 'Buyer stage' : 'Seller stage'}</h2>
      <label htmlFor={`${ids}-name`}>Name</label>
      <CommitInput
        ref={nameRef}
        id={`${ids}-name`}
        wraps
        value={stage.name}
        limit={LIMITS.nameLength}
        maxLength={LIMITS.nameLength * 10}
        refuse={(name) => (name.trim() ? null : `A stage needs a name: it stays “${stage.name}”.`)}
        onCommit={(name) => store.updateStage(stageId, { name: name.trim() })}
      />
      <div className="row">
        <DaysInput value={stage.expectedDays} onCommit={(expectedDays) => store.updateStage(stageId, { expectedDays })} />
      </div>
      {stage.lane === 'buyer' && (
        <div className="row">
          <label className="check">
            <input type="checkbox" checked={stage.alwaysOn} onChange={(e) => store.updateStage(stageId, { alwaysOn: e.target.checked })} /> Always on
          </label>
          <label className="check">
            <input type="checkbox" checked={stage.revisitable} onChange={(e) => store.updateStage(stageId, { revisitable: e.target.checked })} /> Buyers revisit it
          </label>
        </div>
      )}
      <CriteriaEditor criteria={stage.exitCriteria} onChange={(fn) => store.updateStage(stageId, (s) => ({ exitCriteria: fn(s.exitCriteria) }))} />
      <div className="row">
        <button type="button" disabled={index <= 0} onClick={() => store.moveStage(stageId, -1)}>
          Move left
        </button>
        <button type="button" disabled={index >= siblings.length - 1} onClick={() => store.moveStage(stageId, 1)}>
          Move right
        </button>
        <button type="button" onClick={() => store.addStage(stage.lane, index + 1)}>
          Add stage after
        </button>
      </div>
      <button type="button" className="danger" disabled={siblings.length <= 1} onClick={remove} title={siblings.length <= 1 ? 'A lane needs at least one stage' : undefined}>
        Remove stage
      </button>
      {removing && <RemoveStageDialog stageId={stageId} stepCount={stepCount} onClose={() => setRemoving(false)} />}
    </div>
  );
}

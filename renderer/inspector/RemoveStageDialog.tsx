import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { stagesOf } from '../../shared/canvas/geometry';
import { useEditor } from '../editor/editorStore';
import { Dialog } from '../ui/Dialog';

/** Removing a stage that holds steps asks where the steps go: to another stage of the lane, or away with it. */
export function RemoveStageDialog({ stageId, stepCount, onClose }: { stageId: string; stepCount: number; onClose: () => void }) {
  const stage = useEditor((s) => s.stages[stageId]);
  const others = useEditor(useShallow((s) => (stage ? stagesOf(Object.values(s.stages), stage.lane).filter((x) => x.id !== stageId) : [])));
  const [choice, setChoice] = useState<'move' | 'delete'>('move');
  const [target, setTarget] = useState(others[0]?.id ?? '');
  if (!stage) return null;
  const confirm = async () => {
    await useEditor.getState().removeStage(stageId, choice === 'move' ? target : null);
    onClose();
  };
  return (
    <Dialog title={`Remove stage “${stage.name}”?`} onClose={onClose}>
      <p>
        It holds {stepCount} step{stepCount === 1 ? '' : 's'}.
      </p>
      <label className="check">
        <input type="radio" name="remove-stage" checked={choice === 'move'} onChange={() => setChoice('move')} /> Move the steps to
      </label>
      <select aria-label="Stage to move the steps to" value={target} disabled={choice !== 'move'} onChange={(e) => setTarget(e.target.value)}>
        {others.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
      <label className="check">
        <input type="radio" name="remove-stage" checked={choice === 'delete'} onChange={() => setChoice('delete')} /> Delete the steps with the stage
      </label>
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="danger" onClick={() => void confirm()}>
          Remove stage
        </button>
      </div>
    </Dialog>
  );
}

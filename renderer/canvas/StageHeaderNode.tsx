import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useEditor } from '../editor/editorStore';
import { LANE_LABEL, type StageHeaderNode as StageHeaderNodeType } from './flowModel';
import { NoteMarker } from '../review/NoteMarker';

/** A stage's label at the top of its column; clicking it opens the stage in the inspector. */
export const StageHeaderNode = memo(function StageHeaderNode({ data }: NodeProps<StageHeaderNodeType>) {
  const stage = useEditor((s) => s.stages[data.stageId]);
  const selected = useEditor((s) => s.selectedStageId === data.stageId);
  if (!stage) return null;
  return (
    <button
      type="button"
      className={`stage-header nodrag${selected ? ' is-selected' : ''}`}
      aria-label={`${LANE_LABEL[stage.lane]} stage: ${stage.name}`}
      aria-pressed={selected}
      title={stage.name}
      onClick={() => useEditor.getState().selectStage(stage.id)}
      onDoubleClick={(e) => e.stopPropagation()}
    >
      <span className="stage-name">{stage.name}</span>
      <NoteMarker targetId={stage.id} />
      {stage.alwaysOn && <span className="stage-badge">always on</span>}
    </button>
  );
});

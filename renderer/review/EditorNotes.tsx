import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useCallback } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { NoteTarget } from '../../shared/review/notes';
import { useCentre } from '../analysis/useCentre';
import { useEditor } from '../editor/editorStore';
import { linkPoint } from './linkPoint';
import { NotesPanel } from './NotesPanel';
import { selectLink } from './selectLink';

const LANE_WORD = { buyer: 'Buyer', seller: 'Seller' } as const;

/** The notes panel over the playbook editor: targets come from the canvas selection, notes centre their element. */
export function EditorNotes() {
  const centre = useCentre();
  const flow = useReactFlow();
  const flowStore = useStoreApi();
  const { playbookId, name, selectedStepIds, selectedLinkIds, selectedStageId } = useEditor(
    useShallow((s) => ({ playbookId: s.playbookId, name: s.meta.name, selectedStepIds: s.selectedStepIds, selectedLinkIds: s.selectedLinkIds, selectedStageId: s.selectedStageId })),
  );
  const steps = useEditor((s) => s.steps);
  const stages = useEditor((s) => s.stages);
  const links = useEditor((s) => s.links);

  const describe = useCallback(
    (target: NoteTarget): string => {
      if (target.kind === 'step') {
        const step = steps[target.id];
        return step ? `${LANE_WORD[stages[step.stageId]?.lane ?? 'buyer']} step '${step.title || 'Untitled step'}'` : 'A removed step';
      }
      if (target.kind === 'stage') return stages[target.id] ? `Stage '${stages[target.id]!.name}'` : 'A removed stage';
      if (target.kind === 'link') {
        const link = links[target.id];
        return link ? `Link '${steps[link.sourceId]?.title ?? '?'}' → '${steps[link.targetId]?.title ?? '?'}'` : 'A removed link';
      }
      return `The whole playbook '${name}'`;
    },
    [steps, stages, links, name],
  );

  const targets: Array<{ target: NoteTarget; label: string }> = [
    ...selectedStepIds.map((id) => ({ kind: 'step' as const, id })),
    ...selectedLinkIds.map((id) => ({ kind: 'link' as const, id })),
    ...(selectedStageId ? [{ kind: 'stage' as const, id: selectedStageId }] : []),
    { kind: 'file' as const, id: playbookId ?? '' },
  ].map((target) => ({ target, label: describe(target) }));

  const reveal = (target: NoteTarget) => {
    const editor = useEditor.getState();
    if (target.kind === 'step' && steps[target.id]) {
      editor.selectStep(target.id);
      centre(target.id);
    } else if (target.kind === 'stage' && stages[target.id]) {
      editor.selectStage(target.id);
    } else if (target.kind === 'link' && links[target.id]) {
      selectLink(target.id);
      const point = linkPoint(flowStore.getState(), target.id, 0.5);
      if (point) void flow.setCenter(point.x, point.y, { zoom: Math.max(flow.getZoom(), 0.8), duration: 250 });
    }
  };

  return <NotesPanel targets={targets} describe={describe} reveal={reveal} />;
}

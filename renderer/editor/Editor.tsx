import { ReactFlowProvider } from '@xyflow/react';
import { useEffect } from 'react';
import { useNavigation } from '../app/navigation';
import { Canvas } from '../canvas/Canvas';
import { Inspector } from '../inspector/Inspector';
import { useEditor } from './editorStore';
import { Toolbar } from './Toolbar';
import { useEditorShortcuts } from './useEditorShortcuts';
import { FindBar } from '../find/FindBar';
import { CanvasClipboard } from '../clipboard/CanvasClipboard';
import { useFind } from '../find/findStore';
import { VersionBar } from './VersionBar';
import { EditorNotes } from '../review/EditorNotes';
import { ReviewBar } from '../review/ReviewBar';
import { ComparePanel } from '../review/ComparePanel';
import { CompareOverlay } from '../review/CompareOverlay';
import { LinkNoteMarkers } from '../review/LinkNoteMarkers';
import { useCompare } from '../review/compareStore';
import { selectUnderReview, useReview } from '../review/reviewStore';

export function Editor({ playbookId }: { playbookId: string }) {
  const status = useEditor((s) => s.status);
  const loadedId = useEditor((s) => s.playbookId);
  useEffect(() => {
    void useEditor.getState().load(playbookId);
    void useReview.getState().load({ kind: 'playbook', id: playbookId });
  }, [playbookId]);
  useEditorShortcuts();
  // Someone else's playbook opens for review: read-only, whatever its status.
  const underReview = useReview(selectUnderReview(playbookId));
  const notesOpen = useReview((s) => s.panelOpen);
  const compareOpen = useCompare((s) => s.open);
  const findOpen = useFind((s) => s.open);
  // Published and retired versions are frozen: plans are pinned to exactly what they hold.
  const frozen = useEditor((s) => s.meta.status !== 'draft');
  const readOnly = frozen || underReview;

  if (status === 'missing') {
    return (
      <main className="editor-missing">
        <p>This playbook could not be opened.</p>
        <button type="button" onClick={() => useNavigation.getState().goHome()}>
          Back to playbooks
        </button>
      </main>
    );
  }
  const ready = status === 'ready' && loadedId === playbookId;
  return (
    <ReactFlowProvider>
      <div className="editor">
        <Toolbar />
        {ready && !underReview && <VersionBar />}
        {ready && (
          <ReviewBar owner={{ kind: 'playbook', id: playbookId }} flushSaves={() => useEditor.getState().flushSaves()}>
            <button type="button" aria-pressed={compareOpen} onClick={() => useCompare.getState().toggle()}>
              Compare
            </button>
          </ReviewBar>
        )}
        <main className="editor-body">
          <section className="canvas" aria-label="Canvas" aria-busy={!ready} onDoubleClickCapture={readOnly ? (e) => e.stopPropagation() : undefined}>
            {ready ? (
              <Canvas key={playbookId} readOnly={readOnly}>
                {compareOpen && <CompareOverlay />}
                <LinkNoteMarkers />
              </Canvas>
            ) : (
              <p className="loading">Opening playbook…</p>
            )}
            {ready && findOpen && <FindBar />}
            {ready && <CanvasClipboard readOnly={readOnly} />}
          </section>
          {ready && compareOpen && (
            <aside className="notes-panel" aria-label="Compare versions">
              <ComparePanel />
            </aside>
          )}
          {ready && notesOpen && <EditorNotes />}
          {ready && (
            <fieldset className="read-only-frame" disabled={readOnly} aria-label={readOnly ? 'Read-only version' : undefined}>
              <Inspector />
            </fieldset>
          )}
        </main>
      </div>
    </ReactFlowProvider>
  );
}

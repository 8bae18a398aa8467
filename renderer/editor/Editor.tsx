import { ReactFlowProvider } from '@xyflow/react';
import { useEffect } from 'react';
import { useNavigation } from '../app/navigation';
import { Canvas } from '../canvas/Canvas';
import { Inspector } from '../inspector/Inspector';
import { useEditor } from './editorStore';
import { Toolbar } from './Toolbar';
import { useEditorShortcuts } from './useEditorShortcuts';

export function Editor({ playbookId }: { playbookId: string }) {
  const status = useEditor((s) => s.status);
  const loadedId = useEditor((s) => s.playbookId);
  useEffect(() => {
    void useEditor.getState().load(playbookId);
  }, [playbookId]);
  useEditorShortcuts();

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
        <main className="editor-body">
          <section className="canvas" aria-label="Canvas" aria-busy={!ready}>
            {ready ? <Canvas key={playbookId} /> : <p className="loading">Opening playbook…</p>}
          </section>
          {ready && <Inspector />}
        </main>
      </div>
    </ReactFlowProvider>
  );
}

import { useReactFlow } from '@xyflow/react';
import { useCallback, useEffect } from 'react';
import { useEditor } from '../editor/editorStore';
import { useFind } from '../find/findStore';
import { isTextEntry } from '../ui/isTextEntry';
import { useNotices } from '../ui/notices';

const ANIMATION = { duration: 250 };

/**
 * Find, zoom to fit and zoom to selection: toolbar buttons, and the shortcuts people bring from
 * diagram tools (Ctrl/Cmd+F, and Shift+1 / Shift+2 as in Figma).
 */
export function ViewTools() {
  const flow = useReactFlow();
  const zoomToFit = useCallback(() => void flow.fitView({ padding: 0.08, ...ANIMATION }), [flow]);
  const zoomToSelection = useCallback(() => {
    const ids = useEditor.getState().selectedStepIds;
    if (!ids.length) {
      useNotices.getState().show('Select one or more steps to zoom to.');
      return;
    }
    void flow.fitView({ nodes: ids.map((id) => ({ id })), padding: 0.3, maxZoom: 1.5, ...ANIMATION });
  }, [flow]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey;
      if (mod && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'f') {
        event.preventDefault();
        useFind.getState().show();
        return;
      }
      // By key position, so Shift+1 is the same key on every keyboard layout.
      if (mod || event.altKey || !event.shiftKey || isTextEntry(event.target)) return;
      if (event.code === 'Digit1') {
        event.preventDefault();
        zoomToFit();
      } else if (event.code === 'Digit2') {
        event.preventDefault();
        zoomToSelection();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [zoomToFit, zoomToSelection]);

  return (
    <span className="toolbar-group">
      <button type="button" onClick={() => useFind.getState().show()} aria-keyshortcuts="Control+F" title="Find a step (Ctrl+F)">
        Find
      </button>
      <button type="button" onClick={zoomToFit} aria-keyshortcuts="Shift+1" title="Zoom to fit (Shift+1)">
        Zoom to fit
      </button>
      <button type="button" onClick={zoomToSelection} aria-keyshortcuts="Shift+2" title="Zoom to selection (Shift+2)">
        Zoom to selection
      </button>
    </span>
  );
}

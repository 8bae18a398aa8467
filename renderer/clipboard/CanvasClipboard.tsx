import { useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import { copySteps } from '../../shared/clipboard/copySteps';
import { readClipboardText, type ClipboardPayload } from '../../shared/clipboard/payload';
import { pasteSteps, type PastePoint } from '../../shared/clipboard/pasteSteps';
import { randomId } from '../../shared/domain/ids';
import { laneFrames } from '../canvas/flowModel';
import { useEditor } from '../editor/editorStore';
import { isTextEntry } from '../ui/isTextEntry';
import { selectAllSteps } from './selectAllSteps';
import { useNotices } from '../ui/notices';

/** Where the pointer last was, read only when pasting (kept outside React: moving the mouse renders nothing). */
const pointer = { x: Number.NaN, y: Number.NaN };
const trackPointer = (event: PointerEvent) => {
  pointer.x = event.clientX;
  pointer.y = event.clientY;
};

/** Text selected on the page (in the inspector, a notice) is the user's to copy as text. */
const textIsSelected = () => !!window.getSelection()?.toString();

/**
 * Copy, cut, paste and duplicate of steps with the links among them, select all (Ctrl/Cmd+C, X,
 * V, D, A). Copy and paste go through the system clipboard's copy, cut and paste events, so the
 * keys and the Edit menu do the same, and steps copied in one playbook paste into another. Renders
 * nothing.
 */
export function CanvasClipboard({ readOnly }: { readOnly: boolean }) {
  const { screenToFlowPosition } = useReactFlow();

  useEffect(() => {
    /** The lane under the pointer and the point in it, or null when the pointer is not over a lane. */
    const pastePoint = (): PastePoint | null => {
      const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
      if (!pane || !(pointer.x >= pane.left && pointer.x <= pane.right && pointer.y >= pane.top && pointer.y <= pane.bottom)) return null;
      const at = screenToFlowPosition(pointer);
      const { stages, steps } = useEditor.getState();
      const frames = laneFrames(stages, steps);
      for (const lane of ['buyer', 'seller'] as const) {
        const frame = frames[lane];
        if (at.y >= frame.y && at.y <= frame.y + frame.height && at.x >= 0 && at.x <= frame.width) return { lane, laneX: at.x, laneY: at.y - frame.y };
      }
      return null;
    };

    const insert = (payload: ClipboardPayload, at: PastePoint | null) => {
      const s = useEditor.getState();
      const result = pasteSteps(payload, s, at, randomId);
      if (!result.ok) useNotices.getState().show(result.error, 'error');
      else s.insertElements(result.steps, result.links);
    };

    const selection = () => {
      const s = useEditor.getState();
      return copySteps(s, s.selectedStepIds);
    };

    const onCopyOrCut = (event: ClipboardEvent) => {
      if (isTextEntry(event.target) || textIsSelected() || !event.clipboardData) return;
      const payload = selection();
      if (!payload) return;
      event.preventDefault();
      event.clipboardData.setData('text/plain', JSON.stringify(payload));
      if (event.type === 'cut' && !readOnly) useEditor.getState().deleteElements(payload.steps.map((c) => c.step.id), []);
    };

    const onPaste = (event: ClipboardEvent) => {
      if (readOnly || isTextEntry(event.target) || !event.clipboardData) return;
      const read = readClipboardText(event.clipboardData.getData('text/plain'));
      if (read.kind === 'not-steps') return;
      event.preventDefault();
      if (read.kind === 'invalid') useNotices.getState().show(read.error, 'error');
      else insert(read.payload, pastePoint());
    };

    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey || isTextEntry(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'a') {
        event.preventDefault();
        selectAllSteps();
      } else if (key === 'd') {
        // Duplicate: a copy beside the original, leaving the clipboard as it was.
        event.preventDefault();
        const payload = selection();
        if (payload && !readOnly) insert(payload, null);
      }
    };

    window.addEventListener('pointermove', trackPointer, { passive: true });
    document.addEventListener('copy', onCopyOrCut);
    document.addEventListener('cut', onCopyOrCut);
    document.addEventListener('paste', onPaste);
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('pointermove', trackPointer);
      document.removeEventListener('copy', onCopyOrCut);
      document.removeEventListener('cut', onCopyOrCut);
      document.removeEventListener('paste', onPaste);
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [readOnly, screenToFlowPosition]);

  return null;
}

import { useEditor } from '../editor/editorStore';

/** Ctrl/Cmd+A and Edit → Select All on the canvas: every step of the open playbook. */
export function selectAllSteps(): void {
  const s = useEditor.getState();
  s.selectSteps(Object.keys(s.steps));
}

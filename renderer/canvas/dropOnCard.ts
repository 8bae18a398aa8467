import type { FinalConnectionState } from '@xyflow/react';
import { useEditor } from '../editor/editorStore';
import { useNotices } from '../ui/notices';

/**
 * A link dragged from a handle and released anywhere on a step card links to that card: the
 * handles are small, the card is the target people aim at. A drop that links nothing says why.
 */
export function onConnectEnd(event: MouseEvent | TouchEvent, state: FinalConnectionState) {
  // Released on (or near) a handle: React Flow has already connected it, or refused it through connect().
  if (state.isValid || !state.fromNode) return;
  const point = 'changedTouches' in event ? event.changedTouches[0] : event;
  if (!point) return;
  const card = document
    .elementsFromPoint(point.clientX, point.clientY)
    .map((e) => e.closest('.react-flow__node-step'))
    .find((e): e is Element => e !== null);
  const target = card?.getAttribute('data-id');
  if (!target) {
    useNotices.getState().show('Not connected: release the link on the step you want to link to.');
    return;
  }
  useEditor.getState().connect(state.fromNode.id, target);
}

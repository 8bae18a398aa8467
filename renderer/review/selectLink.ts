import { useEditor } from '../editor/editorStore';
import { useFlow } from '../editor/flowStore';

/**
 * Selects one link on the playbook canvas, as clicking its label does: the canvas shows it
 * selected and the Notes panel offers it as a target.
 */
export function selectLink(id: string): void {
  useFlow.setState((f) => ({
    nodes: f.nodes.map((n) => (n.selected ? { ...n, selected: false } : n)),
    edges: f.edges.map((e) => (e.id === id ? (e.selected ? e : { ...e, selected: true }) : e.selected ? { ...e, selected: false } : e)),
  }));
  useEditor.setState({ selectedStageId: null, selectedStepIds: [], selectedLinkIds: [id] });
}

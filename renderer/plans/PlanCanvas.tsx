import { Background, ConnectionMode, Controls, MiniMap, ReactFlow, type NodeChange } from '@xyflow/react';
import { useMemo, useRef } from 'react';
import { planNodeTypes } from './planNodeTypes';
import { planEdges, planNodes, type PlanFlowNode } from './planFlow';
import { usePlan } from './planStore';

// Selection is the only change a plan's canvas takes: its shape is the playbook's.
const onNodesChange = (changes: NodeChange<PlanFlowNode>[]) => {
  const picked = changes.find((c) => c.type === 'select' && c.selected);
  if (picked && 'id' in picked) usePlan.getState().selectStep(picked.id);
};
const onPaneClick = () => usePlan.getState().selectStep(null);
const miniMapColor = (node: { type?: string }) => (node.type === 'planLane' ? 'transparent' : '#6b7a99');

export function PlanCanvas() {
  const doc = usePlan((s) => s.doc);
  const playbook = usePlan((s) => s.playbook);
  const selectedStepId = usePlan((s) => s.selectedStepId);
  const previous = useRef<PlanFlowNode[]>([]);
  const nodes = useMemo(() => (previous.current = doc && playbook ? planNodes(previous.current, doc, playbook, selectedStepId) : []), [doc, playbook, selectedStepId]);
  const edges = useMemo(() => (doc && playbook ? planEdges(doc, playbook) : []), [doc, playbook]);

  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      nodeTypes={planNodeTypes}
      onNodesChange={onNodesChange}
      onPaneClick={onPaneClick}
      nodesDraggable={false}
      nodesConnectable={false}
      // Links join the handles steps have on every side, as on the playbook's canvas.
      connectionMode={ConnectionMode.Loose}
      edgesFocusable={false}
      deleteKeyCode={null}
      zoomOnDoubleClick={false}
      minZoom={0.1}
      maxZoom={2}
      fitView
      aria-label="Plan canvas"
      proOptions={{ hideAttribution: true }}
    >
      <Background gap={24} size={1} />
      <Controls showInteractive={false} />
      <MiniMap pannable zoomable nodeColor={miniMapColor} ariaLabel="Canvas overview" />
    </ReactFlow>
  );
}

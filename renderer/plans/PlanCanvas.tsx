import { Background, ConnectionMode, Controls, MiniMap, ReactFlow, useStoreApi, type Edge, type NodeChange, type OnInit } from '@xyflow/react';
import { useCallback, useMemo, useRef, type ReactNode } from 'react';
import { GEOMETRY } from '../../shared/canvas/geometry';
import { initialViewport, LEGIBLE_ZOOM } from '../canvas/initialViewport';
import { planEdgeTypes } from './planEdgeTypes';
import { planNodeTypes } from './planNodeTypes';
import { planEdges, planFrames, planNodes, type PlanFlowNode } from './planFlow';
import { planIndex } from './planIndex';
import { usePlan } from './planStore';

// Selection is the only change a plan's canvas takes: its shape is the playbook's.
const onNodesChange = (changes: NodeChange<PlanFlowNode>[]) => {
  const picked = changes.find((c) => c.type === 'select' && c.selected);
  if (picked && 'id' in picked) usePlan.getState().selectStep(picked.id);
};
const onPaneClick = () => usePlan.getState().selectStep(null);
const miniMapColor = (node: { type?: string }) => (node.type === 'planLane' ? 'transparent' : '#6b7a99');

/** `children` draw over the canvas in its own coordinates (e.g. a compare's marks). */
export function PlanCanvas({ children }: { children?: ReactNode }) {
  const doc = usePlan((s) => s.doc);
  const playbook = usePlan((s) => s.playbook);
  const selectedStepId = usePlan((s) => s.selectedStepId);
  const previous = useRef<PlanFlowNode[]>([]);
  const nodes = useMemo(() => (previous.current = doc && playbook ? planNodes(previous.current, doc, playbook, selectedStepId) : []), [doc, playbook, selectedStepId]);
  const edges = useMemo(() => (doc && playbook ? planEdges(doc, playbook) : []), [doc, playbook]);
  const flowStore = useStoreApi();

  // A plan opens readable, at the stage the buyer is in now: that is where the rep works next.
  const onInit: OnInit<PlanFlowNode, Edge> = useCallback(
    (instance) => {
      const { doc: plan, playbook: version } = usePlan.getState();
      if (!plan || !version) return;
      const frames = planFrames(plan, version);
      const { width, height } = flowStore.getState();
      const viewport = initialViewport({ width: frames.buyer.width, height: frames.seller.y + frames.seller.height }, { width, height });
      const current = planIndex(plan, version).current.buyer;
      const left = current ? (frames.buyer.stageLeft.get(current.id) ?? 0) - GEOMETRY.laneLabelWidth : 0;
      void instance.setViewport(viewport.zoom < LEGIBLE_ZOOM + 0.001 && left > 0 ? { ...viewport, x: viewport.x - left * viewport.zoom } : viewport);
    },
    [flowStore],
  );

  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      nodeTypes={planNodeTypes}
      edgeTypes={planEdgeTypes}
      onInit={onInit}
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
      aria-label="Plan canvas"
      proOptions={{ hideAttribution: true }}
    >
      <Background gap={24} size={1} />
      <Controls showInteractive={false} />
      <MiniMap pannable zoomable nodeColor={miniMapColor} ariaLabel="Canvas overview" />
      {children}
    </ReactFlow>
  );
}

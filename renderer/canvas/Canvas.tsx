import { Background, ConnectionMode, Controls, MiniMap, ReactFlow, useStore, useStoreApi, type Connection, type Edge, type OnInit, type OnMoveEnd } from '@xyflow/react';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { derivedFrom } from '../editor/derivedFrom';
import { useEditor, type EditorState } from '../editor/editorStore';
import { useFlow, type FlowState } from '../editor/flowStore';
import { CanvasLegend } from './CanvasLegend';
import { MIRROR_LABEL_MIN_ZOOM, useCanvasView } from './canvasView';
import { onConnectEnd } from './dropOnCard';
import { edgeTypes } from './edgeTypes';
import { drawsOnlyVisible, laneFrames, type FlowNode } from './flowModel';
import { initialViewport } from './initialViewport';
import { nodeTypes } from './nodeTypes';
import { BOX_SELECTION_KEY, MULTI_SELECTION_KEYS } from '../selection/selectionKeys';

const onConnect = (c: Connection) => useEditor.getState().connect(c.source, c.target);
const onMoveEnd: OnMoveEnd = (_event, viewport) => useEditor.getState().setViewport(viewport);
const onNodesChange = (changes: Parameters<ReturnType<typeof useEditor.getState>['onNodesChange']>[0]) => useEditor.getState().onNodesChange(changes);
const onEdgesChange = (changes: Parameters<ReturnType<typeof useEditor.getState>['onEdgesChange']>[0]) => useEditor.getState().onEdgesChange(changes);
const selectOnlyVisible = derivedFrom((s: EditorState) => s.steps, (steps) => drawsOnlyVisible(Object.keys(steps).length));
const miniMapColor = (node: { type?: string }) => (node.type === 'lane' ? 'transparent' : '#6b7a99');

/**
 * The flow's nodes and edges as React state rather than a store subscription. A store subscription
 * re-renders synchronously inside every mouse move of a drag; React state lets React render once
 * per frame however many moves arrived, as React Flow's own controlled pattern does.
 */
function useFlowState(): FlowState {
  const [flow, setFlow] = useState(useFlow.getState);
  useEffect(() => {
    setFlow(useFlow.getState());
    return useFlow.subscribe(setFlow);
  }, []);
  return flow;
}

/** `children` draw over the canvas in its own coordinates (e.g. a compare's marks). */
export function Canvas({ readOnly = false, children }: { readOnly?: boolean; children?: ReactNode }) {
  const { nodes, edges } = useFlowState();
  const viewport = useEditor((s) => s.viewport);
  // One class on the canvas fades the links of unselected steps: selecting a step re-renders only its own links.
  const stepSelected = useEditor((s) => s.selectedStepIds.length > 0);
  const onlyVisible = useEditor(selectOnlyVisible);
  // Level of detail: a boolean, so zooming re-renders the canvas only when it crosses the threshold.
  const labelsFar = useStore((s) => s.transform[2] < MIRROR_LABEL_MIN_ZOOM);
  const hideMirrorLinks = useCanvasView((s) => !s.showMirrorLinks);
  const className = [stepSelected && 'has-step-selection', labelsFar && 'mirror-labels-far', hideMirrorLinks && 'hide-mirror-links'].filter(Boolean).join(' ');
  const flowStore = useStoreApi();

  // A playbook opened for the first time starts where its cards can be read, not shrunk to fit.
  const onInit: OnInit<FlowNode, Edge> = useCallback(
    (instance) => {
      const s = useEditor.getState();
      if (s.viewport) return;
      const frames = laneFrames(s.stages, s.steps);
      const { width, height } = flowStore.getState();
      void instance.setViewport(initialViewport({ width: frames.buyer.width, height: frames.seller.y + frames.seller.height }, { width, height }));
    },
    [flowStore],
  );

  // Deletion goes through the store so it is saved and undoable; lanes are never deletable.
  const onDelete = useCallback(({ nodes: n, edges: e }: { nodes: Array<{ id: string; type?: string }>; edges: Array<{ id: string }> }) => {
    useEditor.getState().deleteElements(
      n.filter((x) => x.type === 'step').map((x) => x.id),
      e.map((x) => x.id),
    );
  }, []);

  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      edgeTypes={edgeTypes}
      onInit={onInit}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      onConnect={onConnect}
      onConnectEnd={onConnectEnd}
      onDelete={onDelete}
      onMoveEnd={onMoveEnd}
      connectionMode={ConnectionMode.Loose}
      multiSelectionKeyCode={MULTI_SELECTION_KEYS}
      selectionKeyCode={BOX_SELECTION_KEY}
      deleteKeyCode={readOnly ? null : ['Delete', 'Backspace']}
      nodesDraggable={!readOnly}
      nodesConnectable={!readOnly}
      zoomOnDoubleClick={false}
      minZoom={0.1}
      maxZoom={2}
      {...(viewport ? { defaultViewport: viewport } : {})}
      onlyRenderVisibleElements={onlyVisible}
      className={className || undefined}
      aria-label="Playbook canvas"
      proOptions={{ hideAttribution: true }}
    >
      <Background gap={24} size={1} />
      <CanvasLegend />
      <Controls showInteractive={false} />
      <MiniMap pannable zoomable nodeColor={miniMapColor} ariaLabel="Canvas overview" />
      {children}
    </ReactFlow>
  );
}

import { Background, ConnectionMode, Controls, MiniMap, ReactFlow, type Connection, type OnMoveEnd } from '@xyflow/react';
import { useCallback } from 'react';
import { useEditor } from '../editor/editorStore';
import { useFlow } from '../editor/flowStore';
import { nodeTypes } from './nodeTypes';

const onConnect = (c: Connection) => useEditor.getState().connect(c.source, c.target);
const onMoveEnd: OnMoveEnd = (_event, viewport) => useEditor.getState().setViewport(viewport);
const onNodesChange = (changes: Parameters<ReturnType<typeof useEditor.getState>['onNodesChange']>[0]) => useEditor.getState().onNodesChange(changes);
const onEdgesChange = (changes: Parameters<ReturnType<typeof useEditor.getState>['onEdgesChange']>[0]) => useEditor.getState().onEdgesChange(changes);
const miniMapColor = (node: { type?: string }) => (node.type === 'lane' ? 'transparent' : '#6b7a99');

export function Canvas({ readOnly = false }: { readOnly?: boolean }) {
  const nodes = useFlow((s) => s.nodes);
  const edges = useFlow((s) => s.edges);
  const viewport = useEditor((s) => s.viewport);

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
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      onConnect={onConnect}
      onDelete={onDelete}
      onMoveEnd={onMoveEnd}
      connectionMode={ConnectionMode.Loose}
      deleteKeyCode={readOnly ? null : ['Delete', 'Backspace']}
      nodesDraggable={!readOnly}
      nodesConnectable={!readOnly}
      zoomOnDoubleClick={false}
      minZoom={0.1}
      maxZoom={2}
      {...(viewport ? { defaultViewport: viewport } : { fitView: true })}
      aria-label="Playbook canvas"
      proOptions={{ hideAttribution: true }}
    >
      <Background gap={24} size={1} />
      <Controls showInteractive={false} />
      <MiniMap pannable zoomable nodeColor={miniMapColor} ariaLabel="Canvas overview" />
    </ReactFlow>
  );
}

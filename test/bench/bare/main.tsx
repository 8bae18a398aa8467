import { ReactFlow, useEdgesState, useNodesState, type Edge, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { createRoot } from 'react-dom/client';
import type { BareGraph } from '../graph';

// The baseline: the controlled pattern from reactflow.dev, default nodes and edges, nothing else.
function Flow({ graph }: { graph: BareGraph }) {
  const [nodes, , onNodesChange] = useNodesState<Node>(graph.nodes);
  const [edges, , onEdgesChange] = useEdgesState<Edge>(graph.edges as Edge[]);
  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      defaultViewport={graph.viewport}
      minZoom={0.1}
      maxZoom={2}
      proOptions={{ hideAttribution: true }}
    />
  );
}

// ?w=&h= give the canvas the size Tandem's canvas has, so both show the same part of the graph.
const params = new URLSearchParams(location.search);
const root = document.getElementById('root')!;
const width = Number(params.get('w'));
const height = Number(params.get('h'));
if (width > 0 && height > 0) Object.assign(root.style, { width: `${width}px`, height: `${height}px` });

// ?g= names the graph file (one per size the benchmark measures).
const response = await fetch(`./${params.get('g') ?? 'graph.json'}`);
const graph = (await response.json()) as BareGraph;
createRoot(root).render(<Flow graph={graph} />);

import type { Edge } from '@xyflow/react';
import { create } from 'zustand';
import type { FlowNode } from '../canvas/flowModel';

export interface FlowState {
  nodes: FlowNode[];
  edges: Edge[];
}

/**
 * React Flow's nodes and edges, kept apart from the playbook store: a drag rewrites the node array
 * on every frame, and only the canvas needs to hear about that, not every step card and panel
 * that reads the playbook.
 */
export const useFlow = create<FlowState>()(() => ({ nodes: [], edges: [] }));

/** A new array only when some item changed, so React Flow skips re-reading unchanged edges. */
export function keepIfSame<T>(previous: T[], next: T[]): T[] {
  return previous.length === next.length && next.every((item, i) => item === previous[i]) ? previous : next;
}

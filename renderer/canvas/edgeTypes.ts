import { MirrorEdge } from './MirrorEdge';

// Defined once at module scope, like nodeTypes: a new object per render would remount every edge.
export const edgeTypes = { mirror: MirrorEdge };

import { LaneNode } from './LaneNode';
import { StageHeaderNode } from './StageHeaderNode';
import { StepNode } from './StepNode';

// Defined once at module scope: a new object per render would remount every node.
export const nodeTypes = { lane: LaneNode, stageHeader: StageHeaderNode, step: StepNode };

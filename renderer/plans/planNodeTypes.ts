import { PlanLaneNode } from './PlanLaneNode';
import { PlanStageNode } from './PlanStageNode';
import { PlanStepNode } from './PlanStepNode';

// Defined once at module scope: a new object per render would remount every node.
export const planNodeTypes = { planLane: PlanLaneNode, planStage: PlanStageNode, planStep: PlanStepNode };

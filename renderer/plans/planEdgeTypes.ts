import { createElement, memo } from 'react';
import type { EdgeProps } from '@xyflow/react';
import { MirrorLine } from '../canvas/MirrorEdge';
import type { MirrorEdge } from '../canvas/flowModel';

/** A mirror link on the plan canvas: the playbook canvas's line, its label in the gap between the lanes. */
const PlanMirrorEdge = memo(function PlanMirrorEdge(props: EdgeProps<MirrorEdge>) {
  return createElement(MirrorLine, { ...props, state: '' });
});

// Defined once at module scope, like planNodeTypes: a new object per render would remount every edge.
export const planEdgeTypes = { mirror: PlanMirrorEdge };

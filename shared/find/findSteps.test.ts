import { describe, expect, it } from 'vitest';
import { newStep } from '../domain/newStep';
import type { Stage, Step } from '../domain/playbook';
import { findSteps } from './findSteps';

const stage = (id: string, lane: Stage['lane'], order: number): Stage => ({ id, lane, name: id, order, width: 280, expectedDays: null, alwaysOn: false, revisitable: false, exitCriteria: [] });
const stages = { b1: stage('b1', 'buyer', 0), b2: stage('b2', 'buyer', 1), s1: stage('s1', 'seller', 0) };
const byId = (...steps: Step[]) => Object.fromEntries(steps.map((s) => [s.id, s]));

describe('findSteps', () => {
  const steps = byId(
    newStep({ id: 'seller-demo', stageId: 's1', title: 'Run a demo', x: 40, y: 56 }),
    newStep({ id: 'buyer-late', stageId: 'b2', title: 'Demo day', x: 40, y: 56 }),
    newStep({ id: 'buyer-low', stageId: 'b1', title: 'Watch the recorded DEMO', x: 40, y: 156 }),
    newStep({ id: 'buyer-high', stageId: 'b1', title: 'Agree scope', description: 'after the demo', x: 40, y: 56 }),
    newStep({ id: 'other', stageId: 'b1', title: 'Sign', roles: ['Legal'], x: 40, y: 256 }),
    newStep({ id: 'orphan', stageId: 'gone', title: 'demo without a stage', x: 0, y: 0 }),
  );

  it('finds by any text a step carries, ignoring case, in reading order: buyer lane, stage by stage, top to bottom', () => {
    expect(findSteps('demo', steps, stages)).toEqual(['buyer-high', 'buyer-low', 'buyer-late', 'seller-demo']);
    expect(findSteps('  legal ', steps, stages)).toEqual(['other']);
  });

  it('finds nothing for an empty query or text no step holds', () => {
    expect(findSteps('   ', steps, stages)).toEqual([]);
    expect(findSteps('procurement', steps, stages)).toEqual([]);
  });
});

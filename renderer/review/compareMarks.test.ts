import { describe, expect, it } from 'vitest';
import { comparePlaybooks } from '../../shared/review/diff';
import { planAsPlaybook } from '../../shared/review/planView';
import { skipStep } from '../../shared/plan/deviations';
import { newPlanFromPlaybook } from '../../shared/plan/newPlan';
import { BUILT_IN_TEMPLATES } from '../../shared/templates';
import { instantiateTemplate } from '../../shared/templates/instantiate';
import { compareMarks, placeMarks, type Box } from './compareMarks';

const counter = (prefix: string) => {
  let n = 0;
  return () => `${prefix}-${++n}`;
};
const template = () => instantiateTemplate(BUILT_IN_TEMPLATES.find((t) => t.id === 'transactional-smb')!, { newId: counter('id'), now: '2026-01-01T00:00:00.000Z' });
const identity = { nodeOfB: (id: string) => id, nodeOfA: () => undefined };

describe('what a compare draws on a canvas', () => {
  it('a removed step is a ghost in its stage where it was; a removed stage and its steps stack past the lane’s end', () => {
    const a = template();
    const b = structuredClone(a);
    const [first, last] = [a.stages.find((s) => s.lane === 'buyer' && s.order === 0)!, a.stages.filter((s) => s.lane === 'seller').sort((x, y) => y.order - x.order)[0]!];
    const gone = a.steps.find((s) => s.stageId === first.id)!;
    const lastSteps = a.steps.filter((s) => s.stageId === last.id);
    b.stages = b.stages.filter((s) => s.id !== last.id);
    b.steps = b.steps.filter((s) => s.id !== gone.id && s.stageId !== last.id);
    b.links = b.links.filter((l) => b.steps.some((s) => s.id === l.sourceId) && b.steps.some((s) => s.id === l.targetId));
    const marks = compareMarks(comparePlaybooks(a, b), a, identity);

    const ghost = marks.find((m) => m.id === gone.id)!;
    expect(ghost.ghost).toEqual({ kind: 'inStage', stageNodeId: `stage-${first.id}`, x: gone.x, y: gone.y });
    expect(marks.find((m) => m.id === last.id)!.ghost).toEqual({ kind: 'pastLane', laneNodeId: 'lane-seller', row: 0, header: true });
    expect(lastSteps.map((s) => marks.find((m) => m.id === s.id)!.ghost)).toEqual(lastSteps.map((_, i) => ({ kind: 'pastLane', laneNodeId: 'lane-seller', row: i + 1, header: false })));

    // Removed links end on the cards still drawn, or on the ghosts of removed steps.
    const removedLinks = marks.filter((m) => m.type === 'link' && m.change === 'removed');
    expect(removedLinks.length).toBeGreaterThan(0);
    for (const link of removedLinks) expect(link.ends).toHaveLength(2);

    const boxes: Record<string, Box> = {
      [`stage-${first.id}`]: { x: 44, y: 0, width: 280, height: 40 },
      'lane-buyer': { x: 0, y: 0, width: 1000, height: 400 },
      'lane-seller': { x: 0, y: 448, width: 1000, height: 400 },
    };
    const places = placeMarks(marks, (id) => boxes[id] ?? { x: 0, y: 0, width: 200, height: 76 });
    expect(places.get(ghost.key)).toEqual({ x: 44 + gone.x, y: gone.y, width: 200, height: 76 });
    // Past the lane's end: to the right of every card, never over one.
    expect(places.get(marks.find((m) => m.id === last.id)!.key)!.x).toBeGreaterThan(1000);
  });

  it('a plan against its playbook: marks land on the plan’s own cards, a skipped step’s on its struck-through card', () => {
    const playbook = template();
    let plan = newPlanFromPlaybook(playbook, { account: 'Acme' }, { newId: counter('p'), now: '2026-01-02T00:00:00.000Z' });
    const skipped = plan.steps[1]!;
    plan = skipStep(plan, skipped.id, { category: 'other', reason: 'Not here.' }, { newId: counter('d'), now: '2026-01-03T00:00:00.000Z' });
    const planStepOf = new Map(plan.steps.map((s) => [s.playbookStepId!, s.id] as const));
    const marks = compareMarks(comparePlaybooks(playbook, planAsPlaybook(plan, playbook)), playbook, { nodeOfB: (id) => planStepOf.get(id), nodeOfA: (id) => planStepOf.get(id) });
    const step = marks.find((m) => m.type === 'step')!;
    expect(step).toMatchObject({ change: 'removed', id: skipped.playbookStepId, nodeId: skipped.id });
    expect(step.ghost).toBeUndefined();
    for (const link of marks.filter((m) => m.type === 'link')) expect(link.ends!.some((e) => 'nodeId' in e && e.nodeId === skipped.id)).toBe(true);
  });
});

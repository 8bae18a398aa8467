import { beforeEach, describe, expect, it } from 'vitest';
import type { PlaybookDoc } from '../../domain/playbook';
import type { Deviation, PlanDoc, PlanStep } from '../plan';
import { loopBack, moveStep } from '../deviations';
import { OTHER_STEPS, outlinePlan } from './planOutline';
import { samplePlan } from './samplePlan.test-helper';

describe('outlinePlan', () => {
  // Worked out per test, not when the file is collected, so mutation testing sees which tests read it.
  let plan: PlanDoc;
  let playbook: PlaybookDoc;
  beforeEach(() => {
    ({ plan, playbook } = samplePlan());
  });
  const stage = (name: string) => playbook.stages.find((s) => s.name === name)!;

  it('holds every step once, buyer lane first, stages in order, steps top to bottom, anchors in that order', () => {
    const outline = outlinePlan(plan, playbook);
    expect(outline.steps.map((o) => o.step.id).sort()).toEqual(plan.steps.map((s) => s.id).sort());
    expect(outline.steps.map((o) => o.anchor)).toEqual(outline.steps.map((_, i) => `step-${i + 1}`));
    expect(outline.lanes.map((l) => l.label)).toEqual(['Buyer journey', 'Seller process']);
    for (const lane of outline.lanes) {
      const orders = lane.stages.map((s) => s.stage!.order);
      expect(orders).toEqual([...orders].sort((a, b) => a - b));
      for (const s of lane.stages) {
        const ys = s.steps.map((o) => o.step.y);
        expect(ys).toEqual([...ys].sort((a, b) => a - b));
        expect(s.steps.every((o) => o.step.lane === lane.lane)).toBe(true);
      }
    }
    // The rep's own step sits lowest in its stage, so it comes last there.
    expect(outline.lanes[0]!.stages[0]!.steps.at(-1)!.step.title).toBe('Security questionnaire, early');
  });

  it('marks the current stage of each lane', () => {
    const outline = outlinePlan(plan, playbook);
    expect(outline.lanes.map((l) => l.current?.name)).toEqual(['Problem identification', 'Prospect & qualify']);
    expect(outline.lanes[0]!.stages.filter((s) => s.current).map((s) => s.name)).toEqual(['Problem identification']);
  });

  it('resolves owners, stakeholders and the evidence against each exit criterion', () => {
    const item = outlinePlan(plan, playbook).steps.find((o) => o.step.title === 'Win an executive sponsor for fixing it')!;
    expect(item.buyerOwner).toBe('Chris Lee');
    expect(item.stakeholders).toEqual(['Chris Lee', 'Dana Smith']);
    const done = outlinePlan(plan, playbook).steps[0]!;
    expect(done.criteria).toEqual([{ statement: stage('Problem identification').exitCriteria[0]!.statement, actor: 'buyer', note: 'CFO named it in the kickoff, minutes filed.' }]);
    const broken = { ...plan, steps: plan.steps.map((s, i) => (i === 0 ? { ...s, evidence: [{ criterionId: 'gone', note: 'n' }] } : s)) };
    expect(outlinePlan(broken, playbook).steps[0]!.criteria).toEqual([{ statement: 'Exit criterion not in this playbook version', actor: null, note: 'n' }]);
  });

  it('shows a step’s own exit criteria even before there is evidence, and the evidence where there is', () => {
    const source = playbook.steps.find((s) => s.title === 'Quantify the cost of the problem')!;
    const criteria = [
      { id: 'crit-a', statement: 'Finance signs off the estimate.', actor: 'buyer' as const },
      { id: 'crit-b', statement: 'We send the model.', actor: 'seller' as const },
    ];
    const withCriteria = { ...playbook, steps: playbook.steps.map((s) => (s.id === source.id ? { ...s, exitCriteria: criteria } : s)) };
    const planned = { ...plan, steps: plan.steps.map((s) => (s.playbookStepId === source.id ? { ...s, evidence: [{ criterionId: 'crit-b', note: 'Sent 2025-02-21.' }] } : s)) };
    const item = outlinePlan(planned, withCriteria).steps.find((o) => o.step.playbookStepId === source.id)!;
    expect(item.criteria).toEqual([
      { statement: 'Finance signs off the estimate.', actor: 'buyer', note: null },
      { statement: 'We send the model.', actor: 'seller', note: 'Sent 2025-02-21.' },
    ]);
  });

  it('names what each deviation concerns: the step, the stage moved to, the stage looped back to', () => {
    let n = 0;
    const context = { newId: () => `dev-${++n}`, now: '2025-03-02T09:00:00.000Z' };
    const step = plan.steps.find((s) => s.title === 'Quantify the cost of the problem')!;
    let changed = moveStep(plan, step.id, { stageId: stage('Solution exploration').id, x: 20, y: 500 }, { category: 'timing', reason: 'Finance only engages later.' }, context);
    changed = loopBack(changed, stage('Problem identification').id, { category: 'customer', reason: 'New CFO reopened the problem.' }, context);
    const lines = outlinePlan(changed, playbook).deviations;
    expect(lines.map((l) => [l.deviation.kind, l.subject, l.toStage])).toEqual([
      ['skip', 'Open with an insight about the problem', null],
      ['add', 'Security questionnaire, early', null],
      ['move', 'Quantify the cost of the problem', 'Solution exploration'],
      ['loopBack', 'Problem identification', null],
    ]);
    expect(lines[3]!.anchor).toBeNull();
    expect(lines[2]!.anchor).toMatch(/^step-\d+$/);
  });

  it('keeps a step whose stage the playbook lacks, at the end of its lane', () => {
    const stray = { ...plan, steps: plan.steps.map((s, i) => (i === 0 ? { ...s, stageId: 'missing-stage' } : s)) };
    const buyer = outlinePlan(stray, playbook).lanes[0]!;
    expect(buyer.stages.at(-1)!.name).toBe(OTHER_STEPS);
    expect(buyer.stages.at(-1)!.steps.map((o) => o.step.id)).toEqual([plan.steps[0]!.id]);
    expect(outlinePlan(stray, playbook).steps).toHaveLength(plan.steps.length);
  });

  it('lists the committee with the steps each person owns or is on', () => {
    const committee = outlinePlan(plan, playbook).committee;
    expect(committee.map((c) => [c.person.name, c.steps])).toEqual([
      ['Dana Smith', ['Recognise a business problem worth solving', 'Quantify the cost of the problem', 'Win an executive sponsor for fixing it']],
      ['Chris Lee', ['Win an executive sponsor for fixing it', 'Security questionnaire, early']],
    ]);
  });
});

describe('outlinePlan, in detail', () => {
  // Worked out per test, not when the file is collected, so mutation testing sees which tests read it.
  let plan: PlanDoc;
  let playbook: PlaybookDoc;
  beforeEach(() => {
    ({ plan, playbook } = samplePlan());
  });
  const stepTitled = (title: string) => plan.steps.find((s) => s.title === title)!;
  const withStep = (id: string, change: Partial<PlanStep>): PlanDoc => ({ ...plan, steps: plan.steps.map((s) => (s.id === id ? { ...s, ...change } : s)) });
  const deviation = (fields: Pick<Deviation, 'kind' | 'planStepId' | 'stageId'>): Deviation => ({ id: `dev-${fields.kind}`, category: 'other', reason: 'Because.', at: '2025-03-02T09:00:00.000Z', ...fields });

  it('trims step titles and calls a blank one "Untitled step"', () => {
    plan = withStep(stepTitled('Recognise a business problem worth solving').id, { title: '   ' });
    plan = withStep(stepTitled('Quantify the cost of the problem').id, { title: '  Quantify it  ' });
    const dana = outlinePlan(plan, playbook).committee.find((c) => c.person.id === 'person-dana')!;
    expect(dana.steps).toEqual(['Untitled step', 'Quantify it', 'Win an executive sponsor for fixing it']);
  });

  it('leaves out people no longer on the committee instead of printing a blank name', () => {
    const changed = withStep(stepTitled('Win an executive sponsor for fixing it').id, { buyerOwnerId: 'person-gone', stakeholderIds: ['person-gone', 'person-dana'] });
    const item = outlinePlan(changed, playbook).steps.find((o) => o.step.title === 'Win an executive sponsor for fixing it')!;
    expect(item.buyerOwner).toBe('');
    expect(item.stakeholders).toEqual(['Dana Smith']);
  });

  it('reads a stage top to bottom, and left to right along a row', () => {
    const problem = playbook.stages.find((s) => s.name === 'Problem identification')!;
    const inStage = plan.steps.filter((s) => s.stageId === problem.id);
    expect(inStage.length).toBeGreaterThanOrEqual(3);
    // The first three steps of the stage, placed: third one row up on the right, second on that row at the left.
    const place = [
      { x: 0, y: 200 },
      { x: 300, y: 100 },
      { x: 20, y: 100 },
    ];
    plan = { ...plan, steps: plan.steps.map((s) => { const i = inStage.slice(0, 3).indexOf(s); return i >= 0 ? { ...s, ...place[i]! } : s; }) };
    const stage = outlinePlan(plan, playbook).lanes[0]!.stages.find((s) => s.name === 'Problem identification')!;
    expect(stage.steps.slice(0, 3).map((o) => o.step.id)).toEqual([inStage[2]!.id, inStage[1]!.id, inStage[0]!.id]);
  });

  it('shows evidence against a stage criterion after the step’s own criteria, and own evidence once', () => {
    const source = playbook.steps.find((s) => s.title === 'Quantify the cost of the problem')!;
    const problem = playbook.stages.find((s) => s.name === 'Problem identification')!;
    playbook = { ...playbook, steps: playbook.steps.map((s) => (s.id === source.id ? { ...s, exitCriteria: [{ id: 'crit-a', statement: 'Finance signs off.', actor: 'buyer' as const }] } : s)) };
    const changed = withStep(stepTitled('Quantify the cost of the problem').id, {
      evidence: [
        { criterionId: 'crit-a', note: 'Signed.' },
        { criterionId: problem.exitCriteria[0]!.id, note: 'Named it.' },
      ],
    });
    const item = outlinePlan(changed, playbook).steps.find((o) => o.step.playbookStepId === source.id)!;
    expect(item.criteria).toEqual([
      { statement: 'Finance signs off.', actor: 'buyer', note: 'Signed.' },
      { statement: problem.exitCriteria[0]!.statement, actor: problem.exitCriteria[0]!.actor, note: 'Named it.' },
    ]);
  });

  it('never marks the steps outside the playbook version as the current stage', () => {
    const stray = withStep(plan.steps[0]!.id, { stageId: 'missing-stage', status: 'notStarted' });
    const last = outlinePlan(stray, playbook).lanes[0]!.stages.at(-1)!;
    expect([last.name, last.current, last.progress, last.stage]).toEqual([OTHER_STEPS, false, null, null]);
  });

  it('says plainly when a deviation’s step or stage is gone', () => {
    const changed: PlanDoc = {
      ...plan,
      deviations: [
        deviation({ kind: 'move', planStepId: plan.steps[0]!.id, stageId: 'missing-stage' }),
        deviation({ kind: 'skip', planStepId: 'step-gone', stageId: null }),
        deviation({ kind: 'loopBack', planStepId: null, stageId: null }),
      ],
    };
    expect(outlinePlan(changed, playbook).deviations.map((l) => [l.subject, l.toStage, l.anchor])).toEqual([
      ['Recognise a business problem worth solving', 'a stage not in this playbook version', 'step-1'],
      ['A step no longer in the plan', null, null],
      ['', null, null],
    ]);
  });
});

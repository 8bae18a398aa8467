import { beforeEach, describe, expect, it } from 'vitest';
import { findIntegrityProblems } from '../domain/integrity';
import type { PlaybookDoc, Stage, Step } from '../domain/playbook';
import { addOwnStep, loopBack, moveStep, skipStep } from '../plan/deviations';
import { newPlanFromPlaybook } from '../plan/newPlan';
import type { Outcome, PlanDoc } from '../plan/plan';
import { BUILT_IN_TEMPLATES } from '../templates/index';
import { instantiateTemplate } from '../templates/instantiate';
import { createPortfolio, type PlaybookEvidence } from './portfolio';
import { applyProposal, proposePromotions, type Proposal } from './promotion';

function published(): PlaybookDoc {
  let n = 0;
  const doc = instantiateTemplate(BUILT_IN_TEMPLATES.find((t) => t.id === 'transactional-smb')!, { newId: () => `pb-${++n}`, now: '2026-01-01T00:00:00.000Z' });
  return { ...doc, playbook: { ...doc.playbook, status: 'published' } };
}

describe('promoting departures that keep winning', () => {
  // Worked out per test, not when the file is collected, so mutation testing sees which tests read it.
  let playbook: PlaybookDoc;
  let buyerStages: Stage[];
  let skipped: Step;
  let anchor: Step;
  let moved: Step;
  beforeEach(() => {
    playbook = published();
    const lane = (stageId: string) => playbook.stages.find((s) => s.id === stageId)!.lane;
    buyerStages = playbook.stages.filter((s) => s.lane === 'buyer').sort((a, b) => a.order - b.order);
    const sellerSteps = playbook.steps.filter((s) => lane(s.stageId) === 'seller');
    const buyerSteps = playbook.steps.filter((s) => lane(s.stageId) === 'buyer');
    skipped = sellerSteps[0]!;
    anchor = buyerSteps[0]!;
    moved = buyerSteps.find((s) => s.stageId === buyerStages[0]!.id && s.id !== anchor.id)!;
  });

  /** 20 plans: the first 10 depart in four ways and win 8 of 10; the other 10 do not and win 2 of 10. */
  function plans(): PlanDoc[] {
    return Array.from({ length: 20 }, (_, i) => {
      let n = 0;
      const ctx = { newId: () => `p${i}-${++n}`, now: '2026-06-01T00:00:00.000Z' };
      let plan = newPlanFromPlaybook(playbook, { account: `Account ${i}` }, ctx);
      const departs = i < 10;
      const outcome: Outcome = departs ? (i < 8 ? 'won' : 'lost') : i < 12 ? 'won' : 'lost';
      plan = { ...plan, plan: { ...plan.plan, outcome } };
      if (departs) {
        const planStep = (id: string) => plan.steps.find((s) => s.playbookStepId === id)!;
        plan = skipStep(plan, planStep(skipped.id).id, { category: 'notRelevant', reason: 'Not needed' }, ctx);
        const a = planStep(anchor.id);
        plan = addOwnStep(plan, { lane: 'buyer', stageId: a.stageId, title: i % 5 === 0 ? 'Site visit' : 'Reference call', x: a.x, y: a.y + 1 }, { category: 'customer', reason: 'Asked' }, ctx).plan;
        plan = moveStep(plan, planStep(moved.id).id, { stageId: buyerStages[1]!.id, x: 0, y: 500 }, { category: 'timing', reason: 'Later' }, ctx);
        plan = loopBack(plan, buyerStages[0]!.id, { category: 'customer', reason: 'New stakeholder' }, ctx);
      }
      return plan;
    });
  }

  let evidence: PlaybookEvidence;
  let proposals: Proposal[];
  beforeEach(() => {
    const portfolio = createPortfolio();
    for (const plan of plans()) portfolio.add(plan, playbook);
    evidence = portfolio.report().playbooks[0]!;
    proposals = proposePromotions(evidence);
  });
  const find = (kind: string, stepId: string) => proposals.find((p) => p.change.kind === kind && p.stepId === stepId);

  it('proposes each winning departure with its figures and the plans behind it', () => {
    const remove = find('remove-step', skipped.id)!;
    expect(remove.summary).toBe(`Remove "${skipped.title}": deals that skipped it won more often (80% of 10 against 20% of 10).`);
    expect(remove.evidence).toMatchObject({ plans: 10, closedWith: 10, closedWithout: 10, wonWith: 0.8, wonWithout: 0.2 });
    expect(remove.evidence.accounts).toEqual(Array.from({ length: 10 }, (_, i) => `Account ${i}`));
    // The title reps add most often is the one proposed.
    expect(find('insert-step', anchor.id)!.change).toEqual({ kind: 'insert-step', title: 'Reference call' });
    expect(find('move-step', moved.id)!.change).toEqual({ kind: 'move-step', toStageId: buyerStages[1]!.id });
    expect(proposals.some((p) => p.change.kind === 'revisit-stage')).toBe(true);
  });

  it('applies each proposal to a draft that stays sound, and only that change', () => {
    let n = 0;
    const newId = () => `new-${++n}`;
    const same = (id: string) => id;
    const removed = applyProposal(playbook, find('remove-step', skipped.id)!, same, newId);
    expect(removed.steps.map((s) => s.id)).not.toContain(skipped.id);
    expect(removed.links.some((l) => l.sourceId === skipped.id || l.targetId === skipped.id)).toBe(false);
    expect(removed.steps).toHaveLength(playbook.steps.length - 1);

    const inserted = applyProposal(playbook, find('insert-step', anchor.id)!, same, newId);
    const added = inserted.steps.find((s) => s.title === 'Reference call')!;
    expect(added.stageId).toBe(anchor.stageId);
    const others = inserted.steps.filter((s) => s.stageId === anchor.stageId && s.id !== added.id);
    expect(others.every((s) => s.y + 76 <= added.y)).toBe(true);

    const movedDoc = applyProposal(playbook, find('move-step', moved.id)!, same, newId);
    expect(movedDoc.steps.find((s) => s.id === moved.id)!.stageId).toBe(buyerStages[1]!.id);

    const revisit = applyProposal(playbook, proposals.find((p) => p.change.kind === 'revisit-stage')!, same, newId);
    expect(revisit.stages.find((s) => s.id === buyerStages[0]!.id)!.revisitable).toBe(true);

    for (const doc of [removed, inserted, movedDoc, revisit]) expect(findIntegrityProblems(doc)).toEqual([]);
  });

  it('never proposes from a small sample', () => {
    const few = createPortfolio();
    for (const plan of plans().filter((_, i) => i % 4 === 0)) few.add(plan, playbook);
    expect(proposePromotions(few.report().playbooks[0]!)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import type { PlaybookDoc } from '../../shared/domain/playbook';
import { skipStep } from '../../shared/plan/deviations';
import { useServiceOnDisk } from '../../test/support/serviceOnDisk';
import { createPlaybookService } from './playbookService';

const NOW = '2026-11-20T10:00:00.000Z';

/** Accepting one promotion of several the evidence supports changes that one step, in the next draft. */
describe('accepting a promotion', () => {
  const on = useServiceOnDisk();

  it('removes the step the user accepted, not another the same evidence would remove, and answers with the draft', async () => {
    // One clock for every write: the list then orders by name, and "AAA" comes before the draft.
    on.api = createPlaybookService(on.db, { now: () => NOW });
    await on.api.createPlaybook({ templateId: 'blank', name: 'AAA' });
    const doc = await on.api.createPlaybook({ templateId: 'transactional-smb', name: 'SMB' });
    await on.api.publishPlaybook({ id: doc.playbook.id });
    const lane = new Map(doc.stages.map((s) => [s.id, s.lane]));
    const [first, second] = doc.steps.filter((s) => lane.get(s.stageId) === 'seller') as [PlaybookDoc['steps'][number], PlaybookDoc['steps'][number]];
    // 12 closed deals: the 6 that skip both steps win 5; the 6 that keep them win 1.
    for (let i = 0; i < 12; i++) {
      let plan = await on.api.createPlan({ playbookId: doc.playbook.id, account: `Account ${i}` });
      const skips = i < 6;
      plan = { ...plan, plan: { ...plan.plan, outcome: (skips ? i < 5 : i === 6) ? 'won' : 'lost' } };
      if (skips) {
        for (const step of [first, second]) {
          const planStep = plan.steps.find((s) => s.playbookStepId === step.id)!;
          plan = skipStep(plan, planStep.id, { category: 'notRelevant', reason: 'Not needed' }, { newId: () => `skip-${i}-${step.id}`, now: NOW });
        }
      }
      await on.api.putPlan({ doc: plan });
    }
    const skipped = (await on.api.proposePromotions({ playbookId: doc.playbook.id })).filter((p) => p.measure === 'skipped');
    expect(skipped.map((p) => p.stepId).sort()).toEqual([first.id, second.id].sort());
    const accepted = skipped[1]!.stepId;
    const kept = skipped[0]!.stepId;

    const draft = await on.api.acceptPromotion({ playbookId: doc.playbook.id, stepId: accepted, measure: 'skipped' });
    expect((await on.api.listPlaybooks(undefined))[0]!.name).toBe('AAA');
    expect(draft).toMatchObject({ name: 'SMB', version: 2, status: 'draft', parentId: doc.playbook.id, stepCount: doc.steps.length - 1 });
    const titles = (await on.api.getPlaybook({ id: draft.id })).steps.map((s) => s.title);
    const titleOf = (id: string) => doc.steps.find((s) => s.id === id)!.title;
    expect(titles).not.toContain(titleOf(accepted));
    expect(titles).toContain(titleOf(kept));
  });
});

import { describe, expect, it } from 'vitest';
import { comparePlaybooks } from '../../shared/review/diff';
import { useServiceOnDisk } from '../../test/support/serviceOnDisk';

describe('a new version compares with its parent on a real SQLite file', () => {
  const on = useServiceOnDisk();

  it('fresh ids for every element, yet a renamed and moved step is matched to its parent’s', async () => {
    const v1 = await on.api.createPlaybook({ templateId: 'transactional-smb' });
    await on.api.publishPlaybook({ id: v1.playbook.id });
    const { id } = await on.api.startPlaybookVersion({ id: v1.playbook.id });
    const v2 = await on.api.getPlaybook({ id });
    expect(v2.steps.some((s) => v1.steps.some((p) => p.id === s.id))).toBe(false);
    expect(comparePlaybooks(v1, v2).lines).toEqual([]);

    const sellerStages = v2.stages.filter((s) => s.lane === 'seller');
    const step = v2.steps.find((s) => s.stageId === sellerStages[0]!.id)!;
    await on.api.putStep({ playbookId: id, step: { ...step, title: 'Run a demo', stageId: sellerStages[1]!.id } });
    const { diff } = comparePlaybooks(v1, await on.api.getPlaybook({ id }));
    expect(diff.moved).toEqual([{ type: 'step', id: step.id, title: 'Run a demo', lane: 'seller', from: v1.steps.find((s) => s.title === step.title)!.stageId, to: sellerStages[1]!.id }]);
    expect(diff.changed).toEqual([{ type: 'step', id: step.id, title: 'Run a demo', lane: 'seller', fields: ['title'] }]);
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
  });
});

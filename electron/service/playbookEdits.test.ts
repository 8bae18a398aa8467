import { describe, expect, it } from 'vitest';
import type { Lane, Link, PlaybookDoc } from '../../shared/domain/playbook';
import { makeStep } from '../../test/support/fixtures';
import { useServiceOnDisk } from '../../test/support/serviceOnDisk';
import { createPlaybookService } from './playbookService';

/** What an accepted edit saves, read back from the file: the details a canvas relies on. */
describe('an edit saves what it says', () => {
  const on = useServiceOnDisk();
  const stagesOf = (d: PlaybookDoc, lane: Lane) => d.stages.filter((s) => s.lane === lane).sort((a, b) => a.order - b.order);

  it('a mirror link supports its buyer step unless it says it verifies it; a sequence edge has no relation', async () => {
    const doc = await on.api.createPlaybook({ templateId: 'blank' });
    const id = doc.playbook.id;
    const [buyerA, buyerB] = [makeStep(stagesOf(doc, 'buyer')[0]!.id), makeStep(stagesOf(doc, 'buyer')[0]!.id, { y: 200 })];
    const seller = makeStep(stagesOf(doc, 'seller')[0]!.id);
    await on.api.putSteps({ playbookId: id, steps: [buyerA, buyerB, seller] });
    const links: Link[] = [
      { id: 'mirror-plain', kind: 'mirror', sourceId: seller.id, targetId: buyerA.id, relation: null, rationale: '' },
      { id: 'mirror-verifies', kind: 'mirror', sourceId: seller.id, targetId: buyerB.id, relation: 'verifies', rationale: '' },
      // A relation sent with a sequence edge means nothing and is not kept.
      { id: 'sequence', kind: 'sequence', sourceId: buyerA.id, targetId: buyerB.id, relation: 'supports', rationale: '' },
    ];
    for (const link of links) await on.api.putLink({ playbookId: id, link });
    const saved = (await on.api.getPlaybook({ id })).links;
    expect(saved.map((l) => [l.id, l.relation])).toEqual([
      ['mirror-plain', 'supports'],
      ['mirror-verifies', 'verifies'],
      ['sequence', null],
    ]);
  });

  it('a stage saved with another order moves there, and the others close up behind it', async () => {
    const doc = await on.api.createPlaybook({ templateId: 'b2b-saas-new-logo' });
    const id = doc.playbook.id;
    const buyer = stagesOf(doc, 'buyer');
    expect(buyer.length).toBeGreaterThanOrEqual(3);
    const last = buyer.at(-1)!;
    await on.api.putStage({ playbookId: id, stage: { ...last, name: 'Now first', order: 0 } });
    const after = stagesOf(await on.api.getPlaybook({ id }), 'buyer');
    expect(after.map((s) => s.id)).toEqual([last.id, ...buyer.slice(0, -1).map((s) => s.id)]);
    expect(after.map((s) => s.order)).toEqual(buyer.map((_, i) => i));
    expect(after[0]!.name).toBe('Now first');
  });

  it('a rename answers with the renamed playbook, whichever the list shows first', async () => {
    // One clock for every write, so the list orders by name and "Alpha" comes first.
    on.api = createPlaybookService(on.db, { now: () => '2026-11-20T10:00:00.000Z' });
    await on.api.createPlaybook({ templateId: 'blank', name: 'Alpha' });
    const beta = await on.api.createPlaybook({ templateId: 'blank', name: 'Beta' });
    const renamed = await on.api.renamePlaybook({ id: beta.playbook.id, name: 'Zeta' });
    expect(renamed).toMatchObject({ id: beta.playbook.id, name: 'Zeta' });
    expect((await on.api.listPlaybooks(undefined)).map((p) => p.name)).toEqual(['Alpha', 'Zeta']);
  });
});

import { describe, expect, it } from 'vitest';
import { samplePlaybook } from '../../test/node/support/samplePlaybook';
import { newStep } from '../domain/newStep';
import type { PlaybookDoc } from '../domain/playbook';
import { versionIdMap } from '../domain/versionIds';
import { remapIds } from '../file/remapIds';
import { newPlanFromPlaybook } from '../plan/newPlan';
import { comparePlaybooks } from './diff';
import { planAsPlaybook } from './planView';

const edit = (change: (doc: PlaybookDoc) => void): PlaybookDoc => {
  const doc = structuredClone(samplePlaybook());
  change(doc);
  return doc;
};
const step = (doc: PlaybookDoc, id: string) => doc.steps.find((s) => s.id === id)!;
const empty = { added: [], removed: [], changed: [], moved: [] };

describe('comparing two playbooks', () => {
  it('finds nothing between identical playbooks', () => {
    expect(comparePlaybooks(samplePlaybook(), samplePlaybook())).toMatchObject({ diff: empty, lines: [] });
  });

  it('ignores layout: positions, widths and the viewport', () => {
    const moved = edit((d) => {
      step(d, 's-1').x += 120;
      d.stages[0]!.width = 400;
      d.viewport = { x: 9, y: 9, zoom: 2 };
    });
    expect(comparePlaybooks(samplePlaybook(), moved).diff).toEqual(empty);
  });

  it('an added step', () => {
    const b = edit((d) => d.steps.push(newStep({ id: 's-9', stageId: 'ss-2', title: 'Run a demo', x: 40, y: 200 })));
    expect(comparePlaybooks(samplePlaybook(), b)).toMatchObject({
      diff: { ...empty, added: [{ type: 'step', id: 's-9', title: 'Run a demo', lane: 'seller' }] },
      lines: ["Seller step 'Run a demo' added to Propose"],
    });
  });

  it('a removed step takes its links with it', () => {
    const b = edit((d) => {
      d.steps = d.steps.filter((s) => s.id !== 'b-2');
      d.links = d.links.filter((l) => l.id !== 'l-1');
    });
    expect(comparePlaybooks(samplePlaybook(), b)).toMatchObject({
      diff: {
        ...empty,
        removed: [
          { type: 'step', id: 'b-2', title: 'Shortlist approaches', lane: 'buyer' },
          { type: 'link', id: 'l-1', title: 'Agree the problem is worth solving → Shortlist approaches', lane: 'buyer' },
        ],
      },
      lines: ["Buyer step 'Shortlist approaches' removed from Solution exploration", "Buyer sequence 'Agree the problem is worth solving' → 'Shortlist approaches' removed"],
    });
  });

  it('a step moved to another stage', () => {
    const b = edit((d) => (step(d, 's-1').stageId = 'ss-2'));
    expect(comparePlaybooks(samplePlaybook(), b)).toMatchObject({
      diff: { ...empty, moved: [{ type: 'step', id: 's-1', title: 'Run discovery call', lane: 'seller', from: 'ss-1', to: 'ss-2' }] },
      lines: ["Seller step 'Run discovery call' moved from Discover to Propose"],
    });
  });

  it('a step moved to the other lane names both lanes', () => {
    const b = edit((d) => (step(d, 's-1').stageId = 'sb-2'));
    const { diff, lines } = comparePlaybooks(samplePlaybook(), b);
    expect(diff.moved).toEqual([{ type: 'step', id: 's-1', title: 'Run discovery call', lane: 'buyer', from: 'ss-1', to: 'sb-2' }]);
    expect(lines).toEqual(["Buyer step 'Run discovery call' moved from Discover (seller lane) to Solution exploration (buyer lane)"]);
  });

  it('a changed step lists the fields, and a new title says what it was', () => {
    const b = edit((d) => {
      Object.assign(step(d, 'b-1'), { title: 'Agree the problem', required: true, exitCriteria: [{ id: 'c-1', statement: 'Buyer signs the problem statement', actor: 'buyer' }] });
    });
    expect(comparePlaybooks(samplePlaybook(), b)).toMatchObject({
      diff: { ...empty, changed: [{ type: 'step', id: 'b-1', title: 'Agree the problem', lane: 'buyer', fields: ['title', 'required', 'exitCriteria'] }] },
      lines: ["Buyer step 'Agree the problem' changed: title (was 'Agree the problem is worth solving'), required, exitCriteria"],
    });
  });

  it('stages: added, removed and changed', () => {
    const b = edit((d) => {
      d.stages.push({ ...d.stages[3]!, id: 'ss-3', name: 'Close', order: 2 });
      d.stages[1]!.expectedDays = 14;
    });
    expect(comparePlaybooks(samplePlaybook(), b).diff).toEqual({
      ...empty,
      added: [{ type: 'stage', id: 'ss-3', title: 'Close', lane: 'seller' }],
      changed: [{ type: 'stage', id: 'sb-2', title: 'Solution exploration', lane: 'buyer', fields: ['expectedDays'] }],
    });
    expect(comparePlaybooks(b, samplePlaybook()).diff.removed).toEqual([{ type: 'stage', id: 'ss-3', title: 'Close', lane: 'seller' }]);
  });

  it('links: added, and changed relation, rationale or ends', () => {
    const b = edit((d) => {
      d.links.push({ id: 'l-4', kind: 'mirror', sourceId: 's-2', targetId: 'b-2', relation: 'verifies', rationale: '' });
      Object.assign(d.links[2]!, { relation: 'verifies', targetId: 'b-2' });
    });
    const { diff, lines } = comparePlaybooks(samplePlaybook(), b);
    expect(diff).toEqual({
      ...empty,
      added: [{ type: 'link', id: 'l-4', title: 'Share reference architecture → Shortlist approaches', lane: 'seller' }],
      changed: [{ type: 'link', id: 'l-3', title: 'Run discovery call → Shortlist approaches', lane: 'seller', fields: ['target', 'relation'] }],
    });
    expect(lines).toEqual([
      "Mirror link 'Run discovery call' → 'Shortlist approaches' changed: target, relation",
      "Mirror link 'Share reference architecture' → 'Shortlist approaches' added",
    ]);
  });

  it('many changes at once, in the order people read them: stages, steps, links', () => {
    const b = edit((d) => {
      d.stages[2]!.name = 'Discovery';
      step(d, 's-1').stageId = 'ss-2';
      step(d, 's-2').description = 'With the security annex.';
      d.steps = d.steps.filter((s) => s.id !== 'b-2');
      d.links = d.links.filter((l) => l.id !== 'l-1');
      d.steps.push(newStep({ id: 'b-9', stageId: 'sb-1', title: 'Map the buying committee', x: 40, y: 200 }));
    });
    const { diff, lines } = comparePlaybooks(samplePlaybook(), b);
    expect(diff.added.map((e) => e.id)).toEqual(['b-9']);
    expect(diff.removed.map((e) => e.id)).toEqual(['b-2', 'l-1']);
    expect(diff.changed.map((e) => [e.id, e.fields])).toEqual([
      ['ss-1', ['name']],
      ['s-2', ['description']],
    ]);
    expect(diff.moved.map((e) => [e.id, e.from, e.to])).toEqual([['s-1', 'ss-1', 'ss-2']]);
    expect(lines).toEqual([
      "Seller stage 'Discovery' changed: name (was 'Discover')",
      "Seller step 'Run discovery call' moved from Discover to Propose",
      "Seller step 'Share reference architecture' changed: description",
      "Buyer step 'Map the buying committee' added to Problem identification",
      "Buyer step 'Shortlist approaches' removed from Solution exploration",
      "Buyer sequence 'Agree the problem is worth solving' → 'Shortlist approaches' removed",
    ]);
  });
});

describe('matching elements whose ids differ', () => {
  const nextVersion = (parent: PlaybookDoc): PlaybookDoc => {
    const next = remapIds(parent, () => 'never-used', versionIdMap(parent, 'pb-2'));
    next.playbook = { ...next.playbook, version: 2, parentId: parent.playbook.id };
    return next;
  };

  it('a new version matches its parent through its derived ids, even where titles changed', () => {
    const parent = samplePlaybook();
    const next = nextVersion(parent);
    expect(next.steps.filter((s) => parent.steps.some((p) => p.id === s.id))).toEqual([]);
    expect(comparePlaybooks(parent, next).diff).toEqual(empty);

    const renamed = structuredClone(next);
    renamed.steps[2]!.title = 'Run a demo';
    renamed.steps[2]!.stageId = renamed.stages[3]!.id;
    const { diff, lines } = comparePlaybooks(parent, renamed);
    expect(diff.moved).toEqual([{ type: 'step', id: renamed.steps[2]!.id, title: 'Run a demo', lane: 'seller', from: 'ss-1', to: renamed.stages[3]!.id }]);
    expect(lines).toEqual(["Seller step 'Run a demo' moved from Discover to Propose", "Seller step 'Run a demo' changed: title (was 'Run discovery call')"]);
    // Either way round: the older file second.
    expect(comparePlaybooks(renamed, parent).diff.moved).toEqual([{ type: 'step', id: 's-1', title: 'Run discovery call', lane: 'seller', from: renamed.stages[3]!.id, to: 'ss-1' }]);
  });

  it('a copy with fresh ids and no lineage matches by lane and title, and by name for stages', () => {
    let n = 0;
    const copy = remapIds(samplePlaybook(), () => `copy-${++n}`);
    expect(comparePlaybooks(samplePlaybook(), copy).diff).toEqual(empty);
  });

  it('two steps with the same title in a lane are not guessed at', () => {
    const twins = edit((d) => d.steps.push(newStep({ id: 'b-3', stageId: 'sb-2', title: 'Shortlist approaches', x: 40, y: 200 })));
    let n = 0;
    const copy = remapIds(twins, () => `copy-${++n}`);
    const { diff } = comparePlaybooks(twins, copy);
    expect(diff.added.filter((e) => e.type === 'step').map((e) => e.title)).toEqual(['Shortlist approaches', 'Shortlist approaches']);
    expect(diff.removed.filter((e) => e.type === 'step').map((e) => e.id)).toEqual(['b-2', 'b-3']);
  });
});

describe('a plan against its pinned playbook', () => {
  it('shows skipped steps as removed, the rep’s own as added, moved steps as moved', () => {
    const playbook = samplePlaybook();
    let n = 0;
    const plan = newPlanFromPlaybook(playbook, { account: 'Acme Corp' }, { newId: () => `p-${++n}`, now: '2026-01-01T00:00:00.000Z' });
    expect(comparePlaybooks(playbook, planAsPlaybook(plan, playbook)).diff).toEqual(empty);

    plan.steps.find((s) => s.playbookStepId === 'b-2')!.status = 'skipped';
    plan.steps.find((s) => s.playbookStepId === 's-2')!.stageId = 'ss-1';
    plan.steps.push({ ...plan.steps[2]!, id: 'own-1', playbookStepId: null, title: 'Executive dinner', stageId: 'ss-2' });
    const { diff, lines } = comparePlaybooks(playbook, planAsPlaybook(plan, playbook));
    expect(diff).toEqual({
      added: [{ type: 'step', id: 'own-1', title: 'Executive dinner', lane: 'seller' }],
      removed: [
        { type: 'step', id: 'b-2', title: 'Shortlist approaches', lane: 'buyer' },
        { type: 'link', id: 'l-1', title: 'Agree the problem is worth solving → Shortlist approaches', lane: 'buyer' },
      ],
      changed: [],
      moved: [{ type: 'step', id: 's-2', title: 'Share reference architecture', lane: 'seller', from: 'ss-2', to: 'ss-1' }],
    });
    expect(lines).toContain("Seller step 'Share reference architecture' moved from Propose to Discover");
  });
});

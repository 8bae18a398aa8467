import { beforeEach, describe, expect, it } from 'vitest';
import { GEOMETRY, stageOffsets, stagesOf } from '../canvas/geometry';
import { newStep } from '../domain/newStep';
import type { Link, Stage, Step } from '../domain/playbook';
import { copySteps, type StepsAndLinks } from './copySteps';
import { readClipboardText } from './payload';
import { pasteSteps } from './pasteSteps';

const stage = (id: string, lane: Stage['lane'], order: number, name = id): Stage => ({ id, lane, name, order, width: 280, expectedDays: null, alwaysOn: false, revisitable: false, exitCriteria: [] });
const byId = <T extends { id: string }>(...items: T[]) => Object.fromEntries(items.map((i) => [i.id, i]));
const link = (id: string, kind: Link['kind'], sourceId: string, targetId: string): Link => ({ id, kind, sourceId, targetId, relation: kind === 'mirror' ? 'supports' : null, rationale: '' });
const counter = () => {
  let n = 0;
  return () => `new-${++n}`;
};
const overlapping = (steps: Step[]) =>
  steps.flatMap((a, i) => steps.slice(i + 1).filter((b) => a.stageId === b.stageId && Math.abs(a.x - b.x) < GEOMETRY.stepWidth && Math.abs(a.y - b.y) < GEOMETRY.stepHeight).map((b) => `${a.id}/${b.id}`));

// Built per test, not when the file is collected, so mutation testing sees which tests read it.
let doc: StepsAndLinks;
beforeEach(() => {
  doc = {
    stages: byId(stage('b1', 'buyer', 0, 'Explore'), stage('b2', 'buyer', 1, 'Decide'), stage('s1', 'seller', 0, 'Discover')),
    steps: byId(
      newStep({ id: 'ba', stageId: 'b1', title: 'Frame the problem', x: 40, y: 56, exitCriteria: [{ id: 'c1', statement: 'Problem written down', actor: 'buyer' }] }),
      newStep({ id: 'bb', stageId: 'b1', title: 'List options', x: 40, y: 156 }),
      newStep({ id: 'bc', stageId: 'b2', title: 'Pick one', x: 40, y: 56 }),
      newStep({ id: 'sa', stageId: 's1', title: 'Discovery call', x: 40, y: 56 }),
    ),
    links: byId(link('l1', 'sequence', 'ba', 'bb'), link('l2', 'sequence', 'bb', 'bc'), link('m1', 'mirror', 'sa', 'ba')),
  };
});

describe('copying steps', () => {
  it('takes the selected steps with the links among them, not links to steps left behind', () => {
    const payload = copySteps(doc, ['ba', 'bb', 'sa'])!;
    expect(payload.steps.map((c) => [c.step.id, c.lane, c.stageName])).toEqual([
      ['ba', 'buyer', 'Explore'],
      ['bb', 'buyer', 'Explore'],
      ['sa', 'seller', 'Discover'],
    ]);
    expect(payload.links.map((l) => l.id).sort()).toEqual(['l1', 'm1']);
    expect(copySteps(doc, [])).toBeNull();
  });

  it('reads back what it wrote; other text is not steps; damaged steps are refused in one line saying where', () => {
    const payload = copySteps(doc, ['ba', 'bb'])!;
    expect(readClipboardText(JSON.stringify(payload))).toEqual({ kind: 'steps', payload });
    expect(readClipboardText('Frame the problem')).toEqual({ kind: 'not-steps' });
    expect(readClipboardText('{"kind":"tandem/steps"')).toEqual({ kind: 'not-steps' });
    expect(readClipboardText(JSON.stringify({ note: 'tandem/steps' }))).toEqual({ kind: 'not-steps' });

    const tooLong = structuredClone(payload);
    tooLong.steps[1]!.step.title = 'x'.repeat(10_000);
    const refused = readClipboardText(JSON.stringify(tooLong));
    expect(refused.kind).toBe('invalid');
    expect(refused.kind === 'invalid' && refused.error).toMatch(/^Not pasted: the copied steps are damaged \(steps\.1\.step\.title: .+\)\.$/);

    const dangling = { ...payload, links: [link('x', 'sequence', 'ba', 'nowhere')] };
    expect(readClipboardText(JSON.stringify(dangling))).toMatchObject({ kind: 'invalid', error: expect.stringContaining('links.0: joins a step that was not copied') });
    const backwards = copySteps(doc, ['sa', 'ba'])!;
    backwards.links = [link('m', 'mirror', 'ba', 'sa')];
    expect(readClipboardText(JSON.stringify(backwards))).toMatchObject({ kind: 'invalid', error: expect.stringContaining('from a seller step to a buyer step') });
    const injected = { ...payload, steps: [{ ...payload.steps[0]!, step: { ...payload.steps[0]!.step, extra: '<script>' } }] };
    expect(readClipboardText(JSON.stringify(injected)).kind).toBe('invalid');
  });
});

describe('pasting steps', () => {
  it('into the same playbook: new ids throughout, each in its own stage, below what is there, the links among them kept', () => {
    const payload = copySteps(doc, ['ba', 'bb'])!;
    const result = pasteSteps(payload, doc, null, counter());
    if (!result.ok) throw new Error(result.error);
    expect(result.steps.map((s) => [s.id, s.title, s.stageId])).toEqual([
      ['new-1', 'Frame the problem', 'b1'],
      ['new-3', 'List options', 'b1'],
    ]);
    expect(result.steps[0]!.exitCriteria).toEqual([{ id: 'new-2', statement: 'Problem written down', actor: 'buyer' }]);
    expect(result.links).toEqual([{ ...doc.links.l1, id: 'new-4', sourceId: 'new-1', targetId: 'new-3' }]);
    expect(overlapping([...Object.values(doc.steps), ...result.steps])).toEqual([]);
    // The copy keeps its order top to bottom.
    expect(result.steps[0]!.y).toBeLessThan(result.steps[1]!.y);
  });

  it('into another playbook: the stage of the same name, else the same position in the lane', () => {
    const other = { stages: byId(stage('x0', 'buyer', 0, 'Learn'), stage('x1', 'buyer', 1, 'Explore'), stage('y0', 'seller', 0, 'Qualify')), steps: {} };
    const result = pasteSteps(copySteps(doc, ['ba', 'bc', 'sa'])!, other, null, counter());
    if (!result.ok) throw new Error(result.error);
    expect(Object.fromEntries(result.steps.map((s) => [s.title, s.stageId]))).toEqual({ 'Frame the problem': 'x1', 'Pick one': 'x1', 'Discovery call': 'y0' });
    expect(overlapping(result.steps)).toEqual([]);
    expect(result.links.map((l) => l.kind)).toEqual(['mirror']);
  });

  it('at the pointer: the group moves there and keeps its shape, and seller steps stay in the seller lane even over the buyer lane', () => {
    const offsets = stageOffsets(stagesOf(Object.values(doc.stages), 'buyer'));
    const intoDecide = { lane: 'buyer' as const, laneX: offsets.get('b2')! + 40 + GEOMETRY.stepWidth / 2, laneY: 400 + GEOMETRY.stepHeight / 2 };
    const result = pasteSteps(copySteps(doc, ['ba', 'bb', 'sa'])!, doc, intoDecide, counter());
    if (!result.ok) throw new Error(result.error);
    const [a, b] = result.steps.filter((s) => s.title !== 'Discovery call');
    expect([a!.stageId, a!.x, a!.y]).toEqual(['b2', 40, 400]);
    expect([b!.stageId, b!.x, b!.y]).toEqual(['b2', 40, 500]);
    const seller = result.steps.find((s) => s.title === 'Discovery call')!;
    expect(doc.stages[seller.stageId]!.lane).toBe('seller');
    expect(overlapping([...Object.values(doc.steps), ...result.steps])).toEqual([]);
  });

  it('refuses, in one line, a lane with no stage to land in, and more steps than a playbook holds', () => {
    const buyerOnly = { stages: byId(stage('x0', 'buyer', 0)), steps: {} };
    expect(pasteSteps(copySteps(doc, ['sa'])!, buyerOnly, null, counter())).toEqual({ ok: false, error: 'Not pasted: add a seller stage first, for the copied seller steps.' });
    const full = { stages: doc.stages, steps: Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`s${i}`, newStep({ id: `s${i}`, stageId: 'b1', title: '', x: 0, y: 0 })])) };
    expect(pasteSteps(copySteps(doc, ['ba'])!, full, null, counter())).toEqual({ ok: false, error: 'Not pasted: a playbook holds at most 10,000 steps.' });
  });
});

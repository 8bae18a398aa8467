import { describe, expect, it } from 'vitest';
import { GEOMETRY, layoutCanvas } from '../canvas/geometry';
import { newStep } from '../domain/newStep';
import type { Link, Stage, Step } from '../domain/playbook';
import { BUILT_IN_TEMPLATES } from '../templates';
import { instantiateTemplate } from '../templates/instantiate';
import { countCrossings, mirrorSegment } from './mirrorCrossings';
import { tidyLayout, type LayoutInput } from './tidyLayout';

const counter = () => {
  let n = 0;
  return () => `id-${++n}`;
};
const stage = (id: string, lane: Stage['lane'], order: number): Stage => ({ id, lane, name: id, order, width: 280, expectedDays: null, alwaysOn: false, revisitable: false, exitCriteria: [] });
const link = (id: string, kind: Link['kind'], sourceId: string, targetId: string): Link => ({ id, kind, sourceId, targetId, relation: kind === 'mirror' ? 'supports' : null, rationale: '' });

/** What a tidy layout promises, checked on the drawn geometry. */
function expectTidy(before: LayoutInput, after: { stages: Stage[]; steps: Step[] }) {
  const stageOf = new Map(after.stages.map((s) => [s.id, s] as const));
  for (const step of after.steps) {
    const was = before.steps.find((s) => s.id === step.id)!;
    expect(step.stageId, step.title).toBe(was.stageId);
    const column = stageOf.get(step.stageId)!;
    expect(step.x, step.title).toBeGreaterThanOrEqual(0);
    expect(step.x + GEOMETRY.stepWidth, step.title).toBeLessThanOrEqual(column.width);
    expect(step.y, step.title).toBeGreaterThanOrEqual(GEOMETRY.stageHeaderHeight);
  }
  const boxes = layoutCanvas(after).steps;
  const overlaps = boxes.flatMap((a, i) => boxes.slice(i + 1).filter((b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height).map((b) => `${a.step.title} / ${b.step.title}`));
  expect(overlaps).toEqual([]);
}

const crossingsOf = (doc: LayoutInput) => {
  const boxes = new Map(layoutCanvas({ stages: [...doc.stages], steps: [...doc.steps] }).steps.map((b) => [b.step.id, b] as const));
  return countCrossings(doc.links.filter((l) => l.kind === 'mirror').map((l) => mirrorSegment(boxes.get(l.sourceId)!, boxes.get(l.targetId)!)));
};

describe('tidy layout', () => {
  it('keeps every step of every template in its lane and stage, overlapping none, with sequence edges reading left to right', async () => {
    for (const template of BUILT_IN_TEMPLATES) {
      const doc = instantiateTemplate(template, { newId: counter(), now: '2026-01-01T00:00:00.000Z' });
      const after = await tidyLayout(doc);
      expectTidy(doc, after);
      const at = new Map(layoutCanvas(after).steps.map((b) => [b.step.id, b] as const));
      // Forward along the sequence: a later stage, or lower in the same column.
      for (const l of doc.links.filter((x) => x.kind === 'sequence')) {
        const [from, to] = [at.get(l.sourceId)!, at.get(l.targetId)!];
        expect(from.x < to.x || (from.x === to.x && from.y < to.y), `${template.id}: ${from.step.title} → ${to.step.title}`).toBe(true);
      }
      const [was, now] = [crossingsOf(doc), crossingsOf({ ...after, links: doc.links })];
      if (process.env.SHOW_CROSSINGS) console.log(template.id, was, now);
      expect(now, template.id).toBeLessThanOrEqual(was);
    }
  });

  it('puts steps piled on each other apart, in sequence order down their column', async () => {
    const stages = [stage('b', 'buyer', 0), stage('s', 'seller', 0)];
    const steps = ['three', 'one', 'two'].map((title) => newStep({ id: title, stageId: 'b', title, x: 40, y: 60 }));
    const doc = { stages, steps, links: [link('a', 'sequence', 'one', 'two'), link('b', 'sequence', 'two', 'three')] };
    const after = await tidyLayout(doc);
    expectTidy(doc, after);
    expect(after.steps.sort((a, b) => a.y - b.y).map((s) => s.title)).toEqual(['one', 'two', 'three']);
  });

  it('orders steps stacked in one column so mirror links cross as little as they can', async () => {
    // Two buyer steps and, one column to the right, two seller steps, each supporting the other row's buyer step.
    const stages = [stage('b', 'buyer', 0), stage('s0', 'seller', 0), stage('s1', 'seller', 1)];
    const steps = [
      newStep({ id: 'top', stageId: 'b', title: 'top', x: 40, y: 60 }),
      newStep({ id: 'bottom', stageId: 'b', title: 'bottom', x: 40, y: 160 }),
      newStep({ id: 'first', stageId: 's1', title: 'first', x: 40, y: 60 }),
      newStep({ id: 'second', stageId: 's1', title: 'second', x: 40, y: 160 }),
    ];
    const doc = { stages, steps, links: [link('m1', 'mirror', 'first', 'bottom'), link('m2', 'mirror', 'second', 'top')] };
    expect(crossingsOf(doc)).toBe(1);
    const after = await tidyLayout(doc);
    expectTidy(doc, after);
    expect(crossingsOf({ ...after, links: doc.links })).toBe(0);
    // Steps that follow one another keep their order, crossings or not.
    const ordered = await tidyLayout({ ...doc, links: [...doc.links, link('q', 'sequence', 'first', 'second'), link('r', 'sequence', 'top', 'bottom')] });
    const y = (id: string) => ordered.steps.find((s) => s.id === id)!.y;
    expect([y('first') < y('second'), y('top') < y('bottom')]).toEqual([true, true]);
  });
});

import { describe, it, expect } from 'vitest';
import { buildDoc } from './fixtures.test-helper';
import { outlinePlaybook, relationOf, stepsInReadingOrder } from './outline';

describe('outlinePlaybook', () => {
  it('orders lanes buyer then seller, stages by column, steps top to bottom then left to right', () => {
    const doc = buildDoc({
      buyer: [{ name: 'B', steps: [{ title: 'low', y: 300 }, { title: 'right', x: 60, y: 100 }, { title: 'left', x: 10, y: 100 }] }],
      seller: [{ name: 'S1', steps: [{ title: 's' }] }, { name: 'S2', steps: [] }],
    });
    doc.stages.reverse();
    const outline = outlinePlaybook(doc);
    expect(outline.map((l) => l.label)).toEqual(['Buyer journey', 'Seller process']);
    expect(outline[1]!.stages.map((s) => s.stage.name)).toEqual(['S1', 'S2']);
    expect(stepsInReadingOrder(outline).map((o) => o.step.title)).toEqual(['left', 'right', 'low', 's']);
  });

  it('leaves out steps whose stage is missing', () => {
    const doc = buildDoc({ buyer: [{ name: 'B', steps: [{ title: 'a' }] }], seller: [] });
    doc.steps[0]!.stageId = 'gone';
    expect(stepsInReadingOrder(outlinePlaybook(doc))).toEqual([]);
  });

  it('reads any relation other than "verifies" as "supports"', () => {
    expect(relationOf({ relation: 'verifies' })).toBe('verifies');
    expect(relationOf({ relation: null })).toBe('supports');
    expect(relationOf({ relation: 'x' as never })).toBe('supports');
  });
});

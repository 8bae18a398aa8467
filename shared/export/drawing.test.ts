import { describe, it, expect } from 'vitest';
import { anchor, mirrorEnds, sequenceEnds } from '../canvas/edgeSides';
import { layoutCanvas } from '../canvas/geometry';
import { buildDoc } from './fixtures.test-helper';
import { bezierPath, drawingBounds, intRect, orthogonalRoute, unionRect, wrapText } from './drawing';

describe('wrapText', () => {
  it('breaks at spaces within the width', () => {
    expect(wrapText('Co-build the business case with the champion', 20, 3)).toEqual(['Co-build the', 'business case with', 'the champion']);
  });

  it('ends with an ellipsis when the text does not fit', () => {
    const lines = wrapText('one two three four five six seven eight nine ten', 10, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(Array.from(lines[1]!).length).toBeLessThanOrEqual(10);
  });

  it('cuts a word longer than a line, by code point', () => {
    expect(wrapText('😀'.repeat(12), 5, 2)).toEqual(['😀'.repeat(5), '😀'.repeat(4) + '…']);
    expect(wrapText('abcdefghij', 4, 3)).toEqual(['abcd', 'efgh', 'ij']);
  });

  it('stops at the last line even inside a word that would fill more, and ignores the words after it', () => {
    expect(wrapText('abcdefghijklm', 4, 2)).toEqual(['abcd', 'efg…']);
    expect(wrapText('abcdefghijklm nop', 4, 2)).toEqual(['abcd', 'efg…']);
    expect(wrapText('abc', 4, 0)).toEqual([]);
  });

  it('drops spaces around the words', () => {
    expect(wrapText(' ab  cd ', 10, 1)).toEqual(['ab cd']);
  });

  it('returns nothing for blank text', () => {
    expect(wrapText('  \n ', 10, 3)).toEqual([]);
  });
});

describe('edge geometry', () => {
  const a = { x: 0, y: 0, width: 100, height: 50 };
  const b = { x: 200, y: 100, width: 100, height: 50 };

  it('anchors sequence edges right → left and mirror links top → bottom', () => {
    expect(sequenceEnds(a, b)).toEqual({ from: { x: 100, y: 25 }, fromSide: 'right', to: { x: 200, y: 125 }, toSide: 'left' });
    expect(mirrorEnds(b, a)).toEqual({ from: anchor(b, 'top'), fromSide: 'top', to: anchor(a, 'bottom'), toSide: 'bottom' });
  });

  it('joins steps stacked in one column bottom → top, or top → bottom going up', () => {
    const below = { x: 10, y: 100, width: 100, height: 50 };
    expect(sequenceEnds(a, below)).toMatchObject({ fromSide: 'bottom', toSide: 'top', from: { x: 50, y: 50 }, to: { x: 60, y: 100 } });
    expect(sequenceEnds(below, a)).toMatchObject({ fromSide: 'top', toSide: 'bottom' });
    const straight = { x: 0, y: 100, width: 100, height: 50 };
    expect(orthogonalRoute(sequenceEnds(a, straight), a, straight)).toEqual([{ x: 50, y: 50 }, { x: 50, y: 100 }]);
  });

  it('routes forward flows with right angles and backward flows around below', () => {
    const forward = orthogonalRoute(sequenceEnds(a, b), a, b);
    expect(forward).toEqual([{ x: 100, y: 25 }, { x: 150, y: 25 }, { x: 150, y: 125 }, { x: 200, y: 125 }]);
    const back = orthogonalRoute(sequenceEnds(b, a), b, a);
    expect(back[0]).toEqual({ x: 300, y: 125 });
    expect(back[back.length - 1]).toEqual({ x: 0, y: 25 });
    expect(Math.max(...back.map((p) => p.y))).toBeGreaterThan(150);
    for (let i = 1; i < back.length; i++) expect(back[i]!.x === back[i - 1]!.x || back[i]!.y === back[i - 1]!.y).toBe(true);
  });

  it('draws a Bézier between the anchors with a midpoint for the label', () => {
    const { d, mid } = bezierPath(sequenceEnds(a, b));
    expect(d).toMatch(/^M100,25 C[\d.,-]+ [\d.,-]+ 200,125$/);
    expect(mid).toEqual({ x: 150, y: 75 });
  });

  it('puts a mirror label where the curve crosses the given height', () => {
    const seller = { x: 300, y: 400, width: 100, height: 50 };
    const { mid } = bezierPath(mirrorEnds(seller, a), 200);
    expect(mid.y).toBe(200);
    expect(mid.x).toBeGreaterThan(50);
    expect(mid.x).toBeLessThan(350);
    expect(bezierPath(mirrorEnds(seller, a), 1000).mid.y).not.toBe(1000);
  });

  it('unions and rounds rectangles outwards', () => {
    expect(unionRect(a, b)).toEqual({ x: 0, y: 0, width: 300, height: 150 });
    expect(intRect({ x: 0.5, y: -0.5, width: 10, height: 10 })).toEqual({ x: 0, y: -1, width: 11, height: 11 });
  });
});

describe('wrapText at its limits', () => {
  it('fills a line exactly to its width before breaking', () => {
    expect(wrapText('abcd efghi', 10, 3)).toEqual(['abcd efghi']);
    expect(wrapText('abcd', 4, 1)).toEqual(['abcd']);
  });

  it('keeps the last line within the width, ellipsis included, and trims a space before it', () => {
    expect(wrapText('ab cd ef', 5, 1)).toEqual(['ab c…']);
    expect(wrapText('abc defgh', 4, 2)).toEqual(['abc', 'def…']);
    expect(wrapText('a b c d e', 3, 2)).toEqual(['a b', 'c…']);
    expect(wrapText('ab c', 3, 1)).toEqual(['ab…']);
    expect(wrapText('abcd efgh', 4, 1)).toEqual(['abc…']);
  });
});

describe('BPMN flow routes, point for point', () => {
  const a = { x: 0, y: 0, width: 100, height: 50 };

  it('runs straight between steps side by side on one row', () => {
    const right = { x: 200, y: 0, width: 100, height: 50 };
    expect(orthogonalRoute(sequenceEnds(a, right), a, right)).toEqual([{ x: 100, y: 25 }, { x: 200, y: 25 }]);
  });

  it('turns halfway when the next step is at least 20 px to the right, and goes around below when nearer', () => {
    const near = { x: 120, y: 100, width: 100, height: 50 };
    expect(orthogonalRoute(sequenceEnds(a, near), a, near)).toEqual([{ x: 100, y: 25 }, { x: 110, y: 25 }, { x: 110, y: 125 }, { x: 120, y: 125 }]);
    const tooNear = { x: 119, y: 100, width: 100, height: 50 };
    expect(orthogonalRoute(sequenceEnds(a, tooNear), a, tooNear)).toEqual([
      { x: 100, y: 25 },
      { x: 116, y: 25 },
      { x: 116, y: 166 },
      { x: 103, y: 166 },
      { x: 103, y: 125 },
      { x: 119, y: 125 },
    ]);
  });

  it('goes around below when a step on the same row is behind or touching, never straight through', () => {
    const right = { x: 200, y: 0, width: 100, height: 50 };
    expect(orthogonalRoute(sequenceEnds(right, a), right, a)).toEqual([
      { x: 300, y: 25 },
      { x: 316, y: 25 },
      { x: 316, y: 66 },
      { x: -16, y: 66 },
      { x: -16, y: 25 },
      { x: 0, y: 25 },
    ]);
    const touching = { x: 100, y: 0, width: 100, height: 50 };
    expect(sequenceEnds(a, touching)).toMatchObject({ fromSide: 'right', toSide: 'left' });
    expect(orthogonalRoute(sequenceEnds(a, touching), a, touching)).toHaveLength(6);
  });

  it('loops back 16 px below the lower step and 16 px beside each end', () => {
    const b = { x: 200, y: 100, width: 100, height: 50 };
    expect(orthogonalRoute(sequenceEnds(b, a), b, a)).toEqual([
      { x: 300, y: 125 },
      { x: 316, y: 125 },
      { x: 316, y: 166 },
      { x: -16, y: 166 },
      { x: -16, y: 25 },
      { x: 0, y: 25 },
    ]);
  });

  it('joins steps one above the other straight, and others with a bend halfway, on whole pixels', () => {
    const lower = { x: 0, y: 100, width: 100, height: 80 };
    expect(orthogonalRoute(sequenceEnds(lower, a), lower, a)).toEqual([{ x: 50, y: 100 }, { x: 50, y: 50 }]);
    const seller = { x: 300.4, y: 400, width: 100, height: 50 };
    expect(orthogonalRoute(mirrorEnds(seller, a), seller, a)).toEqual([{ x: 350, y: 400 }, { x: 350, y: 225 }, { x: 50, y: 225 }, { x: 50, y: 50 }]);
  });
});

describe('drawingBounds', () => {
  it('holds steps placed left of, above, right of and below the lanes', () => {
    const doc = buildDoc({ buyer: [{ name: 'B', steps: [{ title: 'x', x: -50, y: -30 }, { title: 'z', x: 900, y: 700 }] }], seller: [] });
    const layout = layoutCanvas(doc);
    const [first, last] = layout.steps;
    expect(drawingBounds(layout)).toEqual({ x: first!.x, y: first!.y, width: last!.x + last!.width - first!.x, height: layout.height - first!.y });
    expect(last!.x + last!.width).toBeGreaterThan(layout.width);
    expect(first!.x).toBeLessThan(0);
    const plain = layoutCanvas(buildDoc({ buyer: [{ name: 'B', steps: [{ title: 'x' }] }], seller: [] }));
    expect(drawingBounds(plain)).toEqual({ x: 0, y: 0, width: plain.width, height: plain.height });
  });
});


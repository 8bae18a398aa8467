import { describe, it, expect } from 'vitest';
import { anchor, mirrorEnds, sequenceEnds } from '../canvas/edgeSides';
import { bezierPath, intRect, orthogonalRoute, unionRect, wrapText } from './drawing';

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

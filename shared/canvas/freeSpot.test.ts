import { describe, expect, it } from 'vitest';
import { freeSpot } from './freeSpot';
import { GEOMETRY } from './geometry';

describe('freeSpot', () => {
  it('keeps a spot that covers no other step', () => {
    expect(freeSpot({ x: 40, y: 60 }, [{ x: 40, y: 200 }])).toEqual({ x: 40, y: 60 });
  });

  it('moves a step dropped on another below it, and below any it then lands on', () => {
    const step = GEOMETRY.stepHeight + GEOMETRY.stepGapY;
    const others = [
      { x: 40, y: 56 },
      { x: 40, y: 56 + step },
    ];
    expect(freeSpot({ x: 60, y: 70 }, others)).toEqual({ x: 60, y: 56 + 2 * step });
  });
});

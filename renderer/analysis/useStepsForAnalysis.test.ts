import { describe, expect, it } from 'vitest';
import { newStep } from '../../shared/domain/newStep';
import { sameBesidesPlace } from '../editor/besidesPlace';

const a = newStep({ id: 'a', stageId: 's1', title: 'Discovery call', x: 16, y: 48 });
const b = newStep({ id: 'b', stageId: 's1', title: 'Demo', x: 16, y: 140 });
const steps = { a, b };

describe('steps as the analysis reads them', () => {
  it('counts a move within the column as no change', () => {
    expect(sameBesidesPlace(steps, { ...steps, a: { ...a, x: 40, y: 300 } })).toBe(true);
  });

  it('counts a move into another stage, an edit, an added or removed step as a change', () => {
    expect(sameBesidesPlace(steps, { ...steps, a: { ...a, stageId: 's2', y: 300 } })).toBe(false);
    expect(sameBesidesPlace(steps, { ...steps, a: { ...a, title: 'Intro call' } })).toBe(false);
    expect(sameBesidesPlace(steps, { ...steps, c: newStep({ id: 'c', stageId: 's1', title: 'New', x: 16, y: 232 }) })).toBe(false);
    expect(sameBesidesPlace(steps, { a })).toBe(false);
    expect(sameBesidesPlace(steps, { a, c: { ...b, id: 'c' } })).toBe(false);
  });
});

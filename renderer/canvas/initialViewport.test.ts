import { describe, expect, it } from 'vitest';
import { initialViewport, LEGIBLE_ZOOM } from './initialViewport';

describe('initialViewport', () => {
  it('shows a small playbook whole, centred, never enlarged past 100%', () => {
    const v = initialViewport({ width: 600, height: 400 }, { width: 1000, height: 800 });
    expect(v.zoom).toBe(1);
    expect(v.x).toBe(200);
    expect(v.y).toBe(200);
  });

  it('opens a large playbook at a readable zoom on its first stages rather than shrinking it to fit', () => {
    const v = initialViewport({ width: 3000, height: 1400 }, { width: 1000, height: 800 });
    expect(v.zoom).toBe(LEGIBLE_ZOOM);
    expect(v.x).toBeGreaterThan(0);
    expect(v.x).toBeLessThan(40);
    expect(13 * v.zoom).toBeGreaterThanOrEqual(10);
  });
});

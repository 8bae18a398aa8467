import { describe, expect, it } from 'vitest';
import { placeWindow } from './windowPlacement';

const DEFAULTS = { width: 1400, height: 900, minWidth: 900, minHeight: 600 };
const laptop = { x: 0, y: 0, width: 1920, height: 1050 };
const monitorRight = { x: 1920, y: 0, width: 2560, height: 1400 };

describe('where the window opens', () => {
  it('opens where it was, maximised or not, when that place is on a screen', () => {
    expect(placeWindow({ x: 2100, y: 100, width: 1600, height: 1000, maximized: true }, [laptop, monitorRight], DEFAULTS)).toEqual({
      bounds: { x: 2100, y: 100, width: 1600, height: 1000 },
      maximized: true,
    });
  });

  it('opens centred on the main screen when the screen it was on is gone, keeping maximised', () => {
    expect(placeWindow({ x: 2100, y: 100, width: 1600, height: 1000, maximized: true }, [laptop], DEFAULTS)).toEqual({
      bounds: { x: 260, y: 75, width: 1400, height: 900 },
      maximized: true,
    });
  });

  it('counts a window whose title bar is only a sliver on screen as lost', () => {
    expect(placeWindow({ x: 1900, y: 10, width: 1000, height: 800, maximized: false }, [laptop], DEFAULTS).bounds).toEqual({ x: 260, y: 75, width: 1400, height: 900 });
    expect(placeWindow({ x: 100, y: -200, width: 1000, height: 800, maximized: false }, [laptop], DEFAULTS).bounds).toEqual({ x: 260, y: 75, width: 1400, height: 900 });
  });

  it('pulls a window half off its screen back inside, and shrinks one larger than the screen', () => {
    expect(placeWindow({ x: 1500, y: 600, width: 1000, height: 800, maximized: false }, [laptop], DEFAULTS).bounds).toEqual({ x: 920, y: 250, width: 1000, height: 800 });
    expect(placeWindow({ x: 0, y: 0, width: 3000, height: 2000, maximized: false }, [laptop], DEFAULTS).bounds).toEqual({ x: 0, y: 0, width: 1920, height: 1050 });
  });

  it('takes a saved state it cannot read for none', () => {
    for (const saved of [null, 'x', { x: 1 }, { x: 0, y: 0, width: -5, height: 10, maximized: false }]) {
      expect(placeWindow(saved, [laptop], DEFAULTS)).toEqual({ bounds: { x: 260, y: 75, width: 1400, height: 900 }, maximized: false });
    }
    expect(placeWindow(null, [], DEFAULTS)).toEqual({ bounds: null, maximized: false });
  });
});

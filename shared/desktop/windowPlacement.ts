import { z } from 'zod';

/** Where the window was: its normal (not maximised) bounds, and whether it was maximised. */
export const WindowState = z.strictObject({
  x: z.int(),
  y: z.int(),
  width: z.int().min(1),
  height: z.int().min(1),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof WindowState>;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How much of the window's title bar must lie on a screen for the window to count as reachable. */
const GRAB_WIDTH = 100;
const GRAB_HEIGHT = 30;

const overlap = (a: Rect, b: Rect) => ({
  width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
  height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
});

/**
 * Where to open the window: the saved place when its title bar is still on one of the screens
 * (shrunk to fit that screen), or, when the screen it was on is gone or the saved state is
 * unreadable, centred on the first screen at the default size. A window that opens off-screen
 * cannot be dragged back.
 */
export function placeWindow(saved: unknown, workAreas: Rect[], defaults: { width: number; height: number; minWidth: number; minHeight: number }): { bounds: Rect | null; maximized: boolean } {
  const parsed = WindowState.safeParse(saved);
  const primary = workAreas[0];
  const centred = (): Rect | null =>
    primary
      ? {
          width: Math.min(defaults.width, primary.width),
          height: Math.min(defaults.height, primary.height),
          x: primary.x + Math.max(0, Math.round((primary.width - Math.min(defaults.width, primary.width)) / 2)),
          y: primary.y + Math.max(0, Math.round((primary.height - Math.min(defaults.height, primary.height)) / 2)),
        }
      : null;
  if (!parsed.success) return { bounds: centred(), maximized: false };
  const state = parsed.data;
  const titleBar: Rect = { x: state.x, y: state.y, width: state.width, height: GRAB_HEIGHT };
  const screen = workAreas.find((area) => {
    const o = overlap(titleBar, area);
    return o.width >= Math.min(GRAB_WIDTH, state.width) && o.height >= Math.min(GRAB_HEIGHT, state.height);
  });
  if (!screen) return { bounds: centred(), maximized: state.maximized };
  const width = Math.max(Math.min(state.width, screen.width), Math.min(defaults.minWidth, screen.width));
  const height = Math.max(Math.min(state.height, screen.height), Math.min(defaults.minHeight, screen.height));
  // Pulled inside the screen it is on, so no edge is lost past the screen's border.
  const x = Math.min(Math.max(state.x, screen.x), screen.x + screen.width - width);
  const y = Math.min(Math.max(state.y, screen.y), screen.y + screen.height - height);
  return { bounds: { x, y, width, height }, maximized: state.maximized };
}

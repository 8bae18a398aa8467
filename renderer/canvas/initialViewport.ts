import type { Viewport } from '../../shared/domain/playbook';

/** Card titles are 13 px: below this zoom they shrink under about 10 px and stop being readable. */
export const LEGIBLE_ZOOM = 0.8;
const PAD = 16;

interface Size {
  width: number;
  height: number;
}

/**
 * Where a playbook opens the first time. The whole canvas when it fits at a readable size;
 * otherwise readable, starting from the first stages at the top left, where the journey begins.
 */
export function initialViewport(content: Size, screen: Size): Viewport {
  const fit = Math.min((screen.width - 2 * PAD) / content.width, (screen.height - 2 * PAD) / content.height, 1);
  if (fit >= LEGIBLE_ZOOM) {
    return { x: (screen.width - content.width * fit) / 2, y: (screen.height - content.height * fit) / 2, zoom: fit };
  }
  return { x: PAD, y: PAD, zoom: LEGIBLE_ZOOM };
}

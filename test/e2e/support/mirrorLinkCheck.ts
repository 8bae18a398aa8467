import type { Page } from 'playwright-core';

export interface MirrorLinkReport {
  linkId: string;
  /** Points sampled along the drawn path that are on screen inside the canvas. */
  sampled: number;
  /** Sampled points where a step card is drawn over the link (it is hidden there). */
  covered: Array<{ x: number; y: number; card: string }>;
  /** The step card under the link's last point, or null when it ends on none. */
  endsOn: string | null;
}

/**
 * Walks each mirror link's drawn path in the page and asks the browser what is on top at points
 * along it: a step card drawn over the link hides it there. Also reports which card the link ends on.
 */
export function checkMirrorLinks(page: Page, linkIds: string[], cardSelector = '.react-flow__node-step'): Promise<MirrorLinkReport[]> {
  return page.evaluate(({ ids, cardSelector }) => {
    // The lines take no clicks, which hides them from elementsFromPoint; this makes them hit-testable
    // for the check without changing what is painted over what.
    const probe = document.head.appendChild(document.createElement('style'));
    probe.textContent = '.react-flow__edge, .react-flow__edge path { pointer-events: visibleStroke !important; }';
    const canvas = document.querySelector('.react-flow')!.getBoundingClientRect();
    const cardAt = (elements: Element[]) => elements.map((e) => e.closest(cardSelector)).find(Boolean) as HTMLElement | undefined;
    const reports = ids.map((linkId) => {
      const edge = document.querySelector(`.react-flow__edge[data-id="${linkId}"]`);
      const path = edge?.querySelector<SVGPathElement>('path.react-flow__edge-path');
      if (!edge || !path) return { linkId, sampled: 0, covered: [], endsOn: null };
      const matrix = path.getScreenCTM()!;
      const toScreen = (length: number) => {
        const p = path.getPointAtLength(length);
        return { x: p.x * matrix.a + p.y * matrix.c + matrix.e, y: p.x * matrix.b + p.y * matrix.d + matrix.f };
      };
      const total = path.getTotalLength();
      const covered: Array<{ x: number; y: number; card: string }> = [];
      let sampled = 0;
      // Both ends touch the link's own cards; everything between must be in plain view.
      for (let length = 6; length <= total - 6; length += 4) {
        const { x, y } = toScreen(length);
        if (x < canvas.left + 1 || x > canvas.right - 1 || y < canvas.top + 1 || y > canvas.bottom - 1) continue;
        sampled++;
        const elements = document.elementsFromPoint(x, y);
        const linkIndex = elements.findIndex((e) => edge.contains(e));
        const card = cardAt(elements);
        const cardIndex = card ? elements.indexOf(elements.find((e) => card.contains(e))!) : -1;
        if (card && (linkIndex === -1 || cardIndex < linkIndex)) covered.push({ x: Math.round(x), y: Math.round(y), card: card.getAttribute('data-id')! });
      }
      // Just inside the end: the card the arrowhead points into.
      const end = toScreen(total);
      const before = toScreen(Math.max(0, total - 1));
      const dx = end.x - before.x;
      const dy = end.y - before.y;
      const norm = Math.hypot(dx, dy) || 1;
      const inside = { x: end.x + (dx / norm) * 8, y: end.y + (dy / norm) * 8 };
      const endCard = cardAt(document.elementsFromPoint(inside.x, inside.y));
      return { linkId, sampled, covered, endsOn: endCard?.getAttribute('data-id') ?? null };
    });
    probe.remove();
    return reports;
  }, { ids: linkIds, cardSelector });
}

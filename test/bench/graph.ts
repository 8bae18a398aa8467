import { GEOMETRY, layoutCanvas } from '../../shared/canvas/geometry';
import type { PlaybookDoc, Viewport } from '../../shared/domain/playbook';
import { envelope } from '../node/support/samplePlaybook';
import { generatePlaybook } from '../support/generate';

/** Both pages open at this transform, so the same part of the graph is on screen in each. */
export const BENCH_VIEWPORT: Viewport = { x: 20, y: 20, zoom: 0.5 };

/** The generator's seed for every benchmark playbook: the same content on every run and machine. */
export const BENCH_SEED = 20261201;

/** The benchmark's playbook: the shared seeded generator, opened at the bench viewport. */
export function benchPlaybook(steps = 2000): PlaybookDoc {
  return { ...generatePlaybook({ steps, seed: BENCH_SEED }), viewport: { ...BENCH_VIEWPORT } };
}

/**
 * The title of the step on top of the first column's stack, the one the bench drags: generated
 * steps share spots every 150 of a lane, and the last of them is drawn on top.
 */
export function stackTopTitle(steps: number): string {
  return benchPlaybook(steps).steps[2 * 150 * Math.floor((steps / 2 - 1) / 150)]!.title;
}

export interface BareNode {
  id: string;
  position: { x: number; y: number };
  width: number;
  height: number;
  data: { label: string };
}

export interface BareEdge {
  id: string;
  source: string;
  target: string;
  label?: string;
  markerEnd?: { type: 'arrowclosed'; width: number; height: number };
}

export interface BareGraph {
  nodes: BareNode[];
  edges: BareEdge[];
  viewport: Viewport;
}

/**
 * The same graph as Tandem draws it, flattened for a plain React Flow: one default node per step at
 * its absolute canvas position and size, one default edge per link. Lanes and stage headers are
 * Tandem's own chrome and are left out. Node order follows the document, as in Tandem, so
 * overlapping steps stack the same way on both pages.
 */
export function bareGraph(doc: PlaybookDoc): BareGraph {
  const layout = layoutCanvas(doc);
  return {
    nodes: layout.steps.map((box) => ({
      id: box.step.id,
      position: { x: box.x, y: box.y },
      width: GEOMETRY.stepWidth,
      height: GEOMETRY.stepHeight,
      data: { label: box.step.title },
    })),
    edges: doc.links.map((link) =>
      link.kind === 'mirror'
        ? { id: link.id, source: link.sourceId, target: link.targetId, label: link.relation ?? 'supports' }
        : { id: link.id, source: link.sourceId, target: link.targetId, markerEnd: { type: 'arrowclosed' as const, width: 16, height: 16 } },
    ),
    viewport: doc.viewport ?? BENCH_VIEWPORT,
  };
}

/** The benchmark playbook as the text of a .tandem file, ready for `importPlaybookFile`. */
export function benchFileText(steps = 2000): string {
  return JSON.stringify(envelope(benchPlaybook(steps)));
}

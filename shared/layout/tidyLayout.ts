import ELK from 'elkjs/lib/elk.bundled.js';
import { GEOMETRY, laneHeight, stageOffsets, stagesOf } from '../canvas/geometry';
import type { Lane, Link, Stage, Step } from '../domain/playbook';
import { countCrossings, mirrorSegment } from './mirrorCrossings';

export interface LayoutInput {
  stages: readonly Stage[];
  steps: readonly Step[];
  links: readonly Link[];
}

export interface LayoutResult {
  /** Every stage, with its width fitted to its steps. */
  stages: Stage[];
  /** Every step placed, in the stage it was in. */
  steps: Step[];
}

// The bundled build runs in the calling thread, in a browser or in Node alike, with no worker file to serve.
const elk = new ELK();
const TOP = GEOMETRY.stageHeaderHeight + 16;
const GAP_X = 40;
/** Above this many mirror links the crossing pass would take longer than it is worth; ELK's order stands. */
const MAX_LINKS_TO_UNCROSS = 400;

/** One lane through ELK's layered algorithm: left to right along its sequence edges, each stage a partition so no step leaves its column. */
async function layOutLane(laneStages: readonly Stage[], steps: readonly Step[], links: readonly Link[]) {
  const order = new Map(laneStages.map((s) => [s.id, s.order] as const));
  const ids = new Set(steps.map((s) => s.id));
  // Steps go in as they stand (stage, then top to bottom), and ELK keeps that order where the edges leave it free.
  const children = [...steps]
    .sort((a, b) => order.get(a.stageId)! - order.get(b.stageId)! || a.y - b.y || a.x - b.x)
    .map((s) => ({ id: s.id, width: GEOMETRY.stepWidth, height: GEOMETRY.stepHeight, layoutOptions: { 'elk.partitioning.partition': String(order.get(s.stageId)) } }));
  const edges = links.filter((l) => l.kind === 'sequence' && ids.has(l.sourceId) && ids.has(l.targetId)).map((l) => ({ id: l.id, sources: [l.sourceId], targets: [l.targetId] }));
  const graph = await elk.layout({
    id: 'lane',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.partitioning.activate': 'true',
      'elk.spacing.nodeNode': String(GEOMETRY.stepGapY),
      'elk.layered.spacing.nodeNodeBetweenLayers': String(GAP_X),
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
      'elk.padding': '[top=0,left=0,bottom=0,right=0]',
    },
    children,
    edges,
  });
  return new Map((graph.children ?? []).map((n) => [n.id, { x: n.x ?? 0, y: n.y ?? 0 }] as const));
}

/**
 * Tidies a playbook: each lane ordered left to right by its sequence edges across its stage
 * columns (ELK's layered algorithm, one partition per stage so no step leaves its stage), and in
 * each column top to bottom in that order, evenly spaced. No step leaves its lane or stage and no
 * two overlap. Then neighbours in a column that do not follow one another trade places
 * where that crosses fewer mirror links.
 */
export async function tidyLayout(input: LayoutInput): Promise<LayoutResult> {
  const stageById = new Map(input.stages.map((s) => [s.id, s] as const));
  const laneOf = (step: Step): Lane | undefined => stageById.get(step.stageId)?.lane;
  const placed = new Map<string, Step>();
  for (const lane of ['buyer', 'seller'] as const) {
    const laneStages = stagesOf(input.stages, lane);
    const steps = input.steps.filter((s) => laneOf(s) === lane);
    if (!steps.length) continue;
    const at = await layOutLane(laneStages, steps, input.links);
    for (const stage of laneStages) {
      // The stage's column keeps its width, so buyer and seller columns stay where readers know them;
      // ELK's left-to-right order becomes top to bottom inside it.
      const inStage = steps.filter((s) => s.stageId === stage.id).sort((a, b) => at.get(a.id)!.x - at.get(b.id)!.x || at.get(a.id)!.y - at.get(b.id)!.y);
      const x = Math.min(GEOMETRY.stepInsetX, Math.max(0, stage.width - GEOMETRY.stepWidth));
      inStage.forEach((step, i) => {
        placed.set(step.id, { ...step, x, y: TOP + i * (GEOMETRY.stepHeight + GEOMETRY.stepGapY) });
      });
    }
  }
  const stages = [...input.stages];
  uncrossMirrorLinks(stages, placed, input.links);
  return { stages, steps: input.steps.map((s) => placed.get(s.id) ?? s) };
}

/**
 * Neighbours in a column can trade places without overlapping anything, and without breaking the
 * sequence unless one leads to the other; each such pair trades when that crosses fewer mirror
 * links, until no trade helps.
 */
function uncrossMirrorLinks(stages: readonly Stage[], placed: Map<string, Step>, links: readonly Link[]) {
  const mirrors = links.filter((l) => l.kind === 'mirror' && placed.has(l.sourceId) && placed.has(l.targetId));
  if (!mirrors.length || mirrors.length > MAX_LINKS_TO_UNCROSS) return;
  const stageLeft = new Map([...stageOffsets(stagesOf(stages, 'buyer')), ...stageOffsets(stagesOf(stages, 'seller'))]);
  const lane = new Map(stages.map((s) => [s.id, s.lane] as const));
  const crossings = () => {
    const buyerHeight = laneHeight([...placed.values()].filter((s) => lane.get(s.stageId) === 'buyer'));
    const abs = (s: Step, top: number) => ({ x: stageLeft.get(s.stageId)! + s.x, y: top + s.y });
    return countCrossings(mirrors.map((l) => mirrorSegment(abs(placed.get(l.sourceId)!, buyerHeight + GEOMETRY.laneGap), abs(placed.get(l.targetId)!, 0))));
  };
  const columns = new Map<string, Step[]>();
  for (const step of placed.values()) {
    const key = step.stageId;
    columns.set(key, [...(columns.get(key) ?? []), step]);
  }
  const leadsTo = new Set(links.filter((l) => l.kind === 'sequence').map((l) => `${l.sourceId}>${l.targetId}`));
  let best = crossings();
  for (let pass = 0; pass < 8 && best > 0; pass++) {
    let improved = false;
    for (const column of columns.values()) {
      column.sort((a, b) => placed.get(a.id)!.y - placed.get(b.id)!.y);
      for (let i = 0; i + 1 < column.length; i++) {
        const upper = placed.get(column[i]!.id)!;
        const lower = placed.get(column[i + 1]!.id)!;
        if (leadsTo.has(`${upper.id}>${lower.id}`)) continue;
        // The two trade top edges, keeping the column's spacing.
        placed.set(upper.id, { ...upper, y: lower.y });
        placed.set(lower.id, { ...lower, y: upper.y });
        const now = crossings();
        if (now < best) {
          best = now;
          improved = true;
          [column[i], column[i + 1]] = [column[i + 1]!, column[i]!];
        } else {
          placed.set(upper.id, upper);
          placed.set(lower.id, lower);
        }
      }
    }
    if (!improved) break;
  }
}

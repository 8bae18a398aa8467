import type { Lane, PlaybookDoc, Stage, Step } from '../domain/playbook';

/**
 * The one place that turns a playbook into canvas geometry. The app's canvas and every
 * drawn export (SVG, PNG, BPMN diagram, JSON Canvas) use it, so they look alike.
 */
export const GEOMETRY = {
  laneLabelWidth: 44,
  stageHeaderHeight: 40,
  laneGap: 48,
  minLaneHeight: 320,
  lanePaddingBottom: 48,
  stepWidth: 200,
  stepHeight: 76,
  defaultStageWidth: 280,
  stepInsetX: 40,
  stepGapY: 24,
} as const;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LaneBox extends Rect {
  lane: Lane;
}

export interface StageBox extends Rect {
  stage: Stage;
}

export interface StepBox extends Rect {
  step: Step;
  lane: Lane;
}

export interface CanvasLayout {
  lanes: Record<Lane, LaneBox>;
  stages: StageBox[];
  steps: StepBox[];
  width: number;
  height: number;
}

export function stagesOf(stages: readonly Stage[], lane: Lane): Stage[] {
  return stages.filter((s) => s.lane === lane).sort((a, b) => a.order - b.order);
}

/** Left edge of each stage column, measured from the lane's left edge. */
export function stageOffsets(laneStages: readonly Stage[]): Map<string, number> {
  const offsets = new Map<string, number>();
  let x = GEOMETRY.laneLabelWidth;
  for (const stage of laneStages) {
    offsets.set(stage.id, x);
    x += stage.width;
  }
  return offsets;
}

export function laneContentWidth(laneStages: readonly Stage[]): number {
  return laneStages.reduce<number>((sum, s) => sum + s.width, GEOMETRY.laneLabelWidth);
}

/** A lane grows to hold its lowest step, never shrinking below the minimum. */
export function laneHeight(laneSteps: Iterable<Pick<Step, 'y'>>): number {
  let bottom = 0;
  for (const step of laneSteps) bottom = Math.max(bottom, step.y + GEOMETRY.stepHeight);
  return Math.max(GEOMETRY.minLaneHeight, bottom + GEOMETRY.lanePaddingBottom);
}

/** Which stage column holds a point, given its x from the lane's left edge; the nearest column when outside all. */
export function stageAt(laneStages: readonly Stage[], laneX: number): Stage | undefined {
  let left = GEOMETRY.laneLabelWidth;
  for (const stage of laneStages) {
    if (laneX < left + stage.width) return stage;
    left += stage.width;
  }
  return laneStages[laneStages.length - 1];
}

/** Keeps a step's position inside its column and below the stage header. */
export function clampToStage(stage: Pick<Stage, 'width'>, x: number, y: number): { x: number; y: number } {
  const maxX = Math.max(0, stage.width - GEOMETRY.stepWidth);
  return {
    x: Math.round(Math.min(Math.max(x, 0), maxX)),
    y: Math.round(Math.max(y, GEOMETRY.stageHeaderHeight + 8)),
  };
}

/** Where the n-th step of a stage goes when nobody has placed it yet. */
export function slotPosition(index: number): { x: number; y: number } {
  return {
    x: GEOMETRY.stepInsetX,
    y: GEOMETRY.stageHeaderHeight + 16 + index * (GEOMETRY.stepHeight + GEOMETRY.stepGapY),
  };
}

export function layoutCanvas(doc: Pick<PlaybookDoc, 'stages' | 'steps'>): CanvasLayout {
  const byLane = { buyer: stagesOf(doc.stages, 'buyer'), seller: stagesOf(doc.stages, 'seller') };
  const stageLane = new Map(doc.stages.map((s) => [s.id, s.lane] as const));
  const width = Math.max(laneContentWidth(byLane.buyer), laneContentWidth(byLane.seller), 600);
  const heights = {
    buyer: laneHeight(doc.steps.filter((s) => stageLane.get(s.stageId) === 'buyer')),
    seller: laneHeight(doc.steps.filter((s) => stageLane.get(s.stageId) === 'seller')),
  };
  const lanes: Record<Lane, LaneBox> = {
    buyer: { lane: 'buyer', x: 0, y: 0, width, height: heights.buyer },
    seller: { lane: 'seller', x: 0, y: heights.buyer + GEOMETRY.laneGap, width, height: heights.seller },
  };
  const stages: StageBox[] = [];
  const stageLeft = new Map<string, number>();
  for (const lane of ['buyer', 'seller'] as const) {
    const offsets = stageOffsets(byLane[lane]);
    for (const stage of byLane[lane]) {
      const x = offsets.get(stage.id)!;
      stageLeft.set(stage.id, x);
      stages.push({ stage, x, y: lanes[lane].y, width: stage.width, height: lanes[lane].height });
    }
  }
  const steps: StepBox[] = [];
  for (const step of doc.steps) {
    const lane = stageLane.get(step.stageId);
    const left = stageLeft.get(step.stageId);
    if (!lane || left === undefined) continue;
    steps.push({
      step,
      lane,
      x: left + step.x,
      y: lanes[lane].y + step.y,
      width: GEOMETRY.stepWidth,
      height: GEOMETRY.stepHeight,
    });
  }
  return { lanes, stages, steps, width, height: lanes.seller.y + lanes.seller.height };
}

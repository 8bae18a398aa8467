import { stageOffsets, stagesOf } from '../canvas/geometry';
import type { Link, Stage, Step } from '../domain/playbook';
import { CLIPBOARD_KIND, type ClipboardPayload } from './payload';

export interface StepsAndLinks {
  stages: Record<string, Stage>;
  steps: Record<string, Step>;
  links: Record<string, Link>;
}

/** The selected steps and the links among them (a link to a step left behind is not copied), or null when nothing is selected. */
export function copySteps(doc: StepsAndLinks, stepIds: readonly string[]): ClipboardPayload | null {
  const all = Object.values(doc.stages);
  const offsets = { buyer: stageOffsets(stagesOf(all, 'buyer')), seller: stageOffsets(stagesOf(all, 'seller')) };
  const steps: ClipboardPayload['steps'] = [];
  for (const id of new Set(stepIds)) {
    const step = doc.steps[id];
    const stage = step && doc.stages[step.stageId];
    if (!step || !stage) continue;
    steps.push({ step, lane: stage.lane, stageName: stage.name, stageOrder: stage.order, laneX: (offsets[stage.lane].get(stage.id) ?? 0) + step.x });
  }
  if (!steps.length) return null;
  const copied = new Set(steps.map((c) => c.step.id));
  const links = Object.values(doc.links).filter((l) => copied.has(l.sourceId) && copied.has(l.targetId));
  return { kind: CLIPBOARD_KIND, version: 1, steps, links };
}

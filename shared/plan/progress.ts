import type { Lane, PlaybookDoc, Stage } from '../domain/playbook';
import type { PlanDoc, PlanStep } from './plan';

export interface StageProgress {
  stageId: string;
  lane: Lane;
  name: string;
  total: number;
  done: number;
  skipped: number;
  inProgress: number;
  /** Done or skipped: nothing more is planned for these steps. */
  finished: number;
}

const isFinished = (step: Pick<PlanStep, 'status'>) => step.status === 'done' || step.status === 'skipped';

const laneStages = (playbook: PlaybookDoc, lane: Lane): Stage[] =>
  playbook.stages.filter((s) => s.lane === lane).sort((a, b) => a.order - b.order);

/** Progress of each stage of one lane, in stage order. */
export function stageProgress(plan: PlanDoc, playbook: PlaybookDoc, lane: Lane): StageProgress[] {
  return laneStages(playbook, lane).map((stage) => {
    const steps = plan.steps.filter((s) => s.stageId === stage.id);
    const count = (status: PlanStep['status']) => steps.filter((s) => s.status === status).length;
    return {
      stageId: stage.id,
      lane,
      name: stage.name,
      total: steps.length,
      done: count('done'),
      skipped: count('skipped'),
      inProgress: count('inProgress'),
      finished: steps.filter(isFinished).length,
    };
  });
}

/**
 * The stage a deal is in on one side: the first stage (in order) with a step not yet done or
 * skipped. Always-on buyer stages (validation, consensus) run beside the others and are never
 * "current". Null when every stage is finished.
 */
export function currentStage(plan: PlanDoc, playbook: PlaybookDoc, lane: Lane): Stage | null {
  for (const stage of laneStages(playbook, lane)) {
    if (stage.alwaysOn) continue;
    if (plan.steps.some((s) => s.stageId === stage.id && !isFinished(s))) return stage;
  }
  return null;
}

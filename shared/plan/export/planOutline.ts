import { stagesOf } from '../../canvas/geometry';
import type { ExitCriterion, Lane, PlaybookDoc, Stage } from '../../domain/playbook';
import { LANES } from '../../domain/playbook';
import { LANE_LABELS } from '../../export/outline';
import { committeeWarnings } from '../committee';
import type { CommitteeWarning } from '../committee';
import type { Deviation, PlanDoc, PlanStep, Stakeholder } from '../plan';
import { currentStage, stageProgress } from '../progress';
import type { StageProgress } from '../progress';

export interface CriterionEvidence {
  statement: string;
  actor: ExitCriterion['actor'] | null;
  /** The rep's note, or null when nothing is recorded yet. */
  note: string | null;
}

export interface OutlinedStep {
  step: PlanStep;
  /** Fragment id in the HTML document, by reading order. */
  anchor: string;
  stageName: string;
  buyerOwner: string;
  stakeholders: string[];
  criteria: CriterionEvidence[];
  deviations: Deviation[];
  addedByRep: boolean;
}

export interface OutlinedStage {
  /** Null for the steps whose stage is not in the pinned playbook version. */
  stage: Stage | null;
  name: string;
  progress: StageProgress | null;
  current: boolean;
  steps: OutlinedStep[];
}

export interface OutlinedLane {
  lane: Lane;
  label: string;
  current: Stage | null;
  stages: OutlinedStage[];
}

export interface DeviationLine {
  deviation: Deviation;
  /** The step's title, or for a loop back the stage returned to. */
  subject: string;
  /** For a move, the stage the step went to. */
  toStage: string | null;
  anchor: string | null;
}

export interface CommitteeMember {
  person: Stakeholder;
  /** Titles of the steps the person owns or is assigned to, in reading order. */
  steps: string[];
}

/** Everything a plan review document shows, resolved once so each format only lays it out. */
export interface PlanOutline {
  lanes: OutlinedLane[];
  steps: OutlinedStep[];
  deviations: DeviationLine[];
  committee: CommitteeMember[];
  warnings: CommitteeWarning[];
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

export const OTHER_STEPS = 'Steps outside this playbook version';
export const stepTitle = (step: Pick<PlanStep, 'title'>) => step.title.trim() || 'Untitled step';

/**
 * The plan in the playbook's reading order: buyer lane then seller lane, stages by column,
 * steps top to bottom as on the plan canvas. A step whose stage the pinned playbook lacks (a
 * file that was never checked) is kept at the end of its lane rather than dropped, so a review
 * never hides a step.
 */
export function outlinePlan(plan: PlanDoc, playbook: PlaybookDoc): PlanOutline {
  const people = new Map(plan.stakeholders.map((p) => [p.id, p] as const));
  const nameOf = (id: string) => people.get(id)?.name ?? '';
  const stageById = new Map(playbook.stages.map((s) => [s.id, s] as const));
  const playbookSteps = new Map(playbook.steps.map((s) => [s.id, s] as const));
  // Grouped once up front: a plan may hold thousands of steps and deviations.
  const byStage = groupBy(plan.steps, (s) => s.stageId);
  // Stryker disable next-line StringLiteral: loop backs concern no step; no step has the id they are filed under, whatever it is.
  const deviationsOf = groupBy(plan.deviations, (d) => d.planStepId ?? '');
  // Stryker disable next-line MethodExpression: the arrays sorted are this function's own groups, so sorting them in place shows nowhere.
  const readingOrder = (steps: readonly PlanStep[]) => [...steps].sort((a, b) => a.y - b.y || a.x - b.x);

  const outlined: OutlinedStep[] = [];
  const outlineStep = (step: PlanStep, stageName: string): OutlinedStep => {
    const stage = stageById.get(step.stageId);
    const own = (step.playbookStepId && playbookSteps.get(step.playbookStepId)?.exitCriteria) || [];
    const known = new Map([...(stage?.exitCriteria ?? []), ...own].map((c) => [c.id, c] as const));
    const noteOf = new Map(step.evidence.map((e) => [e.criterionId, e.note] as const));
    const criteria: CriterionEvidence[] = [
      // The step's own criteria are what its status is judged by, so they show even before any evidence.
      ...own.map((c) => ({ statement: c.statement, actor: c.actor, note: noteOf.get(c.id) ?? null })),
      ...step.evidence
        .filter((e) => !own.some((c) => c.id === e.criterionId))
        .map((e) => {
          const c = known.get(e.criterionId);
          return { statement: c?.statement ?? 'Exit criterion not in this playbook version', actor: c?.actor ?? null, note: e.note };
        }),
    ];
    const item: OutlinedStep = {
      step,
      anchor: `step-${outlined.length + 1}`,
      stageName,
      buyerOwner: step.buyerOwnerId ? nameOf(step.buyerOwnerId) : '',
      stakeholders: step.stakeholderIds.map(nameOf).filter(Boolean),
      criteria,
      deviations: deviationsOf.get(step.id) ?? [],
      addedByRep: step.playbookStepId === null,
    };
    outlined.push(item);
    return item;
  };

  const lanes = LANES.map((lane): OutlinedLane => {
    const current = currentStage(plan, playbook, lane);
    const progress = new Map(stageProgress(plan, playbook, lane).map((p) => [p.stageId, p] as const));
    const stages: OutlinedStage[] = stagesOf(playbook.stages, lane).map((stage) => ({
      stage,
      name: stage.name,
      progress: progress.get(stage.id) ?? null,
      current: stage.id === current?.id,
      steps: readingOrder(byStage.get(stage.id) ?? []).map((s) => outlineStep(s, stage.name)),
    }));
    const strays = plan.steps.filter((s) => s.lane === lane && !stageById.has(s.stageId));
    if (strays.length) {
      stages.push({ stage: null, name: OTHER_STEPS, progress: null, current: false, steps: readingOrder(strays).map((s) => outlineStep(s, OTHER_STEPS)) });
    }
    return { lane, label: LANE_LABELS[lane], current, stages };
  });

  const stepById = new Map(outlined.map((o) => [o.step.id, o] as const));
  const stageName = (id: string | null) => (id === null ? null : (stageById.get(id)?.name ?? 'a stage not in this playbook version'));
  const deviations = plan.deviations.map((deviation): DeviationLine => {
    const item = deviation.planStepId ? stepById.get(deviation.planStepId) : undefined;
    return {
      deviation,
      subject: item ? stepTitle(item.step) : deviation.kind === 'loopBack' ? (stageName(deviation.stageId) ?? '') : 'A step no longer in the plan',
      toStage: deviation.kind === 'move' ? stageName(deviation.stageId) : null,
      anchor: item?.anchor ?? null,
    };
  });

  const stepsOf = new Map<string, string[]>(plan.stakeholders.map((p) => [p.id, []]));
  for (const o of outlined) {
    // Stryker disable next-line ArrayDeclaration: an id that is no stakeholder's is looked up and ignored, like the empty list's nothing.
    for (const id of new Set([...(o.step.buyerOwnerId ? [o.step.buyerOwnerId] : []), ...o.step.stakeholderIds])) stepsOf.get(id)?.push(stepTitle(o.step));
  }
  const committee = plan.stakeholders.map((person) => ({ person, steps: stepsOf.get(person.id)! }));

  return { lanes, steps: outlined, deviations, committee, warnings: committeeWarnings(plan, playbook) };
}

import type { ExitCriterion, Lane, PlaybookDoc } from '../../domain/playbook';
import type { PlanDoc, PlanStep, Stakeholder } from '../plan';
import { currentStage, stageProgress } from '../progress';
import { stepTitle } from './planOutline';

/** Where a lane of the deal stands: which stage, and how much of the lane is behind it. */
export interface LaneStanding {
  lane: Lane;
  /** The current stage's name; null when every stage is finished. */
  current: string | null;
  /** 1-based position of the current stage among the lane's stages. */
  position: number | null;
  stages: number;
  finishedSteps: number;
  steps: number;
}

/** A buyer exit criterion the rep holds evidence for: something the customer was seen to do. */
export interface VerifiedCriterion {
  statement: string;
  evidence: string;
  /** The step the evidence is recorded on, and the stage it sits in. */
  step: string;
  stage: string;
  /** The day that step was done; null when the step is not marked done yet. */
  date: string | null;
}

/** A buyer step marked done with none of its buyer criteria evidenced: the rep's word alone. */
export interface UnverifiedStep {
  step: string;
  date: string | null;
}

export type CommitteeSeat = 'economicBuyer' | 'champion' | 'coach' | 'technical' | 'user';

/** One seat of the stakeholder map: who fills it, and whether an empty seat is a gap in the deal. */
export interface SeatLine {
  seat: CommitteeSeat;
  people: Stakeholder[];
  /** Empty, and a seat a deal is not safe without (economic buyer, champion, coach). */
  gap: boolean;
}

export interface DealReview {
  standing: LaneStanding[];
  verified: VerifiedCriterion[];
  unverified: UnverifiedStep[];
  /** Buyer criteria of the current buyer stage that nothing evidences yet: what to ask for next. */
  toVerify: string[];
  seats: SeatLine[];
  blockers: Stakeholder[];
}

/** The seats a deal review asks about, in the order a manager asks. */
export const SEATS: readonly CommitteeSeat[] = ['economicBuyer', 'champion', 'coach', 'technical', 'user'];
const KEY_SEATS = new Set<CommitteeSeat>(['economicBuyer', 'champion', 'coach']);

/**
 * A champion sells for us inside the account: someone who moves the deal (a mobilizer) and is
 * engaged with us. The model has no champion role, so it is read from stance and engagement.
 */
const isChampion = (p: Stakeholder) => p.stance === 'mobilizer' && (p.engagement === 'medium' || p.engagement === 'high');

function seatHolders(seat: CommitteeSeat, people: readonly Stakeholder[]): Stakeholder[] {
  return seat === 'champion' ? people.filter(isChampion) : people.filter((p) => p.roles.includes(seat));
}

const hasText = (note: string | undefined): note is string => note !== undefined && note.trim() !== '';

/** Undated evidence last; otherwise oldest first, as the deal happened. */
const byDate = <T extends { date: string | null }>(a: T, b: T) => (a.date ?? '9999').localeCompare(b.date ?? '9999');

/**
 * What a manager reads first about a deal: where each lane stands, what the buyer has verifiably
 * done (buyer exit criteria with evidence, and when), what is claimed without evidence, and the
 * buying committee by seat with its gaps. Computed from the plan and its pinned playbook alone.
 */
export function dealReview(plan: PlanDoc, playbook: PlaybookDoc): DealReview {
  const stageById = new Map(playbook.stages.map((s) => [s.id, s] as const));
  const playbookStepById = new Map(playbook.steps.map((s) => [s.id, s] as const));
  const criteriaOf = (step: PlanStep): ExitCriterion[] => [
    ...(stageById.get(step.stageId)?.exitCriteria ?? []),
    ...((step.playbookStepId && playbookStepById.get(step.playbookStepId)?.exitCriteria) || []),
  ];

  const standing = (['buyer', 'seller'] as const).map((lane): LaneStanding => {
    const progress = stageProgress(plan, playbook, lane);
    const current = currentStage(plan, playbook, lane);
    const index = current ? progress.findIndex((p) => p.stageId === current.id) : -1;
    return {
      lane,
      current: current?.name ?? null,
      position: index >= 0 ? index + 1 : null,
      stages: progress.length,
      finishedSteps: progress.reduce((n, p) => n + p.finished, 0),
      steps: progress.reduce((n, p) => n + p.total, 0),
    };
  });

  // A stage's criterion may be evidenced on several of its steps: it was met once, at the first.
  const verified = new Map<string, VerifiedCriterion>();
  const unverified: UnverifiedStep[] = [];
  for (const step of plan.steps) {
    const notes = new Map(step.evidence.map((e) => [e.criterionId, e.note] as const));
    const buyerCriteria = criteriaOf(step).filter((c) => c.actor === 'buyer');
    const date = step.status === 'done' ? step.doneDate : null;
    let evidenced = false;
    for (const criterion of buyerCriteria) {
      const note = notes.get(criterion.id);
      if (!hasText(note)) continue;
      evidenced = true;
      const line = { statement: criterion.statement, evidence: note, step: stepTitle(step), stage: stageById.get(step.stageId)?.name ?? '', date };
      const seen = verified.get(criterion.id);
      if (!seen || byDate(line, seen) < 0) verified.set(criterion.id, line);
    }
    if (step.lane === 'buyer' && step.status === 'done' && !evidenced) unverified.push({ step: stepTitle(step), date: step.doneDate });
  }

  const currentBuyer = currentStage(plan, playbook, 'buyer');
  const toVerify = currentBuyer
    ? [
        ...currentBuyer.exitCriteria,
        ...plan.steps
          .filter((s) => s.stageId === currentBuyer.id && s.status !== 'skipped')
          .flatMap((s) => (s.playbookStepId && playbookStepById.get(s.playbookStepId)?.exitCriteria) || []),
      ]
        .filter((c, i, all) => c.actor === 'buyer' && !verified.has(c.id) && all.findIndex((o) => o.id === c.id) === i)
        .map((c) => c.statement)
    : [];

  const seats = SEATS.map((seat): SeatLine => {
    const people = seatHolders(seat, plan.stakeholders);
    return { seat, people, gap: people.length === 0 && KEY_SEATS.has(seat) };
  });

  return {
    standing,
    verified: [...verified.values()].sort(byDate),
    unverified: unverified.sort(byDate),
    toVerify,
    seats,
    blockers: plan.stakeholders.filter((p) => p.stance === 'blocker'),
  };
}

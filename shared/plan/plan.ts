import { z } from 'zod';
import { Id } from '../domain/ids';
import { LIMITS } from '../domain/limits';
import { Lane } from '../domain/playbook';
import { text } from '../domain/text';

const Name = text().trim().min(1, 'must not be empty').max(LIMITS.nameLength);
const ShortText = text().max(LIMITS.nameLength);
const Text = text().max(LIMITS.textLength);
const Day = z.iso.date();
const Coordinate = z.number().finite().min(-1_000_000).max(1_000_000);

export const PLAN_LIMITS = {
  stepsPerPlan: LIMITS.stepsPerPlaybook + 1_000,
  stakeholders: 500,
  deviations: 10_000,
} as const;

export const StepStatus = z.enum(['notStarted', 'inProgress', 'done', 'skipped']);
export type StepStatus = z.infer<typeof StepStatus>;
export const STEP_STATUSES: readonly StepStatus[] = StepStatus.options;

/** The buying committee roles a person may hold (several at once). */
export const BuyingRole = z.enum(['economicBuyer', 'user', 'technical', 'coach']);
export type BuyingRole = z.infer<typeof BuyingRole>;

/** Mobilizers drive change inside the account; talkers are friendly but move nothing; blockers resist. */
export const Stance = z.enum(['mobilizer', 'talker', 'blocker', 'unknown']);
export type Stance = z.infer<typeof Stance>;

export const Engagement = z.enum(['none', 'low', 'medium', 'high']);
export type Engagement = z.infer<typeof Engagement>;

export const Stakeholder = z.strictObject({
  id: Id,
  name: Name,
  title: ShortText,
  roles: z.array(BuyingRole).max(BuyingRole.options.length),
  stance: Stance,
  engagement: Engagement,
});
export type Stakeholder = z.infer<typeof Stakeholder>;

/** A rep's note on how an exit criterion was met (the buyer signed, the email is filed…). */
export const Evidence = z.strictObject({
  criterionId: Id,
  note: Text,
});
export type Evidence = z.infer<typeof Evidence>;

/**
 * One step of a deal: a copy of a playbook step (`playbookStepId`) or one the rep added (null).
 * Stage and position are the plan's own, so a step the rep moved keeps its playbook id.
 */
export const PlanStep = z.strictObject({
  id: Id,
  playbookStepId: Id.nullable(),
  lane: Lane,
  stageId: Id,
  title: text().max(LIMITS.titleLength),
  status: StepStatus,
  plannedDate: Day.nullable(),
  doneDate: Day.nullable(),
  /** The stakeholder who owns the step on the customer's side (mutual action plan). */
  buyerOwnerId: Id.nullable(),
  /** Who does it on the selling side: a name, as reps write it. */
  sellerOwner: ShortText,
  /** People on the buying committee involved in this (buyer) step. */
  stakeholderIds: z.array(Id).max(PLAN_LIMITS.stakeholders),
  evidence: z.array(Evidence).max(LIMITS.criteriaPerOwner * 2),
  notes: Text,
  x: Coordinate,
  y: Coordinate,
});
export type PlanStep = z.infer<typeof PlanStep>;

/** How a rep departed from the playbook. Recorded, never blocked: each one is evidence. */
export const DeviationKind = z.enum(['skip', 'add', 'move', 'loopBack']);
export type DeviationKind = z.infer<typeof DeviationKind>;

export const DeviationCategory = z.enum(['customer', 'competition', 'timing', 'dealSize', 'alreadyDone', 'notRelevant', 'other']);
export type DeviationCategory = z.infer<typeof DeviationCategory>;

export const Deviation = z.strictObject({
  id: Id,
  kind: DeviationKind,
  /** The step concerned; null for a loop back, which concerns a stage. */
  planStepId: Id.nullable(),
  /** For a move: the stage the step went to; for a loop back: the buyer stage returned to. */
  stageId: Id.nullable(),
  category: DeviationCategory,
  reason: text()
    .trim()
    .min(1, 'a reason is needed')
    // Tools that read text up to a NUL (the database's own length check among them) would see none.
    .refine((reason) => !reason.startsWith('\u0000'), 'a reason is needed: it cannot start with a NUL character')
    .max(LIMITS.textLength),
  at: z.iso.datetime(),
});
export type Deviation = z.infer<typeof Deviation>;

export const Outcome = z.enum(['open', 'won', 'lost', 'noDecision']);
export type Outcome = z.infer<typeof Outcome>;

export const PlanMeta = z.strictObject({
  id: Id,
  /** The exact playbook version this plan was made from; it stays pinned when the playbook moves on. */
  playbookId: Id,
  account: Name,
  opportunity: ShortText,
  value: z.number().finite().min(0).max(1e15).nullable(),
  /** ISO 4217 code (EUR, USD…). */
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be a three-letter currency code such as EUR'),
  targetCloseDate: Day.nullable(),
  rep: ShortText,
  outcome: Outcome,
  outcomeDate: Day.nullable(),
  outcomeNote: Text,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type PlanMeta = z.infer<typeof PlanMeta>;

/** Everything one deal plan holds (its playbook version travels beside it in a file). */
export const PlanDoc = z.strictObject({
  plan: PlanMeta,
  steps: z.array(PlanStep).max(PLAN_LIMITS.stepsPerPlan),
  stakeholders: z.array(Stakeholder).max(PLAN_LIMITS.stakeholders),
  deviations: z.array(Deviation).max(PLAN_LIMITS.deviations),
});
export type PlanDoc = z.infer<typeof PlanDoc>;

export const PlanSummary = z.strictObject({
  id: Id,
  account: z.string(),
  opportunity: z.string(),
  rep: z.string(),
  value: z.number().nullable(),
  currency: z.string(),
  targetCloseDate: z.string().nullable(),
  outcome: Outcome,
  playbookId: Id,
  playbookName: z.string(),
  playbookVersion: z.int(),
  /** Name of the buyer stage the deal is in (the first with unfinished steps), or null when all are finished. */
  currentBuyerStage: z.string().nullable(),
  updatedAt: z.string(),
});
export type PlanSummary = z.infer<typeof PlanSummary>;

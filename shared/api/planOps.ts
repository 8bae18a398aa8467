import { z } from 'zod';
import { Id } from '../domain/ids';
import { LIMITS } from '../domain/limits';
import { text } from '../domain/text';
import { PlaybookDoc, PlaybookSummary } from '../domain/playbook';
import { PlanDoc, PlanMeta, PlanSummary } from '../plan/plan';

/** Operations for playbook versions and deal plans; spread into the one contract map. */
const op = <A extends z.ZodType, R extends z.ZodType>(arg: A, result: R) => ({ arg, result });
const ById = z.strictObject({ id: Id });

export const PlanWithPlaybook = z.strictObject({
  plan: PlanDoc,
  /** The pinned playbook version the plan was made from. */
  playbook: PlaybookDoc,
});
export type PlanWithPlaybook = z.infer<typeof PlanWithPlaybook>;

export const NewPlanArg = z.strictObject({
  playbookId: Id,
  account: PlanMeta.shape.account,
  opportunity: PlanMeta.shape.opportunity.optional(),
  value: PlanMeta.shape.value.optional(),
  currency: PlanMeta.shape.currency.optional(),
  targetCloseDate: PlanMeta.shape.targetCloseDate.optional(),
  rep: text().max(LIMITS.nameLength).optional(),
});
export type NewPlanArg = z.infer<typeof NewPlanArg>;

export const planOps = {
  /** Freezes a draft version: it becomes read-only and plans can be made from it. */
  publishPlaybook: op(ById, PlaybookSummary),
  /** Starts the next draft version of a published (or retired) one: version + 1, parent = that one. */
  startPlaybookVersion: op(ById, PlaybookSummary),
  /** Takes a published version out of use for new plans; plans made from it keep it. */
  retirePlaybook: op(ById, PlaybookSummary),

  listPlans: op(z.undefined(), z.array(PlanSummary)),
  createPlan: op(NewPlanArg, PlanDoc),
  getPlan: op(ById, PlanWithPlaybook),
  /** Replaces a plan's whole content in one transaction; every edit, undo and redo uses it. */
  putPlan: op(z.strictObject({ doc: PlanDoc }), z.null()),
  deletePlan: op(ById, z.null()),
} as const;

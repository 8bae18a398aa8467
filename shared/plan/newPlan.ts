import type { NewId } from '../domain/ids';
import type { PlaybookDoc } from '../domain/playbook';
import type { PlanDoc, PlanMeta } from './plan';

/** What a rep types when starting a deal; everything else comes from the playbook version. */
export interface NewPlanFields {
  account: string;
  opportunity?: string;
  value?: number | null;
  currency?: string;
  targetCloseDate?: string | null;
  rep?: string;
}

/**
 * A plan of `playbook` with every step not started, in the playbook's own stages and places.
 * The plan pins that exact version: later versions of the playbook leave it as it is.
 */
export function newPlanFromPlaybook(playbook: PlaybookDoc, fields: NewPlanFields, options: { newId: NewId; now: string }): PlanDoc {
  const laneOfStage = new Map(playbook.stages.map((s) => [s.id, s.lane] as const));
  const plan: PlanMeta = {
    id: options.newId(),
    playbookId: playbook.playbook.id,
    account: fields.account.trim(),
    opportunity: fields.opportunity ?? '',
    value: fields.value ?? null,
    currency: fields.currency ?? 'EUR',
    targetCloseDate: fields.targetCloseDate ?? null,
    rep: fields.rep ?? '',
    outcome: 'open',
    outcomeDate: null,
    outcomeNote: '',
    createdAt: options.now,
    updatedAt: options.now,
  };
  return {
    plan,
    steps: playbook.steps.map((step) => ({
      id: options.newId(),
      playbookStepId: step.id,
      lane: laneOfStage.get(step.stageId) ?? 'buyer',
      stageId: step.stageId,
      title: step.title,
      status: 'notStarted',
      plannedDate: null,
      doneDate: null,
      buyerOwnerId: null,
      sellerOwner: '',
      stakeholderIds: [],
      evidence: [],
      notes: '',
      x: step.x,
      y: step.y,
    })),
    stakeholders: [],
    deviations: [],
  };
}

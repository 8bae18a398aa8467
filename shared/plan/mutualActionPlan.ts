import type { PlanDoc, PlanStep } from './plan';

export interface MutualActionRow {
  stepId: string;
  date: string;
  title: string;
  lane: PlanStep['lane'];
  status: PlanStep['status'];
  /** The customer's owner (a stakeholder's name), empty when none. */
  buyerOwner: string;
  sellerOwner: string;
  done: boolean;
}

/** The date a step is planned for, or was done on when it is done. */
export const stepDate = (step: PlanStep): string | null => (step.status === 'done' ? (step.doneDate ?? step.plannedDate) : step.plannedDate);

/**
 * The mutual action plan both sides sign up to: every step with a date and an owner on each side,
 * in date order (ties keep the plan's order). Skipped steps are not part of it.
 */
export function mutualActionPlan(plan: PlanDoc): MutualActionRow[] {
  const names = new Map(plan.stakeholders.map((p) => [p.id, p.name] as const));
  const rows: MutualActionRow[] = [];
  for (const step of plan.steps) {
    const date = stepDate(step);
    const buyerOwner = step.buyerOwnerId ? (names.get(step.buyerOwnerId) ?? '') : '';
    if (!date || step.status === 'skipped' || !buyerOwner || !step.sellerOwner.trim()) continue;
    rows.push({ stepId: step.id, date, title: step.title, lane: step.lane, status: step.status, buyerOwner, sellerOwner: step.sellerOwner, done: step.status === 'done' });
  }
  return rows.sort((a, b) => {
    if (a.date < b.date) return -1;
    // The sort only asks whether a row goes before another, so "after" and "same day" place rows
    // alike; answering both keeps the comparison sound for any sort.
    // Stryker disable next-line ConditionalExpression,EqualityOperator: no plan's order can tell "after" from "same day" here.
    return a.date > b.date ? 1 : 0;
  });
}

import { PLAN_LIMITS } from '../plan/plan';

const CAPS = [
  { key: 'steps', max: PLAN_LIMITS.stepsPerPlan },
  { key: 'stakeholders', max: PLAN_LIMITS.stakeholders },
  { key: 'deviations', max: PLAN_LIMITS.deviations },
];

const count = (n: number) => n.toLocaleString('en-US');

/** Like the playbook's count check: an oversized plan gets a plain answer before any schema work. */
export function findPlanCountProblem(body: unknown, bodyPath: string): string | null {
  if (body === null || typeof body !== 'object') return null;
  for (const { key, max } of CAPS) {
    const list = (body as Record<string, unknown>)[key];
    if (Array.isArray(list) && list.length > max) return `${bodyPath}.${key}: ${count(list.length)} ${key}; a plan holds at most ${count(max)}.`;
  }
  return null;
}

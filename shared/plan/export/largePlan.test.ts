import { describe, expect, it } from 'vitest';
import { PLAN_LIMITS } from '../plan';
import type { PlanDoc } from '../plan';
import { PLAN_EXPORT_FORMATS, exportPlan } from './index';
import { NOW, samplePlan } from './samplePlan.test-helper';

/** A plan at the size limits: every step dated and owned, a deviation on most of them. */
function largePlan(): ReturnType<typeof samplePlan> {
  const { plan, playbook } = samplePlan();
  const template = plan.steps[0]!;
  const steps = Array.from({ length: PLAN_LIMITS.stepsPerPlan }, (_, i) => ({
    ...template,
    id: `s-${i}`,
    title: `Step ${i}`,
    plannedDate: `2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    y: i,
  }));
  const deviations = Array.from({ length: PLAN_LIMITS.deviations }, (_, i) => ({ ...plan.deviations[0]!, id: `d-${i}`, planStepId: `s-${i}` }));
  const stakeholders = Array.from({ length: PLAN_LIMITS.stakeholders }, (_, i) => ({ ...plan.stakeholders[0]!, id: `p-${i}`, name: `Person ${i}` }));
  const large: PlanDoc = { ...plan, steps: steps.map((s, i) => ({ ...s, stakeholderIds: [`p-${i % 500}`] })), deviations, stakeholders };
  return { plan: large, playbook };
}

describe('plan exports at the size limits', () => {
  it('write every format without a runaway cost', () => {
    const { plan, playbook } = largePlan();
    const started = performance.now();
    for (const format of PLAN_EXPORT_FORMATS) {
      const text = exportPlan(plan, playbook, format.id, { now: NOW });
      expect(text.length, format.id).toBeGreaterThan(0);
    }
    // All seven take about 2 s on a developer laptop (a per-step scan of every deviation made it
    // five times slower). The bound is loose so a busy two-core machine never fails it: it
    // catches a blow-up, not a slowdown.
    expect(performance.now() - started).toBeLessThan(20_000);
  }, 120_000);
});

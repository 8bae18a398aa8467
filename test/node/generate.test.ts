import { describe, expect, it } from 'vitest';
import { findIntegrityProblems } from '../../shared/domain/integrity';
import { loadTandemFile } from '../../shared/file/load';
import { serializePlanFile } from '../../shared/file/serialize';
import { PlaybookDoc } from '../../shared/domain/playbook';
import { findPlanProblems } from '../../shared/plan/integrity';
import { PlanDoc } from '../../shared/plan/plan';
import { generatePlan, generatePlaybook } from '../support/generate';

const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

describe('the seeded playbook and plan generator', () => {
  for (const steps of [100, 1000, 2000]) {
    for (const seed of [1, 7, 20261201]) {
      it(`makes a valid ${steps}-step playbook and plan with seed ${seed}`, () => {
        const playbook = generatePlaybook({ steps, seed });
        expect(issues(PlaybookDoc.safeParse(playbook))).toEqual([]);
        expect(findIntegrityProblems(playbook)).toEqual([]);
        expect(playbook.steps).toHaveLength(steps);
        expect(playbook.links.filter((l) => l.kind === 'sequence')).toHaveLength(steps - 2);
        expect(playbook.links.filter((l) => l.kind === 'mirror')).toHaveLength(steps / 2);

        const plan = generatePlan(playbook, { seed });
        expect(issues(PlanDoc.safeParse(plan))).toEqual([]);
        expect(findPlanProblems(plan, playbook)).toEqual([]);
      });
    }
  }

  it('writes a deal plan file the app opens as it is: header, counts, schemas and integrity', () => {
    const playbook = generatePlaybook({ steps: 2000, seed: 5 });
    const plan = generatePlan(playbook, { seed: 5 });
    const text = serializePlanFile(plan, playbook, { now: '2026-06-01T00:00:00.000Z', appVersion: '0.1.0' });
    const loaded = loadTandemFile(text, { byteLength: new TextEncoder().encode(text).length });
    expect(loaded.ok ? null : loaded.error.message).toBeNull();
    expect(loaded.ok && loaded.file).toMatchObject({ kind: 'plan', plan: { plan: { id: plan.plan.id }, steps: { length: plan.steps.length } } });
  });

  it('gives realistic content: criteria the buyer can verify, techniques, roles, departures with reasons', () => {
    const playbook = generatePlaybook({ steps: 1000, seed: 3 });
    const criteria = [...playbook.steps, ...playbook.stages].flatMap((o) => o.exitCriteria);
    expect(criteria.some((c) => c.actor === 'buyer')).toBe(true);
    expect(criteria.some((c) => c.actor === 'seller')).toBe(true);
    expect(playbook.steps.some((s) => s.techniques.length > 0)).toBe(true);
    expect(playbook.steps.some((s) => s.roles.length > 0)).toBe(true);
    expect(new Set(playbook.stages.map((s) => s.name)).size).toBe(12);

    const plan = generatePlan(playbook, { seed: 3, outcome: 'won' });
    expect(plan.plan.outcome).toBe('won');
    expect(plan.plan.outcomeDate).not.toBeNull();
    expect(plan.stakeholders.length).toBeGreaterThanOrEqual(3);
    expect(new Set(plan.steps.map((s) => s.status))).toEqual(new Set(['done', 'inProgress', 'notStarted', 'skipped']));
    expect(plan.deviations.filter((d) => d.kind === 'skip')).toHaveLength(plan.steps.filter((s) => s.status === 'skipped').length);
    expect(plan.deviations.every((d) => d.reason.trim().length > 0)).toBe(true);
  });

  it('gives byte-identical documents for one seed and different ones for another', () => {
    const text = (seed: number) => {
      const playbook = generatePlaybook({ steps: 1000, seed });
      return JSON.stringify({ playbook, plan: generatePlan(playbook, { seed }) });
    };
    expect(text(42)).toBe(text(42));
    expect(text(43)).not.toBe(text(42));
    const a = generatePlaybook({ steps: 100, seed: 42 });
    expect(JSON.stringify(generatePlan(a, { seed: 1 }))).not.toBe(JSON.stringify(generatePlan(a, { seed: 2 })));
  });
});

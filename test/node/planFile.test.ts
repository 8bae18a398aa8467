import fc from 'fast-check';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTandemFile } from '../../shared/file/load';
import { serializePlanFile } from '../../shared/file/serialize';
import { PlanDoc } from '../../shared/plan/plan';
import { findPlanProblems } from '../../shared/plan/integrity';
import { openDatabase } from '../../electron/db/database';
import { createPlaybookService } from '../../electron/service/playbookService';
import { makeTempDir } from '../support/tempDir';
import { planWithPlaybookArbitrary } from './support/planArbitrary';

const OPTIONS = { now: '2026-11-21T08:00:00.000Z', appVersion: '0.1.0' };

describe('plan files', () => {
  it('the arbitrary makes plans that pass the schema and the integrity rules', () => {
    fc.assert(
      fc.property(planWithPlaybookArbitrary, ({ plan, playbook }) => {
        expect(PlanDoc.safeParse(plan).success).toBe(true);
        expect(findPlanProblems(plan, playbook)).toEqual([]);
      }),
      { numRuns: 50 },
    );
  });

  it('round-trips any valid plan: serialize → load gives the same plan and playbook', () => {
    fc.assert(
      fc.property(planWithPlaybookArbitrary, ({ plan, playbook }) => {
        const text = serializePlanFile(plan, playbook, OPTIONS);
        const loaded = loadTandemFile(text, { byteLength: Buffer.byteLength(text) });
        expect(loaded.ok).toBe(true);
        if (!loaded.ok || loaded.file.kind !== 'plan') return;
        expect(loaded.file.plan).toEqual(plan);
        expect(loaded.file.playbook).toEqual(playbook);
      }),
      { numRuns: 50 },
    );
  });

  it('export → import into a real database → export gives the same file', async () => {
    await fc.assert(
      fc.asyncProperty(planWithPlaybookArbitrary, async ({ plan, playbook }) => {
        const { dir, cleanup } = makeTempDir();
        const db = openDatabase(join(dir, 'tandem.db'));
        try {
          const api = createPlaybookService(db);
          const text = serializePlanFile(plan, playbook, OPTIONS);
          const result = await api.importPlaybookFile({ text });
          expect(result).toMatchObject({ kind: 'plan', planId: plan.plan.id, copied: false });
          const saved = await api.getPlan({ id: plan.plan.id });
          expect(serializePlanFile(saved.plan, saved.playbook, OPTIONS)).toBe(text);
        } finally {
          db.close();
          cleanup();
        }
      }),
      { numRuns: 25 },
    );
  });
});

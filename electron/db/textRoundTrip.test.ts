import fc from 'fast-check';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PlaybookDoc } from '../../shared/domain/playbook';
import { PlanDoc } from '../../shared/plan/plan';
import { planWithPlaybookArbitrary } from '../../test/node/support/planArbitrary';
import { playbookDocArbitrary } from '../../test/node/support/playbookArbitrary';
import { makeTempDir } from '../../test/support/tempDir';
import { openDatabase, type Db } from './database';
import { readPlanDoc, writePlanDoc } from './planDocument';
import { insertPlaybookDoc, readPlaybookDoc } from './playbookDocument';
import { insertPlaybookRow } from './playbooksTable';

// Text goes into SQLite as UTF-8 and comes back as UTF-16: any text the schemas accept (every
// plane, combining marks, right-to-left, NUL, noncharacters) must come back exactly as written.
describe('text through the database', () => {
  let db: Db;
  let cleanup: () => void;
  beforeAll(() => {
    const temp = makeTempDir();
    cleanup = temp.cleanup;
    db = openDatabase(join(temp.dir, 'tandem.db'));
  });
  afterAll(() => {
    db.close();
    cleanup();
  });

  /** Saves a playbook as the service does, with the parent version its parentId names. */
  const savePlaybook = (doc: PlaybookDoc) =>
    db.transaction(() => {
      const { parentId } = doc.playbook;
      if (parentId !== null && parentId !== doc.playbook.id) insertPlaybookRow(db, { ...doc.playbook, id: parentId, parentId: null }, null);
      insertPlaybookDoc(db, doc);
    })();
  const forget = (doc: PlaybookDoc) => {
    db.prepare('DELETE FROM plans WHERE playbook_id = ?').run(doc.playbook.id);
    db.prepare('DELETE FROM playbooks WHERE id IN (?, ?)').run(doc.playbook.id, doc.playbook.parentId);
  };
  // The database hands stages back lane by lane in column order; that order is not text.
  const laneOrder = (doc: PlaybookDoc): PlaybookDoc => ({
    ...doc,
    stages: [...doc.stages].sort((a, b) => (a.lane === b.lane ? a.order - b.order : a.lane === 'buyer' ? -1 : 1)),
  });

  it('every field of any valid playbook reads back unchanged', () => {
    fc.assert(
      fc.property(playbookDocArbitrary, (doc) => {
        // Only text the API and the file loader accept can reach the database.
        expect(PlaybookDoc.safeParse(doc).success).toBe(true);
        try {
          savePlaybook(doc);
          expect(readPlaybookDoc(db, doc.playbook.id)).toEqual(laneOrder(doc));
        } finally {
          forget(doc);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('every field of any valid deal plan reads back unchanged', () => {
    fc.assert(
      fc.property(planWithPlaybookArbitrary, ({ plan, playbook }) => {
        expect(PlanDoc.safeParse(plan).success).toBe(true);
        try {
          savePlaybook(playbook);
          db.transaction(() => writePlanDoc(db, plan))();
          expect(readPlanDoc(db, plan.plan.id)).toEqual(plan);
        } finally {
          forget(playbook);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('a deviation reason that starts with NUL is refused by the schema, before the database would refuse it', () => {
    const { plan, playbook } = fc.sample(planWithPlaybookArbitrary.filter(({ plan }) => plan.deviations.length > 0), { numRuns: 1, seed: 3 })[0]!;
    const silent = { ...plan, deviations: plan.deviations.map((d) => ({ ...d, reason: '\u0000 customer asked' })) };
    const parsed = PlanDoc.safeParse(silent);
    expect(parsed.error?.issues[0]).toMatchObject({ path: ['deviations', 0, 'reason'], message: 'a reason is needed: it cannot start with a NUL character' });
    // SQLite's length() stops at the first NUL, so the schema's CHECK sees an empty reason.
    try {
      savePlaybook(playbook);
      expect(() => db.transaction(() => writePlanDoc(db, silent))()).toThrow(/CHECK constraint failed: length\(trim\(reason\)\) > 0/);
      expect(PlanDoc.safeParse({ ...plan, deviations: plan.deviations.map((d) => ({ ...d, reason: 'customer asked \u0000' })) }).success).toBe(true);
    } finally {
      forget(playbook);
    }
  });

  it('text with every kind of character the schemas allow, in one field, survives', () => {
    const doc = fc.sample(playbookDocArbitrary.filter((d) => d.steps.length > 0), { numRuns: 1, seed: 7 })[0]!;
    const everything = 'a\u0000b 𝕏 😀 👩‍👩‍👧‍👦 e\u0301 שלום مرحبا \u202Eevil\u202C \uFEFF \uFFFD \uFFFE \u{10FFFF} \u2028';
    doc.steps[0]!.title = everything;
    expect(PlaybookDoc.safeParse(doc).success).toBe(true);
    try {
      savePlaybook(doc);
      expect(readPlaybookDoc(db, doc.playbook.id)!.steps[0]!.title).toBe(everything);
    } finally {
      forget(doc);
    }
  });
});

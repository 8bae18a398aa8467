import type { ApiHandlers } from '../../shared/api/contract';
import type { planOps } from '../../shared/api/planOps';
import { TandemError } from '../../shared/api/errors';
import type { NewId } from '../../shared/domain/ids';
import type { PlaybookDoc } from '../../shared/domain/playbook';
import { findPlanProblems } from '../../shared/plan/integrity';
import { newPlanFromPlaybook } from '../../shared/plan/newPlan';
import type { PlanDoc } from '../../shared/plan/plan';
import type { Db } from '../db/database';
import { deletePlanRow, listPlanSummaries, planIdsTakenElsewhere, readPlanDoc, readPlanMeta, writePlanDoc } from '../db/planDocument';
import { readPlaybookDoc } from '../db/playbookDocument';
import { refuseUnderReview } from './reviewService';

type PlanHandlers = Pick<ApiHandlers, keyof typeof planOps & keyof ApiHandlers>;
type PlanOnlyHandlers = Omit<PlanHandlers, 'publishPlaybook' | 'startPlaybookVersion' | 'retirePlaybook'>;

/**
 * Deal plans over the same database. A plan pins one playbook version; every write replaces the
 * whole plan in one transaction after checking it against that version, so a plan never refers to
 * a step, stage, criterion or person that is not there, and no departure goes unrecorded.
 */
export function createPlanHandlers(db: Db, options: { newId: NewId; now: () => string }): PlanOnlyHandlers {
  const tx = <T>(work: () => T): T => db.transaction(work)();

  const requirePlaybook = (id: string): PlaybookDoc => {
    const doc = readPlaybookDoc(db, id);
    if (!doc) throw new TandemError('not-found', `No playbook with id "${id}".`);
    return doc;
  };
  const requirePlan = (id: string): PlanDoc => {
    const doc = readPlanDoc(db, id);
    if (!doc) throw new TandemError('not-found', `No deal plan with id "${id}".`);
    return doc;
  };

  return {
    listPlans: () => listPlanSummaries(db),

    createPlan: ({ playbookId, ...fields }) =>
      tx(() => {
        const playbook = requirePlaybook(playbookId);
        const meta = playbook.playbook;
        if (meta.status !== 'published') {
          const why = meta.status === 'draft' ? 'publish it first' : 'it is retired; pick a published version';
          throw new TandemError('invalid-argument', `Deals are planned from a published playbook: version ${meta.version} of "${meta.name}" is ${meta.status} (${why}).`);
        }
        const doc = newPlanFromPlaybook(playbook, fields, { newId: options.newId, now: options.now() });
        writePlanDoc(db, doc);
        return requirePlan(doc.plan.id);
      }),

    getPlan: ({ id }) => {
      const plan = requirePlan(id);
      return { plan, playbook: requirePlaybook(plan.plan.playbookId) };
    },

    putPlan: ({ doc }) =>
      tx(() => {
        const saved = readPlanMeta(db, doc.plan.id);
        if (!saved) throw new TandemError('not-found', `No deal plan with id "${doc.plan.id}".`);
        refuseUnderReview(db, { kind: 'plan', id: doc.plan.id });
        if (saved.playbookId !== doc.plan.playbookId) {
          throw new TandemError('invalid-argument', 'A plan stays pinned to the playbook version it was made from.');
        }
        const problem = findPlanProblems(doc, requirePlaybook(saved.playbookId))[0];
        if (problem) throw new TandemError('invalid-argument', problem);
        if (planIdsTakenElsewhere(db, doc)) throw new TandemError('conflict', 'Some of these ids belong to another deal plan.');
        writePlanDoc(db, { ...doc, plan: { ...doc.plan, createdAt: saved.createdAt, updatedAt: options.now() } });
        return null;
      }),

    deletePlan: ({ id }) => {
      if (deletePlanRow(db, id) === 0) throw new TandemError('not-found', `No deal plan with id "${id}".`);
      return null;
    },
  };
}

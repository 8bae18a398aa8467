import type { PlanDoc, PlanMeta, PlanStep, Stakeholder, Deviation, PlanSummary } from '../../shared/plan/plan';
import type { Db } from './database';
import { stmt } from './statements';

interface PlanRow {
  id: string;
  playbook_id: string;
  account: string;
  opportunity: string;
  value: number | null;
  currency: string;
  target_close_date: string | null;
  rep: string;
  outcome: PlanMeta['outcome'];
  outcome_date: string | null;
  outcome_note: string;
  created_at: string;
  updated_at: string;
}

const toMeta = (r: PlanRow): PlanMeta => ({
  id: r.id,
  playbookId: r.playbook_id,
  account: r.account,
  opportunity: r.opportunity,
  value: r.value,
  currency: r.currency,
  targetCloseDate: r.target_close_date,
  rep: r.rep,
  outcome: r.outcome,
  outcomeDate: r.outcome_date,
  outcomeNote: r.outcome_note,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export function readPlanMeta(db: Db, id: string): PlanMeta | undefined {
  const row = stmt(db, 'SELECT * FROM plans WHERE id = ?').get(id) as PlanRow | undefined;
  return row && toMeta(row);
}

/** One plan with its steps, committee and deviations, in their saved order. */
export function readPlanDoc(db: Db, id: string): PlanDoc | undefined {
  const plan = readPlanMeta(db, id);
  if (!plan) return undefined;
  const steps = (stmt(db, 'SELECT * FROM plan_steps WHERE plan_id = ? ORDER BY position').all(id) as Array<Record<string, unknown>>).map(
    (r): PlanStep => ({
      id: r.id as string,
      playbookStepId: r.playbook_step_id as string | null,
      lane: r.lane as PlanStep['lane'],
      stageId: r.stage_id as string,
      title: r.title as string,
      status: r.status as PlanStep['status'],
      plannedDate: r.planned_date as string | null,
      doneDate: r.done_date as string | null,
      buyerOwnerId: r.buyer_owner_id as string | null,
      sellerOwner: r.seller_owner as string,
      stakeholderIds: JSON.parse(r.stakeholder_ids as string) as string[],
      evidence: JSON.parse(r.evidence as string) as PlanStep['evidence'],
      notes: r.notes as string,
      x: r.x as number,
      y: r.y as number,
    }),
  );
  const stakeholders = (stmt(db, 'SELECT * FROM stakeholders WHERE plan_id = ? ORDER BY position').all(id) as Array<Record<string, unknown>>).map(
    (r): Stakeholder => ({
      id: r.id as string,
      name: r.name as string,
      title: r.title as string,
      roles: JSON.parse(r.roles as string) as Stakeholder['roles'],
      stance: r.stance as Stakeholder['stance'],
      engagement: r.engagement as Stakeholder['engagement'],
    }),
  );
  const deviations = (stmt(db, 'SELECT * FROM deviations WHERE plan_id = ? ORDER BY position').all(id) as Array<Record<string, unknown>>).map(
    (r): Deviation => ({
      id: r.id as string,
      kind: r.kind as Deviation['kind'],
      planStepId: r.plan_step_id as string | null,
      stageId: r.stage_id as string | null,
      category: r.category as Deviation['category'],
      reason: r.reason as string,
      at: r.at as string,
    }),
  );
  return { plan, steps, stakeholders, deviations };
}

/** Writes a whole plan, replacing what was saved under its id. Call inside a transaction. */
export function writePlanDoc(db: Db, doc: PlanDoc): void {
  const p = doc.plan;
  // Deleting the plan row would cascade, but a plan keeps its row (and created date) across writes.
  for (const table of ['plan_steps', 'stakeholders', 'deviations']) stmt(db, `DELETE FROM ${table} WHERE plan_id = ?`).run(p.id);
  stmt(
    db,
    `INSERT INTO plans (id, playbook_id, account, opportunity, value, currency, target_close_date, rep, outcome, outcome_date, outcome_note, created_at, updated_at)
     VALUES (@id, @playbookId, @account, @opportunity, @value, @currency, @targetCloseDate, @rep, @outcome, @outcomeDate, @outcomeNote, @createdAt, @updatedAt)
     ON CONFLICT(id) DO UPDATE SET playbook_id = excluded.playbook_id, account = excluded.account, opportunity = excluded.opportunity,
       value = excluded.value, currency = excluded.currency, target_close_date = excluded.target_close_date, rep = excluded.rep,
       outcome = excluded.outcome, outcome_date = excluded.outcome_date, outcome_note = excluded.outcome_note, updated_at = excluded.updated_at`,
  ).run(p);
  const step = stmt(
    db,
    `INSERT INTO plan_steps (id, plan_id, position, playbook_step_id, lane, stage_id, title, status, planned_date, done_date,
       buyer_owner_id, seller_owner, stakeholder_ids, evidence, notes, x, y)
     VALUES (@id, @planId, @position, @playbookStepId, @lane, @stageId, @title, @status, @plannedDate, @doneDate,
       @buyerOwnerId, @sellerOwner, @stakeholderIds, @evidence, @notes, @x, @y)`,
  );
  doc.steps.forEach((s, position) =>
    step.run({ ...s, planId: p.id, position, stakeholderIds: JSON.stringify(s.stakeholderIds), evidence: JSON.stringify(s.evidence) }),
  );
  const person = stmt(
    db,
    `INSERT INTO stakeholders (id, plan_id, position, name, title, roles, stance, engagement)
     VALUES (@id, @planId, @position, @name, @title, @roles, @stance, @engagement)`,
  );
  doc.stakeholders.forEach((s, position) => person.run({ ...s, planId: p.id, position, roles: JSON.stringify(s.roles) }));
  const deviation = stmt(
    db,
    `INSERT INTO deviations (id, plan_id, position, kind, plan_step_id, stage_id, category, reason, at)
     VALUES (@id, @planId, @position, @kind, @planStepId, @stageId, @category, @reason, @at)`,
  );
  doc.deviations.forEach((d, position) => deviation.run({ ...d, planId: p.id, position }));
}

export function deletePlanRow(db: Db, id: string): number {
  return stmt(db, 'DELETE FROM plans WHERE id = ?').run(id).changes;
}

export function planIdsOfPlaybook(db: Db, playbookId: string): string[] {
  return (stmt(db, 'SELECT id FROM plans WHERE playbook_id = ?').all(playbookId) as Array<{ id: string }>).map((r) => r.id);
}

/** The plan list, soonest target close date first. */
export function listPlanSummaries(db: Db): PlanSummary[] {
  return stmt(
    db,
    `SELECT pl.id, pl.account, pl.opportunity, pl.rep, pl.value, pl.currency, pl.target_close_date AS targetCloseDate,
            pl.outcome, pl.playbook_id AS playbookId, pb.name AS playbookName, pb.version AS playbookVersion, pl.updated_at AS updatedAt,
            -- The same rule as shared/plan/progress.ts: the first buyer stage with unfinished steps.
            (SELECT st.name FROM stages st
              WHERE st.playbook_id = pl.playbook_id AND st.lane = 'buyer' AND st.always_on = 0
                AND EXISTS (SELECT 1 FROM plan_steps ps WHERE ps.plan_id = pl.id AND ps.stage_id = st.id AND ps.status IN ('notStarted', 'inProgress'))
              ORDER BY st.position LIMIT 1) AS currentBuyerStage
       FROM plans pl JOIN playbooks pb ON pb.id = pl.playbook_id
      ORDER BY pl.target_close_date IS NULL, pl.target_close_date, pl.account`,
  ).all() as PlanSummary[];
}

/** Ids a plan brings that some other plan here already uses: the import then becomes a copy. */
export function planIdsTakenElsewhere(db: Db, doc: PlanDoc): boolean {
  const owner = (table: string, id: string) => (stmt(db, `SELECT plan_id FROM ${table} WHERE id = ?`).get(id) as { plan_id: string } | undefined)?.plan_id;
  const elsewhere = (table: string, id: string) => {
    const found = owner(table, id);
    return found !== undefined && found !== doc.plan.id;
  };
  return (
    doc.steps.some((s) => elsewhere('plan_steps', s.id)) ||
    doc.stakeholders.some((s) => elsewhere('stakeholders', s.id)) ||
    doc.deviations.some((d) => elsewhere('deviations', d.id))
  );
}

import type { ExitCriterion } from '../../shared/domain/playbook';
import type { Db } from './database';
import { stmt } from './statements';

export type CriterionOwner = { stageId: string } | { stepId: string };

interface CriterionRow extends ExitCriterion {
  stage_id: string | null;
  step_id: string | null;
}

export function writeCriteria(db: Db, playbookId: string, owner: CriterionOwner, criteria: readonly ExitCriterion[]): void {
  const stageId = 'stageId' in owner ? owner.stageId : null;
  const stepId = 'stepId' in owner ? owner.stepId : null;
  if (stageId) stmt(db, 'DELETE FROM exit_criteria WHERE stage_id = ?').run(stageId);
  else stmt(db, 'DELETE FROM exit_criteria WHERE step_id = ?').run(stepId);
  const insert = stmt(
    db,
    `INSERT INTO exit_criteria (id, playbook_id, stage_id, step_id, position, statement, actor)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  criteria.forEach((c, position) => insert.run(c.id, playbookId, stageId, stepId, position, c.statement, c.actor));
}

/** All criteria of a playbook, grouped by the stage or step that owns them, in order. */
export function readCriteria(db: Db, playbookId: string): Map<string, ExitCriterion[]> {
  const rows = stmt(
    db,
    'SELECT id, statement, actor, stage_id, step_id FROM exit_criteria WHERE playbook_id = ? ORDER BY position',
  ).all(playbookId) as CriterionRow[];
  const byOwner = new Map<string, ExitCriterion[]>();
  for (const r of rows) {
    const owner = (r.stage_id ?? r.step_id)!;
    const list = byOwner.get(owner) ?? [];
    list.push({ id: r.id, statement: r.statement, actor: r.actor });
    byOwner.set(owner, list);
  }
  return byOwner;
}

import type { Step } from '../../shared/domain/playbook';
import { readCriteria, writeCriteria } from './criteriaTable';
import type { Db } from './database';
import { bool, stmt } from './statements';

interface StepRow {
  id: string;
  playbook_id: string;
  stage_id: string;
  title: string;
  description: string;
  required: number;
  expected_days: number | null;
  roles: string;
  techniques: string;
  content_links: string;
  x: number;
  y: number;
}

/** Inserts or updates a step of the given playbook; a step id owned by another playbook is left alone (returns false). */
export function upsertStep(db: Db, playbookId: string, step: Step): boolean {
  const changes = stmt(
    db,
    `INSERT INTO steps (id, playbook_id, stage_id, title, description, required, expected_days, roles, techniques, content_links, x, y)
     VALUES (@id, @playbookId, @stageId, @title, @description, @required, @expectedDays, @roles, @techniques, @contentLinks, @x, @y)
     ON CONFLICT(id) DO UPDATE SET stage_id = excluded.stage_id, title = excluded.title, description = excluded.description,
       required = excluded.required, expected_days = excluded.expected_days, roles = excluded.roles,
       techniques = excluded.techniques, content_links = excluded.content_links, x = excluded.x, y = excluded.y
     WHERE steps.playbook_id = excluded.playbook_id`,
  ).run({
    ...step,
    playbookId,
    required: bool(step.required),
    roles: JSON.stringify(step.roles),
    techniques: JSON.stringify(step.techniques),
    contentLinks: JSON.stringify(step.contentLinks),
  }).changes;
  if (changes === 0) return false;
  writeCriteria(db, playbookId, { stepId: step.id }, step.exitCriteria);
  return true;
}

const UPDATE_FIELDS = `title = @title, description = @description, required = @required, expected_days = @expectedDays,
  roles = @roles, techniques = @techniques, content_links = @contentLinks, x = @x, y = @y`;
const UPDATE_STEP = `UPDATE steps SET ${UPDATE_FIELDS} WHERE id = @id`;
const UPDATE_STEP_AND_STAGE = `UPDATE steps SET stage_id = @stageId, ${UPDATE_FIELDS} WHERE id = @id`;

/**
 * Updates a step this playbook already holds, without its exit criteria. Leaving the stage out
 * when it does not change spares SQLite rewriting the step's entry in the by-stage index.
 */
export function updateStepRow(db: Db, step: Step, stageChanged: boolean): void {
  stmt(db, stageChanged ? UPDATE_STEP_AND_STAGE : UPDATE_STEP).run({
    ...(stageChanged ? { stageId: step.stageId } : {}),
    id: step.id,
    title: step.title,
    description: step.description,
    required: bool(step.required),
    expectedDays: step.expectedDays,
    roles: JSON.stringify(step.roles),
    techniques: JSON.stringify(step.techniques),
    contentLinks: JSON.stringify(step.contentLinks),
    x: step.x,
    y: step.y,
  });
}

export function readSteps(db: Db, playbookId: string, criteria = readCriteria(db, playbookId)): Step[] {
  const rows = stmt(db, 'SELECT * FROM steps WHERE playbook_id = ? ORDER BY rowid').all(playbookId) as StepRow[];
  return rows.map((r) => ({
    id: r.id,
    stageId: r.stage_id,
    title: r.title,
    description: r.description,
    required: r.required === 1,
    expectedDays: r.expected_days,
    roles: JSON.parse(r.roles) as Step['roles'],
    techniques: JSON.parse(r.techniques) as Step['techniques'],
    contentLinks: JSON.parse(r.content_links) as Step['contentLinks'],
    exitCriteria: criteria.get(r.id) ?? [],
    x: r.x,
    y: r.y,
  }));
}

export function findStep(db: Db, stepId: string): { playbookId: string; stageId: string } | undefined {
  const row = stmt(db, 'SELECT playbook_id, stage_id FROM steps WHERE id = ?').get(stepId) as StepRow | undefined;
  return row && { playbookId: row.playbook_id, stageId: row.stage_id };
}

export function countSteps(db: Db, playbookId: string): number {
  return (stmt(db, 'SELECT COUNT(*) AS n FROM steps WHERE playbook_id = ?').get(playbookId) as { n: number }).n;
}

export function stepsOfStage(db: Db, stageId: string): Array<Pick<Step, 'id' | 'x' | 'y'>> {
  return stmt(db, 'SELECT id, x, y FROM steps WHERE stage_id = ? ORDER BY y, rowid').all(stageId) as Array<Pick<Step, 'id' | 'x' | 'y'>>;
}

export function moveStepRow(db: Db, stepId: string, stageId: string, x: number, y: number): void {
  stmt(db, 'UPDATE steps SET stage_id = ?, x = ?, y = ? WHERE id = ?').run(stageId, x, y, stepId);
}

export function deleteStepRow(db: Db, playbookId: string, stepId: string): number {
  return stmt(db, 'DELETE FROM steps WHERE id = ? AND playbook_id = ?').run(stepId, playbookId).changes;
}

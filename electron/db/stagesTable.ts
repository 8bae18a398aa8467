import type { Lane, Stage } from '../../shared/domain/playbook';
import { readCriteria, writeCriteria } from './criteriaTable';
import type { Db } from './database';
import { bool, stmt } from './statements';

interface StageRow {
  id: string;
  playbook_id: string;
  lane: Lane;
  name: string;
  position: number;
  width: number;
  expected_days: number | null;
  always_on: number;
  revisitable: number;
}

/** Inserts or updates a stage of the given playbook; a stage id owned by another playbook is left alone (returns false). */
export function upsertStage(db: Db, playbookId: string, stage: Stage): boolean {
  const changes = stmt(
    db,
    `INSERT INTO stages (id, playbook_id, lane, name, position, width, expected_days, always_on, revisitable)
     VALUES (@id, @playbookId, @lane, @name, @order, @width, @expectedDays, @alwaysOn, @revisitable)
     ON CONFLICT(id) DO UPDATE SET name = excluded.name, position = excluded.position, width = excluded.width,
       expected_days = excluded.expected_days, always_on = excluded.always_on, revisitable = excluded.revisitable
     WHERE stages.playbook_id = excluded.playbook_id AND stages.lane = excluded.lane`,
  ).run({ ...stage, playbookId, alwaysOn: bool(stage.alwaysOn), revisitable: bool(stage.revisitable) }).changes;
  if (changes === 0) return false;
  writeCriteria(db, playbookId, { stageId: stage.id }, stage.exitCriteria);
  return true;
}

export function readStages(db: Db, playbookId: string, criteria = readCriteria(db, playbookId)): Stage[] {
  const rows = stmt(db, 'SELECT * FROM stages WHERE playbook_id = ? ORDER BY lane, position').all(playbookId) as StageRow[];
  return rows.map((r) => ({
    id: r.id,
    lane: r.lane,
    name: r.name,
    order: r.position,
    width: r.width,
    expectedDays: r.expected_days,
    alwaysOn: r.always_on === 1,
    revisitable: r.revisitable === 1,
    exitCriteria: criteria.get(r.id) ?? [],
  }));
}

export function findStage(db: Db, stageId: string): { playbookId: string; lane: Lane; width: number } | undefined {
  const row = stmt(db, 'SELECT playbook_id, lane, width FROM stages WHERE id = ?').get(stageId) as StageRow | undefined;
  return row && { playbookId: row.playbook_id, lane: row.lane, width: row.width };
}

export function laneStageIds(db: Db, playbookId: string, lane: Lane): string[] {
  return (stmt(db, 'SELECT id FROM stages WHERE playbook_id = ? AND lane = ? ORDER BY position, rowid').all(playbookId, lane) as StageRow[]).map(
    (r) => r.id,
  );
}

/** Writes positions 0, 1, 2… in the given order, keeping column order dense. */
export function writeStageOrder(db: Db, orderedIds: readonly string[]): void {
  const update = stmt(db, 'UPDATE stages SET position = ? WHERE id = ?');
  orderedIds.forEach((id, position) => update.run(position, id));
}

export function deleteStageRow(db: Db, stageId: string): void {
  stmt(db, 'DELETE FROM stages WHERE id = ?').run(stageId);
}

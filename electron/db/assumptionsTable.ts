import type { Assumption } from '../../shared/domain/playbook';
import type { Db } from './database';
import { stmt } from './statements';

export function writeAssumptions(db: Db, playbookId: string, assumptions: readonly Assumption[]): void {
  stmt(db, 'DELETE FROM assumptions WHERE playbook_id = ?').run(playbookId);
  const insert = stmt(
    db,
    `INSERT INTO assumptions (id, playbook_id, position, statement, source, confidence, last_validated_at, revalidate_every_days)
     VALUES (@id, @playbookId, @position, @statement, @source, @confidence, @lastValidatedAt, @revalidateEveryDays)`,
  );
  assumptions.forEach((a, position) => insert.run({ ...a, playbookId, position }));
}

export function readAssumptions(db: Db, playbookId: string): Assumption[] {
  return stmt(
    db,
    `SELECT id, statement, source, confidence, last_validated_at AS lastValidatedAt, revalidate_every_days AS revalidateEveryDays
       FROM assumptions WHERE playbook_id = ? ORDER BY position`,
  ).all(playbookId) as Assumption[];
}

import type { Db } from '../../electron/db/database';

/**
 * What the soak checks after each kill: every write names the keys it sets and their values,
 * and this reads a key's value back from the database (null when absent).
 *   step:<id>          a playbook step's title and stage, "title@stageId"
 *   named:<name>       "1" when a playbook of that name exists (imports)
 *   status:<id>        a playbook's status (publish)
 *   version:<id>       "1" when a new version of that playbook exists (start new version)
 *   account:<name>     "1" when a deal plan for that account exists (create plan)
 *   opportunity:<id>   a plan's opportunity
 *   notes:<id>         a plan step's notes
 */
export function readKey(db: Db, key: string): string | null {
  const split = key.indexOf(':');
  const [kind, id] = [key.slice(0, split), key.slice(split + 1)];
  const one = (sql: string) => (db.prepare(sql).pluck().get(id) as string | number | undefined) ?? null;
  const exists = (sql: string) => (one(sql) ? '1' : null);
  switch (kind) {
    case 'step':
      return one("SELECT title || '@' || stage_id FROM steps WHERE id = ?") as string | null;
    case 'named':
      return exists('SELECT count(*) FROM playbooks WHERE name = ?');
    case 'status':
      return one('SELECT status FROM playbooks WHERE id = ?') as string | null;
    case 'version':
      return exists('SELECT count(*) FROM playbooks WHERE parent_id = ?');
    case 'account':
      return exists('SELECT count(*) FROM plans WHERE account = ?');
    case 'opportunity':
      return one('SELECT opportunity FROM plans WHERE id = ?') as string | null;
    case 'notes':
      return one('SELECT notes FROM plan_steps WHERE id = ?') as string | null;
    default:
      throw new Error(`Unknown soak key ${key}`);
  }
}

import type { Link } from '../../shared/domain/playbook';
import type { Db } from './database';
import { stmt } from './statements';

interface LinkRow {
  id: string;
  kind: Link['kind'];
  source_id: string;
  target_id: string;
  relation: Link['relation'];
  rationale: string;
}

export function upsertLink(db: Db, playbookId: string, link: Link): boolean {
  return (
    stmt(
      db,
      `INSERT INTO links (id, playbook_id, kind, source_id, target_id, relation, rationale)
       VALUES (@id, @playbookId, @kind, @sourceId, @targetId, @relation, @rationale)
       ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, source_id = excluded.source_id, target_id = excluded.target_id,
         relation = excluded.relation, rationale = excluded.rationale
       WHERE links.playbook_id = excluded.playbook_id`,
    ).run({ ...link, playbookId }).changes > 0
  );
}

export function readLinks(db: Db, playbookId: string): Link[] {
  const rows = stmt(db, 'SELECT * FROM links WHERE playbook_id = ? ORDER BY rowid').all(playbookId) as LinkRow[];
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    sourceId: r.source_id,
    targetId: r.target_id,
    relation: r.relation,
    rationale: r.rationale,
  }));
}

export function deleteLinkRow(db: Db, playbookId: string, linkId: string): number {
  return stmt(db, 'DELETE FROM links WHERE id = ? AND playbook_id = ?').run(linkId, playbookId).changes;
}

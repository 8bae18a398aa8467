import type { PlaybookMeta, PlaybookSummary, Viewport } from '../../shared/domain/playbook';
import type { Db } from './database';
import { stmt } from './statements';

interface PlaybookRow {
  id: string;
  name: string;
  motion: string;
  description: string;
  version: number;
  status: PlaybookMeta['status'];
  parent_id: string | null;
  template_id: string | null;
  viewport: string | null;
  created_at: string;
  updated_at: string;
}

const toMeta = (r: PlaybookRow): PlaybookMeta => ({
  id: r.id,
  name: r.name,
  motion: r.motion,
  description: r.description,
  version: r.version,
  status: r.status,
  parentId: r.parent_id,
  templateId: r.template_id,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export function readPlaybookRow(db: Db, id: string): { meta: PlaybookMeta; viewport: Viewport | null } | undefined {
  const row = stmt(db, 'SELECT * FROM playbooks WHERE id = ?').get(id) as PlaybookRow | undefined;
  if (!row) return undefined;
  return { meta: toMeta(row), viewport: row.viewport ? (JSON.parse(row.viewport) as Viewport) : null };
}

export function listPlaybookSummaries(db: Db): PlaybookSummary[] {
  return stmt(
    db,
    `SELECT p.id, p.name, p.motion, p.status, p.version, p.updated_at AS updatedAt,
            (SELECT COUNT(*) FROM steps s WHERE s.playbook_id = p.id) AS stepCount,
            p.parent_id AS parentId,
            (SELECT COUNT(*) FROM plans pl WHERE pl.playbook_id = p.id) AS planCount
       FROM playbooks p ORDER BY p.updated_at DESC, p.name`,
  ).all() as PlaybookSummary[];
}

export function insertPlaybookRow(db: Db, meta: PlaybookMeta, viewport: Viewport | null): void {
  stmt(
    db,
    `INSERT INTO playbooks (id, name, motion, description, version, status, parent_id, template_id, viewport, created_at, updated_at)
     VALUES (@id, @name, @motion, @description, @version, @status, @parentId, @templateId, @viewport, @createdAt, @updatedAt)`,
  ).run({ ...meta, viewport: viewport ? JSON.stringify(viewport) : null });
}

export function updatePlaybookRow(db: Db, meta: PlaybookMeta): void {
  stmt(
    db,
    `UPDATE playbooks SET name = @name, motion = @motion, description = @description, version = @version,
       status = @status, parent_id = @parentId, template_id = @templateId, updated_at = @updatedAt WHERE id = @id`,
  ).run(meta);
}

export function renamePlaybookRow(db: Db, id: string, name: string, now: string): void {
  stmt(db, 'UPDATE playbooks SET name = ?, updated_at = ? WHERE id = ?').run(name, now, id);
}

export function saveViewportRow(db: Db, id: string, viewport: Viewport): number {
  // The viewport is where the user left the canvas, not an edit: it does not count as a change.
  return stmt(db, 'UPDATE playbooks SET viewport = ? WHERE id = ?').run(JSON.stringify(viewport), id).changes;
}

export function touchPlaybook(db: Db, id: string, now: string): number {
  return stmt(db, 'UPDATE playbooks SET updated_at = ? WHERE id = ?').run(now, id).changes;
}

export function deletePlaybookRow(db: Db, id: string): number {
  return stmt(db, 'DELETE FROM playbooks WHERE id = ?').run(id).changes;
}

export function setPlaybookStatus(db: Db, id: string, status: PlaybookMeta['status'], now: string): number {
  return stmt(db, 'UPDATE playbooks SET status = ?, updated_at = ? WHERE id = ?').run(status, now, id).changes;
}

/** The draft already started from this version, if any: a second "edit" reopens it rather than forking again. */
export function findDraftChild(db: Db, parentId: string): string | undefined {
  return (stmt(db, "SELECT id FROM playbooks WHERE parent_id = ? AND status = 'draft' ORDER BY version DESC LIMIT 1").get(parentId) as { id: string } | undefined)?.id;
}

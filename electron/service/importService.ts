import { TandemError } from '../../shared/api/errors';
import type { ImportResult } from '../../shared/api/contract';
import type { NewId } from '../../shared/domain/ids';
import { LIMITS } from '../../shared/domain/limits';
import type { PlaybookDoc } from '../../shared/domain/playbook';
import { loadTandemFile } from '../../shared/file/load';
import { remapIds } from '../../shared/file/remapIds';
import type { Db } from '../db/database';
import { insertPlaybookDoc } from '../db/playbookDocument';

/** Every id a playbook brings; if any is already taken here, the import becomes a copy. */
function idsOf(doc: PlaybookDoc): string[] {
  return [
    doc.playbook.id,
    ...doc.stages.flatMap((s) => [s.id, ...s.exitCriteria.map((c) => c.id)]),
    ...doc.steps.flatMap((s) => [s.id, ...s.exitCriteria.map((c) => c.id)]),
    ...doc.links.map((l) => l.id),
    ...doc.assumptions.map((a) => a.id),
  ];
}

function anyIdTaken(db: Db, ids: string[]): boolean {
  const tables = ['playbooks', 'stages', 'steps', 'exit_criteria', 'links', 'assumptions'];
  db.exec('CREATE TEMP TABLE IF NOT EXISTS import_ids (id TEXT PRIMARY KEY)');
  db.exec('DELETE FROM import_ids');
  const insert = db.prepare('INSERT OR IGNORE INTO import_ids (id) VALUES (?)');
  for (const id of ids) insert.run(id);
  const taken = tables.some((t) => db.prepare(`SELECT 1 FROM ${t} WHERE id IN (SELECT id FROM import_ids) LIMIT 1`).get());
  db.exec('DELETE FROM import_ids');
  return taken;
}

/**
 * Imports a .tandem file: it is loaded and checked in full first, then written in one transaction.
 * A refused file changes nothing. A playbook already here arrives as a copy with fresh ids beside
 * the original, never merged into it.
 */
export function importPlaybookText(db: Db, text: string, options: { newId: NewId; now: () => string }): ImportResult {
  const loaded = loadTandemFile(text, { byteLength: Buffer.byteLength(text, 'utf8') });
  if (!loaded.ok) throw new TandemError('invalid-argument', loaded.error.message);
  const incoming = loaded.file.playbook;
  return db.transaction((): ImportResult => {
    const copied = anyIdTaken(db, idsOf(incoming));
    let doc = incoming;
    if (copied) {
      doc = remapIds(incoming, options.newId);
      const name = `${incoming.playbook.name} (imported)`.slice(0, LIMITS.nameLength);
      doc = { ...doc, playbook: { ...doc.playbook, name, updatedAt: options.now() } };
    }
    // The version this one came from may live on another machine; the link only holds here.
    const parentId = doc.playbook.parentId;
    if (parentId !== null && !db.prepare('SELECT 1 FROM playbooks WHERE id = ?').get(parentId)) {
      doc = { ...doc, playbook: { ...doc.playbook, parentId: null } };
    }
    insertPlaybookDoc(db, doc);
    return { playbookId: doc.playbook.id, name: doc.playbook.name, copied };
  })();
}

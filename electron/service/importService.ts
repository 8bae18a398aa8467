import { TandemError } from '../../shared/api/errors';
import type { ImportResult } from '../../shared/api/contract';
import type { NewId } from '../../shared/domain/ids';
import { LIMITS } from '../../shared/domain/limits';
import type { PlaybookDoc } from '../../shared/domain/playbook';
import type { PlanFile } from '../../shared/file/format';
import { loadTandemFile } from '../../shared/file/load';
import { remapIds } from '../../shared/file/remapIds';
import { findPlanProblems } from '../../shared/plan/integrity';
import { remapPlanIds } from '../../shared/plan/remapPlanIds';
import type { Db } from '../db/database';
import { planIdsTakenElsewhere, readPlanMeta, writePlanDoc } from '../db/planDocument';
import { insertPlaybookDoc, readPlaybookDoc } from '../db/playbookDocument';
import { mergeNotes, notesAddedLine, planCopyIds, recordOrigin } from './importNotes';
import { noteContextFor } from './reviewService';
import type { NoteOwner } from '../db/notesTable';
import type { TandemFile } from '../../shared/file/format';

export type ImportPhase = 'checking' | 'writing';

interface ImportOptions {
  newId: NewId;
  now: () => string;
  /** Told when the import moves on, so a long one can show where it is. */
  onPhase?: (phase: ImportPhase) => void;
}

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
  // Stryker disable next-line StringLiteral: the table is emptied after each use too; this guards against a use that threw half-way.
  db.exec('DELETE FROM import_ids');
  const insert = db.prepare('INSERT OR IGNORE INTO import_ids (id) VALUES (?)');
  for (const id of ids) insert.run(id);
  const taken = tables.some((t) => db.prepare(`SELECT 1 FROM ${t} WHERE id IN (SELECT id FROM import_ids) LIMIT 1`).get());
  // Stryker disable next-line StringLiteral: the next use empties the table first too.
  db.exec('DELETE FROM import_ids');
  return taken;
}

/**
 * Imports a .tandem file (a playbook or a deal plan): it is loaded and checked in full first, then
 * written in one transaction. A refused file changes nothing.
 */
export function importTandemText(db: Db, text: string, options: ImportOptions): ImportResult {
  options.onPhase?.('checking');
  const loaded = loadTandemFile(text, { byteLength: Buffer.byteLength(text, 'utf8') });
  if (!loaded.ok) throw new TandemError('invalid-argument', loaded.error.message);
  const file = loaded.file;
  options.onPhase?.('writing');
  if (file.kind === 'plan') {
    return db.transaction(() => {
      const ids = new Map<string, string>();
      const existed = readPlanMeta(db, file.plan.plan.id) !== undefined;
      const result = importPlan(db, file, options, ids);
      const owner = { kind: 'plan', id: result.planId! } as const;
      return withNotes(result, importFileNotes(db, file, owner, ids, result.copied ? options.newId : null, result.copied || !existed));
    })();
  }
  return db.transaction((): ImportResult => {
    const own = file.notes?.length ? readPlaybookDoc(db, file.playbook.playbook.id) : null;
    if (own) {
      // The file is of a playbook that is here, with notes: it was reviewed, so the notes join it (no copy).
      const added = mergeNotes(db, { kind: 'playbook', id: own.playbook.id }, { playbook: own, plan: null }, file.notes!);
      const note = `"${own.playbook.name}" is already here: the file's notes were added to it (${added} new).`;
      return { kind: 'playbook', playbookId: own.playbook.id, planId: null, name: own.playbook.name, copied: false, updated: false, note };
    }
    const ids = new Map<string, string>();
    const { doc, copied } = insertPlaybook(db, file.playbook, options, ids);
    const note = copied ? `"${file.playbook.playbook.name}" is already here, so the file was imported as a copy.` : null;
    const result: ImportResult = { kind: 'playbook', playbookId: doc.playbook.id, planId: null, name: doc.playbook.name, copied, updated: false, note };
    return withNotes(result, importFileNotes(db, file, { kind: 'playbook', id: doc.playbook.id }, ids, copied ? options.newId : null, true));
  })();
}

/**
 * A playbook already here arrives as a copy with fresh ids beside the original, never merged into
 * it. `ids` receives the old → new ids of a copy. Call inside a transaction.
 */
function insertPlaybook(db: Db, incoming: PlaybookDoc, options: ImportOptions, ids = new Map<string, string>()): { doc: PlaybookDoc; copied: boolean } {
  const copied = anyIdTaken(db, idsOf(incoming));
  let doc = incoming;
  if (copied) {
    doc = remapIds(incoming, options.newId, ids);
    const name = `${incoming.playbook.name} (imported)`.slice(0, LIMITS.nameLength);
    doc = { ...doc, playbook: { ...doc.playbook, name, updatedAt: options.now() } };
  }
  // The version this one came from may live on another machine; the link only holds here.
  const parentId = doc.playbook.parentId;
  // Stryker disable next-line ConditionalExpression: a null parent finds no row and is set to null, which it is.
  if (parentId !== null && !db.prepare('SELECT 1 FROM playbooks WHERE id = ?').get(parentId)) {
    doc = { ...doc, playbook: { ...doc.playbook, parentId: null } };
  }
  insertPlaybookDoc(db, doc);
  return { doc, copied };
}

/**
 * A plan arrives with its playbook version. That version is used as it is here when this machine
 * has it (and the plan fits it); otherwise it is imported, frozen, since a plan is pinned to it.
 * The same plan imported again updates this machine's copy when the file's is newer (last
 * modified wins) and is left alone otherwise; either way the user is told.
 */
function importPlan(db: Db, file: PlanFile, options: ImportOptions, ids: Map<string, string>): ImportResult {
  const local = readPlaybookDoc(db, file.playbook.playbook.id);
  let plan = file.plan;
  let playbook: PlaybookDoc;
  let copied = false;
  if (local && findPlanProblems(plan, local).length === 0) {
    playbook = local;
  } else {
    const pinned = { ...file.playbook, playbook: { ...file.playbook.playbook, status: file.playbook.playbook.status === 'retired' ? ('retired' as const) : ('published' as const) } };
    const inserted = insertPlaybook(db, pinned, options, ids);
    playbook = inserted.doc;
    // Stryker disable next-line ConditionalExpression: a playbook not copied leaves the id map empty, and an empty map keeps every id.
    if (inserted.copied) plan = remapPlanIds(plan, null, ids);
  }

  const account = plan.plan.account;
  const saved = readPlanMeta(db, plan.plan.id);
  if (saved && !planIdsTakenElsewhere(db, plan)) {
    if (Date.parse(saved.updatedAt) >= Date.parse(plan.plan.updatedAt)) {
      const note = `Your copy of the plan for ${account} is as new as the file's or newer, so it was kept.`;
      return { kind: 'plan', playbookId: saved.playbookId, planId: saved.id, name: account, copied: false, updated: false, note };
    }
    writePlanDoc(db, plan);
    const note = `Updated your copy of the plan for ${account} from the file (the file's is newer).`;
    return { kind: 'plan', playbookId: plan.plan.playbookId, planId: plan.plan.id, name: account, copied: false, updated: true, note };
  }
  if (saved || planIdsTakenElsewhere(db, plan)) {
    const before = plan;
    plan = remapPlanIds(plan, options.newId);
    for (const [from, to] of planCopyIds(before, plan)) ids.set(from, to);
    copied = true;
  }
  writePlanDoc(db, plan);
  const note = copied ? `Some of this plan's ids are already used here, so it was imported as a copy.` : null;
  return { kind: 'plan', playbookId: playbook.playbook.id, planId: plan.plan.id, name: account, copied, updated: false, note };
}

/**
 * After a document is written: who made it, when it is new here and came from another
 * installation (a reviewer's file returning to its author leaves the author's own as it is),
 * and the notes it carried. Returns how many notes were new. Call inside the import's transaction.
 */
function importFileNotes(db: Db, file: TandemFile, owner: NoteOwner, ids: ReadonlyMap<string, string>, newId: NewId | null, isNew: boolean): number {
  if (isNew) recordOrigin(db, owner, file);
  if (!file.notes?.length) return 0;
  return mergeNotes(db, owner, noteContextFor(db, owner), file.notes, ids, newId);
}

function withNotes(result: ImportResult, added: number): ImportResult {
  const line = notesAddedLine(added);
  return line ? { ...result, note: result.note ? `${result.note} ${line}` : line } : result;
}

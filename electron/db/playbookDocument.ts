import type { PlaybookDoc } from '../../shared/domain/playbook';
import { readAssumptions, writeAssumptions } from './assumptionsTable';
import { readCriteria } from './criteriaTable';
import type { Db } from './database';
import { upsertLink, readLinks } from './linksTable';
import { insertPlaybookRow, readPlaybookRow, updatePlaybookRow } from './playbooksTable';
import { readStages, upsertStage } from './stagesTable';
import { readSteps, upsertStep } from './stepsTable';

/** Reads one playbook with everything it holds, or undefined when there is none with that id. */
export function readPlaybookDoc(db: Db, id: string): PlaybookDoc | undefined {
  const row = readPlaybookRow(db, id);
  if (!row) return undefined;
  const criteria = readCriteria(db, id);
  return {
    playbook: row.meta,
    viewport: row.viewport,
    stages: readStages(db, id, criteria),
    steps: readSteps(db, id, criteria),
    links: readLinks(db, id),
    assumptions: readAssumptions(db, id),
  };
}

/** Writes a whole playbook as a new one. Call inside a transaction: a half-written playbook must never remain. */
export function insertPlaybookDoc(db: Db, doc: PlaybookDoc): void {
  insertPlaybookRow(db, doc.playbook, doc.viewport);
  writeContent(db, doc);
}

/** Replaces an existing playbook's content with the given one. Call inside a transaction. */
export function replacePlaybookContent(db: Db, doc: PlaybookDoc): void {
  const id = doc.playbook.id;
  // Steps cascade to their links and criteria; stages to theirs.
  db.prepare('DELETE FROM stages WHERE playbook_id = ?').run(id);
  updatePlaybookRow(db, doc.playbook);
  writeContent(db, doc);
}

function writeContent(db: Db, doc: PlaybookDoc): void {
  const id = doc.playbook.id;
  for (const stage of doc.stages) if (!upsertStage(db, id, stage)) throw new Error(`stage ${stage.id} belongs to another playbook`);
  for (const step of doc.steps) if (!upsertStep(db, id, step)) throw new Error(`step ${step.id} belongs to another playbook`);
  for (const link of doc.links) if (!upsertLink(db, id, link)) throw new Error(`link ${link.id} belongs to another playbook`);
  writeAssumptions(db, id, doc.assumptions);
}

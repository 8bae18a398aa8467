// The figures of Tandem's own code outside the browser, each against a bare baseline in the same
// process: a step edit and an open through the service against raw better-sqlite3 on the same rows,
// an import against JSON.parse plus raw inserts of the same rows, and the drawn exports of a
// 2,000-step playbook (absolute). Run by scripts/bench.mjs, which prints what this returns.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PlaybookDoc, Step } from '../../shared/domain/playbook';
import { exportPlaybook } from '../../shared/export/index';
import { openDatabase, type Db } from '../../electron/db/database';
import { createPlaybookService } from '../../electron/service/playbookService';
import { benchFileText } from './graph';
import { largeImportText } from './largeImport';

export interface ServiceFigure {
  name: string;
  steps: number;
  value: number;
  baseline: number | null;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Median time of `runs` calls, in ms. */
function time(runs: number, work: (i: number) => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    work(i);
    times.push(performance.now() - started);
  }
  return median(times);
}

type Api = ReturnType<typeof createPlaybookService>;
const call = <T>(api: Api, op: string, arg: unknown) => (api as unknown as Record<string, (a: unknown) => T>)[op]!(arg);

function freshDb(dir: string, name: string): Db {
  return openDatabase(join(dir, `${name}.db`));
}

const UPSERT_STEP = `INSERT INTO steps (id, playbook_id, stage_id, title, description, required, expected_days, roles, techniques, content_links, x, y)
  VALUES (@id, @playbookId, @stageId, @title, @description, @required, @expectedDays, @roles, @techniques, @contentLinks, @x, @y)
  ON CONFLICT(id) DO UPDATE SET stage_id = excluded.stage_id, title = excluded.title, description = excluded.description,
    required = excluded.required, expected_days = excluded.expected_days, roles = excluded.roles,
    techniques = excluded.techniques, content_links = excluded.content_links, x = excluded.x, y = excluded.y`;

const stepRow = (playbookId: string, step: Step) => ({
  ...step,
  playbookId,
  required: step.required ? 1 : 0,
  roles: JSON.stringify(step.roles),
  techniques: JSON.stringify(step.techniques),
  contentLinks: JSON.stringify(step.contentLinks),
});

/** The rows of a playbook, written with plain prepared INSERTs in one transaction: the import's baseline. */
function rawInsert(db: Db, doc: PlaybookDoc): void {
  const id = doc.playbook.id;
  const playbook = db.prepare(`INSERT INTO playbooks (id, name, motion, description, version, status, template_id, viewport, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const stage = db.prepare(`INSERT INTO stages (id, playbook_id, lane, name, position, width, expected_days, always_on, revisitable) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const step = db.prepare(UPSERT_STEP);
  const criterion = db.prepare(`INSERT INTO exit_criteria (id, playbook_id, stage_id, step_id, position, statement, actor) VALUES (?, ?, ?, ?, ?, ?, ?)`);
  const link = db.prepare(`INSERT INTO links (id, playbook_id, kind, source_id, target_id, relation, rationale) VALUES (?, ?, ?, ?, ?, ?, ?)`);
  db.transaction(() => {
    const p = doc.playbook;
    playbook.run(id, p.name, p.motion, p.description, p.version, p.status, p.templateId ?? null, JSON.stringify(doc.viewport), p.createdAt, p.updatedAt);
    for (const s of doc.stages) {
      stage.run(s.id, id, s.lane, s.name, s.order, s.width, s.expectedDays, s.alwaysOn ? 1 : 0, s.revisitable ? 1 : 0);
      s.exitCriteria.forEach((c, i) => criterion.run(c.id, id, s.id, null, i, c.statement, c.actor));
    }
    for (const s of doc.steps) {
      step.run(stepRow(id, s));
      s.exitCriteria.forEach((c, i) => criterion.run(c.id, id, null, s.id, i, c.statement, c.actor));
    }
    for (const l of doc.links) link.run(l.id, id, l.kind, l.sourceId, l.targetId, l.relation ?? null, l.rationale ?? '');
  })();
}

export function serviceFigures(log: (line: string) => void = () => {}): ServiceFigure[] {
  const dir = mkdtempSync(join(tmpdir(), 'tandem-bench-service-'));
  const figures: ServiceFigure[] = [];
  try {
    // Open and save, on a 2,000-step playbook in a real database file.
    const db = freshDb(dir, 'work');
    const api = createPlaybookService(db);
    const { playbookId } = call<{ playbookId: string }>(api, 'importPlaybookFile', { text: benchFileText(2000) });
    const doc = call<PlaybookDoc>(api, 'getPlaybook', { id: playbookId });
    const raw = new Database(join(dir, 'work.db'), { readonly: false });
    const selects = ['playbooks WHERE id = ?', 'stages WHERE playbook_id = ?', 'steps WHERE playbook_id = ?', 'exit_criteria WHERE playbook_id = ?', 'links WHERE playbook_id = ?', 'assumptions WHERE playbook_id = ?'].map((w) =>
      raw.prepare(`SELECT * FROM ${w}`),
    );
    log('open-playbook');
    const open = time(15, () => call(api, 'getPlaybook', { id: playbookId }));
    const openRaw = time(15, () => selects.map((s) => s.all(playbookId)));
    figures.push({ name: 'open-playbook', steps: 2000, value: open, baseline: openRaw });

    log('save-edit');
    const step = doc.steps[1000]!;
    const save = time(200, (i) => call(api, 'putStep', { playbookId, step: { ...step, title: `Edited ${i}` } }));
    const upsert = raw.prepare(UPSERT_STEP);
    const saveRaw = time(200, (i) => raw.transaction(() => upsert.run(stepRow(playbookId, { ...step, title: `Raw ${i}` })))());
    figures.push({ name: 'save-edit', steps: 2000, value: save, baseline: saveRaw });
    raw.close();
    db.close();

    // Import of a 10 MB file, each run into a database of its own.
    log('import-10mb');
    const text = largeImportText(2500, 22);
    const importSteps = 2500;
    const imports: number[] = [];
    const bares: number[] = [];
    for (let i = 0; i < 3; i++) {
      const target = freshDb(dir, `import-${i}`);
      const service = createPlaybookService(target);
      let started = performance.now();
      call(service, 'importPlaybookFile', { text });
      imports.push(performance.now() - started);
      target.close();
      const bare = freshDb(dir, `bare-${i}`);
      started = performance.now();
      const parsed = JSON.parse(text) as { playbook: PlaybookDoc };
      rawInsert(bare, parsed.playbook);
      bares.push(performance.now() - started);
      bare.close();
    }
    figures.push({ name: 'import-10mb', steps: importSteps, value: median(imports), baseline: median(bares) });
    figures.push({ name: 'import-10mb-bytes', steps: importSteps, value: Buffer.byteLength(text), baseline: null });

    log('exports');
    for (const format of ['html', 'svg', 'bpmn'] as const) figures.push({ name: `export-${format}`, steps: 2000, value: time(5, () => exportPlaybook(doc, format)), baseline: null });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return figures;
}

import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../test/support/tempDir';
import { openDatabase, type Db } from '../db/database';
import { createPlaybookService } from '../service/playbookService';
import { createDispatch, type Dispatch } from './dispatch';

/** Everything a database holds, as plain rows: compared before and after a refused call. */
function snapshot(db: Db) {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as Array<{ name: string }>;
  return Object.fromEntries(tables.map(({ name }) => [name, db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all()]));
}

describe('argument validation at the process boundary', () => {
  let cleanup: () => void;
  let db: Db;
  let dispatch: Dispatch;
  let playbookId: string;
  let stageId: string;

  beforeEach(async () => {
    let dir: string;
    ({ dir, cleanup } = makeTempDir());
    db = openDatabase(join(dir, 'tandem.db'));
    dispatch = createDispatch(createPlaybookService(db));
    const created = await dispatch('createPlaybook', { templateId: 'blank' });
    if (!created.ok) throw new Error(created.error.message);
    const doc = created.value as { playbook: { id: string }; stages: Array<{ id: string }> };
    playbookId = doc.playbook.id;
    stageId = doc.stages[0]!.id;
  });
  afterEach(() => {
    db.close();
    cleanup();
  });

  const wrongShapes: Array<[string, unknown, RegExp]> = [
    ['getPlaybook', undefined, /Invalid argument for getPlaybook: \(root\)/],
    ['getPlaybook', { id: 42 }, /id: Invalid input: expected string/],
    ['renamePlaybook', { id: 'x', name: '   ' }, /name: must not be empty/],
    ['renamePlaybook', { id: 'x', name: 'n'.repeat(201) }, /name: Too big/],
    ['deletePlaybook', { id: '../../etc/passwd' }, /id: must contain only letters/],
    ['deletePlaybook', { id: 'x', extra: true }, /Unrecognized key/],
    ['putStep', { playbookId: 'p', step: { id: 's', title: 'no stage' } }, /step\.stageId/],
    ['putStep', { playbookId: 'p', step: { id: 's', stageId: 'x', title: 't', description: '', required: 'yes' } }, /step\.required/],
    ['saveViewport', { playbookId: 'p', viewport: { x: Infinity, y: 0, zoom: 1 } }, /viewport\.x/],
    ['putLink', { playbookId: 'p', link: { id: 'l', kind: 'teleport', sourceId: 'a', targetId: 'b', relation: null, rationale: '' } }, /link\.kind/],
    ['listPlaybooks', { sneaky: true }, /Invalid argument for listPlaybooks/],
    ['constructor', {}, /Unknown operation "constructor"/],
    ['__proto__', {}, /Unknown operation "__proto__"/],
    ['dropDatabase', {}, /Unknown operation "dropDatabase"/],
  ];

  it.each(wrongShapes)('%s with a wrong shape gets one clear line and changes nothing', async (op, arg, message) => {
    const before = snapshot(db);
    const result = await dispatch(op, arg);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toMatch(message);
    expect(result.error.message).not.toContain('\n');
    expect(snapshot(db)).toEqual(before);
  });

  it('a well-formed argument that breaks a rule is refused without changing anything', async () => {
    const before = snapshot(db);
    const step = { id: 's1', stageId, title: 't', description: '', required: false, expectedDays: null, roles: [], techniques: [], contentLinks: [], exitCriteria: [], x: 0, y: 60 };
    const result = await dispatch('putStep', { playbookId: 'not-this-one', step });
    expect(result).toEqual({ ok: false, error: { code: 'not-found', message: 'No stage "' + stageId + '" in this playbook.' } });
    expect(snapshot(db)).toEqual(before);
  });

  it('refuses an argument larger than any real playbook before reading it, and changes nothing', async () => {
    const before = snapshot(db);
    const huge = { playbookId, steps: [{ id: 's', title: 'x'.repeat(121 * 1024 * 1024) }] };
    const result = await dispatch('putSteps', huge);
    expect(result).toEqual({ ok: false, error: { code: 'invalid-argument', message: 'Invalid argument for putSteps: it is larger than 120 MB' } });
    expect(snapshot(db)).toEqual(before);
  });

  // SQLite stores UTF-8, which has no form for half a character: saved, it would come back as U+FFFD.
  it.each<[string, (text: string) => [string, unknown], string]>([
    ['a playbook name', (t) => ['renamePlaybook', { id: playbookId, name: t }], 'name'],
    ['a step title', (t) => ['putStep', { playbookId, step: { id: 's1', stageId, title: t, description: '', required: false, expectedDays: null, roles: [], techniques: [], contentLinks: [], exitCriteria: [], x: 0, y: 60 } }], 'step.title'],
    ['a role', (t) => ['putStep', { playbookId, step: { id: 's1', stageId, title: 'ok', description: '', required: false, expectedDays: null, roles: ['ok', t], techniques: [], contentLinks: [], exitCriteria: [], x: 0, y: 60 } }], 'step.roles.1'],
    ['a stage name', (t) => ['putStage', { playbookId, stage: { id: stageId, lane: 'buyer', name: t, order: 0, width: 280, expectedDays: null, alwaysOn: false, revisitable: false, exitCriteria: [] } }], 'stage.name'],
    ['a plan account', (t) => ['createPlan', { playbookId, account: t }], 'account'],
    ["a plan's rep", (t) => ['createPlan', { playbookId, account: 'Acme', rep: t }], 'rep'],
    ['the author name', (t) => ['setAuthorName', { name: t }], 'name'],
    ['a review note', (t) => ['putNote', { owner: { kind: 'playbook', id: playbookId }, note: { id: 'n1', target: { kind: 'file', id: playbookId }, kind: 'comment', text: t, parentId: null } }], 'note.text'],
  ])('refuses %s that is not well-formed Unicode, in one line, and changes nothing', async (_what, call, path) => {
    for (const malformed of ['Budget \uD800', '\uDC00 low half first', 'ends on a high half \uD83D']) {
      const before = snapshot(db);
      const [op, arg] = call(malformed);
      const result = await dispatch(op, arg);
      expect(result).toEqual({
        ok: false,
        error: { code: 'invalid-argument', message: `Invalid argument for ${op}: ${path}: Invalid text: it holds half of a character (a lone surrogate), which cannot be saved` },
      });
      expect(snapshot(db)).toEqual(before);
    }
    // The same field takes a whole astral character, written as the same two halves in order
    // (a plan of a draft may still be refused, but not for its text).
    const [op, arg] = call('Budget \uD83D\uDE00');
    const accepted = await dispatch(op, arg);
    expect(accepted.ok ? 'passed' : accepted.error.message).not.toMatch(/^Invalid argument/);
  });

  it('passes a valid call through to the service', async () => {
    const result = await dispatch('renamePlaybook', { id: playbookId, name: '  Q3 pipeline  ' });
    expect(result.ok && (result.value as { name: string }).name).toBe('Q3 pipeline');
  });
});

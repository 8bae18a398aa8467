import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../test/support/tempDir';
import { createDispatch, type Dispatch } from '../api/dispatch';
import { createPlaybookService } from '../service/playbookService';
import { openDatabase, type Db } from './database';
import { describeStorageError } from './storageErrors';

describe('a disk that refuses writes', () => {
  let dir: string;
  let cleanup: () => void;
  let db: Db;
  let dispatch: Dispatch;
  const names = async () => ((await dispatch('listPlaybooks', undefined)) as { value: Array<{ name: string }> }).value.map((p) => p.name);

  beforeEach(async () => {
    ({ dir, cleanup } = makeTempDir());
    db = openDatabase(join(dir, 'tandem.db'));
    dispatch = createDispatch(createPlaybookService(db));
    expect((await dispatch('createPlaybook', { templateId: 'transactional-smb', name: 'Saved before' })).ok).toBe(true);
  });
  afterEach(() => {
    db.close();
    cleanup();
  });

  it('full: the edit fails with one line, nothing of it is kept, and what was saved stays readable', async () => {
    // SQLite's size cap stands in for a full disk: it fails the write the same way (SQLITE_FULL).
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.pragma(`max_page_count = ${pages}`);
    const refused = await dispatch('createPlaybook', { templateId: 'b2b-saas-new-logo', name: 'Too big for the disk' });
    expect(refused).toEqual({ ok: false, error: { code: 'failed', message: 'The disk is full: this change was not saved. Free some space and try again; what was saved before is safe.' } });
    expect(await names()).toEqual(['Saved before']);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');

    // Space again: the next edit saves.
    db.pragma(`max_page_count = ${pages * 100}`);
    expect((await dispatch('createPlaybook', { templateId: 'b2b-saas-new-logo', name: 'After freeing space' })).ok).toBe(true);
    expect((await names()).sort()).toEqual(['After freeing space', 'Saved before']);
  });

  it('read-only: the edit fails with one line and the data is as it was', async () => {
    // query_only makes SQLite refuse writes as it does for a file that turned read-only (SQLITE_READONLY).
    db.pragma('query_only = ON');
    const refused = await dispatch('renamePlaybook', { id: ((await dispatch('listPlaybooks', undefined)) as { value: Array<{ id: string }> }).value[0]!.id, name: 'Renamed' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toMatch(/^Tandem’s data folder cannot be written to .*: this change was not saved; what was saved before is safe\.$/);
    expect(await names()).toEqual(['Saved before']);
  });
});

describe('the line for each way a disk refuses a write', () => {
  const FULL = 'The disk is full: this change was not saved. Free some space and try again; what was saved before is safe.';
  const READ_ONLY = 'Tandem’s data folder cannot be written to (it is read-only or not permitted): this change was not saved; what was saved before is safe.';
  const DISK = 'The disk reported an error while saving: this change was not saved; what was saved before is safe.';
  it.each([
    ['SQLITE_FULL', FULL],
    ['ENOSPC', FULL],
    ['SQLITE_READONLY', READ_ONLY],
    ['SQLITE_READONLY_DBMOVED', READ_ONLY],
    ['SQLITE_CANTOPEN', READ_ONLY],
    ['SQLITE_PERM', READ_ONLY],
    ['SQLITE_AUTH', READ_ONLY],
    ['EROFS', READ_ONLY],
    ['EACCES', READ_ONLY],
    ['EPERM', READ_ONLY],
    ['SQLITE_IOERR', DISK],
    ['SQLITE_IOERR_WRITE', DISK],
  ])('%s', (code, line) => {
    expect(describeStorageError(Object.assign(new Error('raw'), { code }))).toBe(line);
  });

  it.each([
    ['a constraint, which is the data, not the disk', { code: 'SQLITE_CONSTRAINT' }],
    ['a code that only ends like one', { code: 'NOT_SQLITE_READONLY' }],
    ['a code that only ends like a disk error', { code: 'X_SQLITE_IOERR' }],
    ['a code that only starts like a full disk', { code: 'SQLITE_FULLY' }],
    ['no code', new Error('raw')],
    ['nothing', null],
  ])('says nothing of %s', (_what, error) => {
    expect(describeStorageError(error)).toBeNull();
  });
});

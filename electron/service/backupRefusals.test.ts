import { describe, expect, it } from 'vitest';
import { expectRefused } from '../../test/support/refusal';
import { openDatabase } from '../db/database';
import { createPlaybookService } from './playbookService';

/** Backups are files beside the database file: a database kept only in memory has none. */
describe('backups of a database that is not a file', () => {
  it('a database that is not kept in a file has no backups to list or restore', async () => {
    const db = openDatabase(':memory:');
    try {
      const api = createPlaybookService(db);
      const none = 'This data is not kept in a file, so it has no backups.';
      await expectRefused(db, () => api.listBackups(undefined), 'failed', none);
      await expectRefused(db, () => api.restoreBackup({ name: 'tandem-2026-11-20.db' }), 'failed', none);
      expect(await api.getStorageNotice(undefined)).toBeNull();
    } finally {
      db.close();
    }
  });
});

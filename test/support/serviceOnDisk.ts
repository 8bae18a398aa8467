import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import type { ApiHandlers } from '../../shared/api/contract';
import { openDatabase, type Db } from '../../electron/db/database';
import { createPlaybookService } from '../../electron/service/playbookService';
import { makeTempDir } from './tempDir';

export interface ServiceOnDisk {
  /** The data folder. */
  dir: string;
  db: Db;
  /** The service over `db`; a test may replace it with one made with other options. */
  api: ApiHandlers;
}

/**
 * For each test of the suite that calls it: a fresh data folder with a real database file and the
 * service over it, closed and removed after the test.
 */
export function useServiceOnDisk(): ServiceOnDisk {
  const current = {} as ServiceOnDisk;
  let cleanup = () => {};
  beforeEach(() => {
    const temp = makeTempDir();
    cleanup = temp.cleanup;
    current.dir = temp.dir;
    current.db = openDatabase(join(temp.dir, 'tandem.db'));
    current.api = createPlaybookService(current.db);
  });
  afterEach(() => {
    current.db.close();
    cleanup();
  });
  return current;
}

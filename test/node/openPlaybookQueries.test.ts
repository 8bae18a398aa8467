import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../electron/db/database';
import { createPlaybookService } from '../../electron/service/playbookService';
import { envelope } from './support/samplePlaybook';
import { generatePlaybook } from '../support/generate';
import { makeTempDir } from '../support/tempDir';

type Api = ReturnType<typeof createPlaybookService>;
const call = <T>(api: Api, op: string, arg: unknown) => (api as unknown as Record<string, (a: unknown) => T>)[op]!(arg);

/** Counts every statement the database runs (run, get, all, iterate), whatever prepared it. */
function countStatements(db: Db): { count: number } {
  const counter = { count: 0 };
  const prepare = db.prepare.bind(db);
  db.prepare = ((sql: string) => {
    const statement = prepare(sql);
    const methods = statement as unknown as Record<string, (...args: unknown[]) => unknown>;
    for (const method of ['run', 'get', 'all', 'iterate']) {
      const original = methods[method]!.bind(statement);
      methods[method] = (...args: unknown[]) => {
        counter.count++;
        return original(...args);
      };
    }
    return statement;
  }) as Db['prepare'];
  return counter;
}

describe('opening a playbook from the database', () => {
  let cleanup = () => {};
  afterEach(() => cleanup());

  it('runs the same few statements for 100 steps as for 2,000, not one per step', () => {
    const temp = makeTempDir();
    cleanup = temp.cleanup;
    // The count starts on a fresh connection, before any statement is prepared and cached.
    const db = openDatabase(join(temp.dir, 'tandem.db'));
    const counter = countStatements(db);
    const api = createPlaybookService(db);
    const opened = (steps: number) => {
      const { playbookId } = call<{ playbookId: string }>(api, 'importPlaybookFile', { text: JSON.stringify(envelope(generatePlaybook({ steps, seed: 1 }))) });
      const before = counter.count;
      const doc = call<{ steps: unknown[]; links: unknown[] }>(api, 'getPlaybook', { id: playbookId });
      expect(doc.steps).toHaveLength(steps);
      return counter.count - before;
    };
    const small = opened(100);
    const large = opened(2000);
    expect(small).toBeGreaterThan(0);
    expect(large).toBe(small);
    // One per table the playbook spans, give or take the playbook row itself.
    expect(large).toBeLessThanOrEqual(8);
    db.close();
  });
});

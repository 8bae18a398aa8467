import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { TandemError } from '../../shared/api/errors';
import { randomId } from '../../shared/domain/ids';
import { makeTempDir } from '../../test/support/tempDir';
import { openDatabase } from '../db/database';
import { importTandemText } from './importService';

const validDir = join(import.meta.dirname, '..', '..', 'test', 'corpus', 'valid');
const seeds = readdirSync(validDir)
  .filter((name) => name.endsWith('.tandem'))
  .map((name) => JSON.parse(readFileSync(join(validDir, name), 'utf8')) as unknown);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every place in a JSON tree, as a path of keys and indexes. */
function pathsOf(value: Json, at: Array<string | number> = []): Array<Array<string | number>> {
  if (value === null || typeof value !== 'object') return [at];
  const children = Array.isArray(value) ? value.map((v, i) => pathsOf(v, [...at, i])) : Object.entries(value).map(([k, v]) => pathsOf(v, [...at, k]));
  return [at, ...children.flat()];
}

/** Structure-aware changes to a real file: what a buggy exporter, a merge tool or a hand edit does. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), value: fc.jsonValue() as fc.Arbitrary<Json> }),
  fc.record({ kind: fc.constant('delete' as const) }),
  fc.record({ kind: fc.constant('duplicate' as const) }),
  fc.record({ kind: fc.constant('string' as const), value: fc.oneof(fc.string(), fc.constantFrom('', ' ', '\u0000', '\ud800', 'x'.repeat(5000), '../../etc', '__proto__')) }),
  fc.record({ kind: fc.constant('number' as const), value: fc.constantFrom(-1, 0, 1e308, -1e308, 0.5, 2 ** 53, Number.MAX_SAFE_INTEGER) }),
);

function mutate(file: Json, picks: number[], changes: Array<{ kind: string; value?: unknown }>): Json {
  const copy = structuredClone(file);
  changes.forEach((change, i) => {
    const paths = pathsOf(copy).filter((p) => p.length > 0);
    const path = paths[(picks[i % picks.length]! + i) % paths.length]!;
    const parent = path.slice(0, -1).reduce<Json>((node, key) => (node as Record<string, Json>)[key]!, copy) as Record<string | number, Json>;
    const key = path.at(-1)!;
    if (change.kind === 'delete') {
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
    } else if (change.kind === 'duplicate' && Array.isArray(parent)) parent.splice(key as number, 0, structuredClone(parent[key as number]!));
    else if (change.kind !== 'duplicate') parent[key] = change.value as Json;
  });
  return copy;
}

// `npm test` runs 500 cases; `npm run fuzz` sets TANDEM_FUZZ_RUNS for the long run.
const RUNS = Number(process.env.TANDEM_FUZZ_RUNS ?? 500);
const MUTATION_RUNS = Math.round(RUNS * 0.8);
// Each case imports into a real database file and checkpoints it: allow time in proportion.
const TIMEOUT_MS = 30_000 + RUNS * 100;

describe('the importer against mutated and random files', () => {
  const temp = makeTempDir();
  const dbFile = join(temp.dir, 'tandem.db');
  const db = openDatabase(dbFile);
  afterAll(() => {
    db.close();
    temp.cleanup();
  });
  // The file's bytes after a checkpoint: a refused import must leave them exactly as they were.
  const fingerprint = () => {
    db.pragma('wal_checkpoint(TRUNCATE)');
    return createHash('sha256').update(readFileSync(dbFile)).digest('hex');
  };
  const tryImport = (text: string) => {
    const before = fingerprint();
    try {
      importTandemText(db, text, { newId: randomId, now: () => new Date().toISOString() });
    } catch (error) {
      // Refused with the one-line reason the user sees, never a crash of another kind.
      expect(error, String(error)).toBeInstanceOf(TandemError);
      expect((error as Error).message).not.toMatch(/\n/);
      expect(fingerprint()).toBe(before);
    }
  };

  it('a structure-aware mutation of a real file is imported or refused in one line, and a refusal changes nothing', () => {
    fc.assert(
      fc.property(fc.constantFrom(...seeds), fc.array(fc.nat(), { minLength: 1, maxLength: 3 }), fc.array(mutation, { minLength: 1, maxLength: 3 }), (seed, picks, changes) => {
        tryImport(JSON.stringify(mutate(seed as Json, picks, changes)));
      }),
      { numRuns: MUTATION_RUNS },
    );
  }, TIMEOUT_MS);

  it('cut, spliced and random text is refused in one line and changes nothing', () => {
    const texts = seeds.map((seed) => JSON.stringify(seed));
    fc.assert(
      fc.property(fc.constantFrom(...texts), fc.nat(), fc.string(), (text, at, inserted) => {
        tryImport(text.slice(0, at % text.length) + inserted + text.slice(at % text.length));
        tryImport(text.slice(0, at % text.length));
      }),
      { numRuns: RUNS - MUTATION_RUNS },
    );
  }, TIMEOUT_MS);
});

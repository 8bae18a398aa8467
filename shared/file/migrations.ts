import { CURRENT_FORMAT_VERSION } from './format';
import { oneLine } from './oneLine';

export type JsonObject = { [key: string]: unknown };

/**
 * One step up the format's history. Each migration reads the whole file of version
 * `toVersion - 1` (envelope and body, as parsed JSON) and returns it as version `toVersion`.
 * It may mutate its argument: the loader owns the parsed value.
 */
export interface FormatMigration {
  readonly toVersion: number;
  /** What changed, in a few words; shown if the migration fails. */
  readonly description: string;
  readonly up: (file: JsonObject) => JsonObject;
}

/** Migrations in order: the first produces version 2, each next one goes up by exactly one. */
export interface MigrationSequence {
  readonly currentVersion: number;
  readonly migrations: readonly FormatMigration[];
}

/** Version 1 is the first; when version 2 exists its migration goes here. */
export const TANDEM_MIGRATIONS: MigrationSequence = {
  currentVersion: CURRENT_FORMAT_VERSION,
  migrations: [],
};

/** Throws when the sequence skips, repeats or stops short of a version: a programming error. */
export function checkMigrationSequence(sequence: MigrationSequence): void {
  sequence.migrations.forEach((m, i) => {
    if (m.toVersion !== i + 2) {
      throw new Error(`Migration ${i} produces format ${m.toVersion}; expected ${i + 2} (versions go up by exactly one)`);
    }
  });
  const reaches = sequence.migrations.length + 1;
  if (reaches !== sequence.currentVersion) {
    throw new Error(`Migrations reach format ${reaches}, but the current format is ${sequence.currentVersion}`);
  }
}

export type MigrationResult = { ok: true; file: JsonObject } | { ok: false; message: string };

/** Brings a file of `fromVersion` up to the sequence's current version, one version at a time. */
export function migrateFile(file: JsonObject, fromVersion: number, sequence: MigrationSequence): MigrationResult {
  checkMigrationSequence(sequence);
  let current = file;
  for (let version = fromVersion + 1; version <= sequence.currentVersion; version++) {
    const migration = sequence.migrations[version - 2]!;
    try {
      const next = migration.up(current);
      if (next === null || typeof next !== 'object' || Array.isArray(next)) throw new Error('it did not produce an object');
      current = { ...next, formatVersion: version };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return {
        ok: false,
        message: oneLine(`Could not upgrade the file from format ${version - 1} to ${version} (${migration.description}): ${reason}`),
      };
    }
  }
  return { ok: true, file: current };
}

import { describe, expect, it } from 'vitest';
import { envelope, samplePlaybook } from '../../test/node/support/samplePlaybook';
import { loadTandemFile } from './load';
import { checkMigrationSequence, migrateFile, TANDEM_MIGRATIONS, type FormatMigration, type JsonObject, type MigrationSequence } from './migrations';

// The real history has no migration yet, so these sequences stand in for later format versions.
const migration = (toVersion: number, up: FormatMigration['up'], description = `step to ${toVersion}`): FormatMigration => ({ toVersion, description, up });
/** Records its version in the file's "trail", so a test sees which migrations ran, in which order. */
const stamp = (toVersion: number) => migration(toVersion, (file) => ({ ...file, trail: [...((file.trail as number[] | undefined) ?? []), toVersion] }));
const chain: MigrationSequence = { currentVersion: 3, migrations: [stamp(2), stamp(3)] };

describe('checkMigrationSequence', () => {
  it('accepts the built-in history and a chain going up one version at a time', () => {
    expect(() => checkMigrationSequence(TANDEM_MIGRATIONS)).not.toThrow();
    expect(() => checkMigrationSequence(chain)).not.toThrow();
  });

  it.each([
    ['a first migration past version 2', { currentVersion: 2, migrations: [stamp(3)] }, 'Migration 0 produces format 3; expected 2 (versions go up by exactly one)'],
    ['a gap', { currentVersion: 3, migrations: [stamp(2), stamp(4)] }, 'Migration 1 produces format 4; expected 3 (versions go up by exactly one)'],
    ['a repeat', { currentVersion: 3, migrations: [stamp(2), stamp(2)] }, 'Migration 1 produces format 2; expected 3 (versions go up by exactly one)'],
    ['a history that stops short', { currentVersion: 3, migrations: [stamp(2)] }, 'Migrations reach format 2, but the current format is 3'],
    ['no migration for a version 2', { currentVersion: 2, migrations: [] }, 'Migrations reach format 1, but the current format is 2'],
    ['a history past the current version', { currentVersion: 1, migrations: [stamp(2)] }, 'Migrations reach format 2, but the current format is 1'],
  ])('refuses %s', (_name, sequence, message) => {
    expect(() => checkMigrationSequence(sequence)).toThrow(new Error(message));
    expect(() => migrateFile({}, 1, sequence)).toThrow(new Error(message));
  });
});

describe('migrateFile', () => {
  it('runs each migration after the file\'s version, in order, and stamps each new version', () => {
    expect(migrateFile({ name: 'a' }, 1, chain)).toEqual({ ok: true, file: { name: 'a', trail: [2, 3], formatVersion: 3 } });
    expect(migrateFile({ name: 'a', formatVersion: 2 }, 2, chain)).toEqual({ ok: true, file: { name: 'a', trail: [3], formatVersion: 3 } });
  });

  it('leaves a file of the current version as it is', () => {
    const file = { name: 'a', formatVersion: 3 };
    const result = migrateFile(file, 3, chain);
    expect(result).toEqual({ ok: true, file: { name: 'a', formatVersion: 3 } });
    expect(result.ok && result.file).toBe(file);
  });

  it('says which step failed and why when a migration throws', () => {
    const sequence: MigrationSequence = {
      currentVersion: 3,
      migrations: [
        stamp(2),
        migration(3, () => {
          throw new Error('no stage\nnamed "Close"');
        }, 'stages split by lane'),
      ],
    };
    expect(migrateFile({}, 1, sequence)).toEqual({
      ok: false,
      message: 'Could not upgrade the file from format 2 to 3 (stages split by lane): no stage named "Close"',
    });
  });

  it('reports a thrown value that is not an Error by its text', () => {
    const sequence: MigrationSequence = {
      currentVersion: 2,
      migrations: [
        migration(2, () => {
          throw 'lanes missing';
        }),
      ],
    };
    expect(migrateFile({}, 1, sequence)).toEqual({ ok: false, message: 'Could not upgrade the file from format 1 to 2 (step to 2): lanes missing' });
  });

  it.each([
    ['null', null],
    ['a number', 42],
    ['a text', 'file'],
    ['a list', []],
    ['nothing', undefined],
  ])('refuses a migration that returns %s', (_name, value) => {
    const sequence: MigrationSequence = { currentVersion: 2, migrations: [migration(2, () => value as unknown as JsonObject)] };
    expect(migrateFile({}, 1, sequence)).toEqual({
      ok: false,
      message: 'Could not upgrade the file from format 1 to 2 (step to 2): it did not produce an object',
    });
  });
});

describe('loading an older file', () => {
  // A pretend format 2 that renamed each step's "heading" to "title".
  const renameHeading = migration(
    2,
    (file) => {
      const steps = (file.playbook as { steps: Array<Record<string, unknown>> }).steps;
      for (const step of steps) {
        step.title = step.heading;
        delete step.heading;
      }
      return file;
    },
    'step headings become titles',
  );
  const formatTwo: MigrationSequence = { currentVersion: 2, migrations: [renameHeading] };
  const versionOne = () => {
    const doc = samplePlaybook() as unknown as { steps: Array<Record<string, unknown>> };
    for (const step of doc.steps) {
      step.heading = step.title;
      delete step.title;
    }
    return JSON.stringify(envelope(doc));
  };
  const load = (text: string, migrations?: MigrationSequence) => loadTandemFile(text, { byteLength: text.length, migrations });

  it('upgrades it before checking it, and says which version it was', () => {
    const result = load(versionOne(), formatTwo);
    expect(result).toMatchObject({ ok: true, fromVersion: 1, file: { formatVersion: 2, playbook: samplePlaybook() } });
  });

  it('loads a file of the current version without upgrading it', () => {
    const text = JSON.stringify(envelope(samplePlaybook(), { formatVersion: 2 }));
    expect(load(text, formatTwo)).toMatchObject({ ok: true, fromVersion: 2, file: { formatVersion: 2, playbook: samplePlaybook() } });
  });

  it('refuses it in one line when the upgrade fails', () => {
    const broken: MigrationSequence = {
      currentVersion: 2,
      migrations: [
        migration(2, () => {
          throw new Error('steps are missing');
        }, 'step headings become titles'),
      ],
    };
    expect(load(versionOne(), broken)).toEqual({
      ok: false,
      error: { code: 'invalid', message: 'Could not upgrade the file from format 1 to 2 (step headings become titles): steps are missing' },
    });
  });

  it('refuses a version past the newest it knows', () => {
    const text = JSON.stringify(envelope(samplePlaybook(), { formatVersion: 3 }));
    expect(load(text, formatTwo)).toEqual({
      ok: false,
      error: { code: 'newer-version', message: 'This file was made by a newer version of Tandem (format 3); this version reads up to 2.' },
    });
  });
});

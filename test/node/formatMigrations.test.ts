import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { envelope, samplePlaybook } from './support/samplePlaybook';
import { CURRENT_FORMAT_VERSION } from '../../shared/file/format';
import { loadTandemBytes, loadTandemFile } from '../../shared/file/load';
import { checkMigrationSequence, migrateFile, TANDEM_MIGRATIONS, type MigrationSequence } from '../../shared/file/migrations';
import { serializeTandemFile } from '../../shared/file/serialize';

const validDir = join(import.meta.dirname, '..', 'corpus', 'valid');

const load = (value: unknown, migrations?: MigrationSequence) => {
  const text = JSON.stringify(value);
  return loadTandemFile(text, { byteLength: text.length, migrations });
};

/**
 * A pretend history: format 1 called the playbook's motion "segment", format 2 renamed it.
 * The current schema plays the part of format 2.
 */
const renameSegment: MigrationSequence = {
  currentVersion: 2,
  migrations: [
    {
      toVersion: 2,
      description: 'playbook.segment became playbook.motion',
      up: (file) => {
        const body = file.playbook as { playbook: Record<string, unknown> };
        const { segment, ...meta } = body.playbook;
        if (typeof segment !== 'string') throw new Error('playbook.playbook.segment is missing');
        body.playbook = { ...meta, motion: segment };
        return file;
      },
    },
  ],
};

function formatOneFile() {
  const doc = samplePlaybook();
  const { motion, ...meta } = doc.playbook;
  return envelope({ ...doc, playbook: { ...meta, segment: motion } });
}

describe('format migrations', () => {
  it('the built-in sequence is well formed and reaches the version this build writes', () => {
    expect(() => checkMigrationSequence(TANDEM_MIGRATIONS)).not.toThrow();
    expect(TANDEM_MIGRATIONS.currentVersion).toBe(CURRENT_FORMAT_VERSION);
    const written = JSON.parse(serializeTandemFile(samplePlaybook(), { now: '2025-02-01T10:00:00.000Z', appVersion: '0.1.0' }));
    expect(written.formatVersion).toBe(TANDEM_MIGRATIONS.currentVersion);
  });

  // Checked-in files are never regenerated (test/corpus/README.md): one of every version that has
  // existed must load through the built-in migrations, so a new version cannot ship without its way up.
  it('every format version that has existed has a checked-in file that loads through the built-in migrations', () => {
    const fromVersions = new Set<number>();
    for (const name of readdirSync(validDir).filter((f) => f.endsWith('.tandem'))) {
      const bytes = readFileSync(join(validDir, name));
      const result = loadTandemBytes(bytes);
      if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
      expect(result.file.formatVersion, name).toBe(CURRENT_FORMAT_VERSION);
      expect(result.fromVersion, name).toBe(JSON.parse(bytes.toString('utf8')).formatVersion);
      fromVersions.add(result.fromVersion);
    }
    expect([...fromVersions].sort()).toEqual(Array.from({ length: CURRENT_FORMAT_VERSION }, (_, i) => i + 1));
  });

  it('migrates an older file up, one version at a time, before validating', () => {
    const result = load(formatOneFile(), renameSegment);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.fromVersion).toBe(1);
    expect(result.file.formatVersion).toBe(2);
    expect(result.file.playbook).toEqual(samplePlaybook());
  });

  it('does not migrate a file already at the current version', () => {
    const result = load(envelope(samplePlaybook(), { formatVersion: 2 }), renameSegment);
    expect(result.ok && result.fromVersion).toBe(2);
  });

  it('without the migration, the old shape is refused by the schema', () => {
    const result = load(formatOneFile());
    expect(!result.ok && result.error.code).toBe('invalid');
  });

  it('refuses a file newer than the longer history', () => {
    const result = load(envelope(samplePlaybook(), { formatVersion: 3 }), renameSegment);
    expect(!result.ok && result.error.message).toBe(
      'This file was made by a newer version of Tandem (format 3); this version reads up to 2.',
    );
  });

  it('turns a failing migration into a one-line error', () => {
    const file = formatOneFile();
    delete ((file.playbook as { playbook: Record<string, unknown> }).playbook as Record<string, unknown>).segment;
    const result = load(file, renameSegment);
    expect(!result.ok && result.error).toEqual({
      code: 'invalid',
      message:
        'Could not upgrade the file from format 1 to 2 (playbook.segment became playbook.motion): playbook.playbook.segment is missing',
    });
  });

  it('runs each migration in order and stamps the version it produced', () => {
    const seen: number[] = [];
    const step = (toVersion: number) => ({
      toVersion,
      description: `to ${toVersion}`,
      up: (file: Record<string, unknown>) => {
        seen.push(file.formatVersion as number);
        return file;
      },
    });
    const result = migrateFile({ formatVersion: 2 }, 2, { currentVersion: 4, migrations: [step(2), step(3), step(4)] });
    expect(seen).toEqual([2, 3]);
    expect(result).toEqual({ ok: true, file: { formatVersion: 4 } });
  });

  it('rejects a history whose versions skip or stop short', () => {
    const noop = (toVersion: number) => ({ toVersion, description: '', up: (f: Record<string, unknown>) => f });
    expect(() => checkMigrationSequence({ currentVersion: 3, migrations: [noop(2), noop(4)] })).toThrow(/expected 3/);
    expect(() => checkMigrationSequence({ currentVersion: 3, migrations: [noop(2)] })).toThrow(/reach format 2/);
  });
});

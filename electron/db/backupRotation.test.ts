import { describe, expect, it } from 'vitest';
import { backupName } from './backupFiles';
import { backupsToDelete, type DatedBackup } from './backupRotation';

const at = (iso: string) => new Date(iso);
const auto = (iso: string): DatedBackup => ({ name: backupName('auto', at(iso)), kind: 'auto', createdAt: at(iso) });
const aside = (iso: string): DatedBackup => ({ name: backupName('before-restore', at(iso)), kind: 'before-restore', createdAt: at(iso) });
const kept = (all: DatedBackup[], now: string) => {
  const doomed = new Set(backupsToDelete(all, at(now)));
  return all.filter((b) => !doomed.has(b.name)).map((b) => b.createdAt.toISOString()).sort();
};

describe('which backups rotation keeps', () => {
  it('keeps the newest 3 of today and the newest of each of the 7 earlier days, 10 in all', () => {
    const today = ['2026-12-10T08:00:00.000Z', '2026-12-10T09:00:00.000Z', '2026-12-10T10:00:00.000Z', '2026-12-10T11:00:00.000Z'];
    const earlier = Array.from({ length: 9 }, (_, i) => [`2026-12-0${9 - i}T09:00:00.000Z`, `2026-12-0${9 - i}T17:00:00.000Z`]).flat();
    const result = kept([...today, ...earlier].map(auto), '2026-12-10T12:00:00.000Z');
    expect(result).toEqual([
      ...['03', '04', '05', '06', '07', '08', '09'].map((d) => `2026-12-${d}T17:00:00.000Z`),
      '2026-12-10T09:00:00.000Z',
      '2026-12-10T10:00:00.000Z',
      '2026-12-10T11:00:00.000Z',
    ]);
    expect(result).toHaveLength(10);
  });

  it('does not age out every backup after a long time away: the 7 most recent days that have one stay', () => {
    const old = ['2026-09-01T10:00:00.000Z', '2026-09-02T10:00:00.000Z', '2026-09-03T10:00:00.000Z'].map(auto);
    expect(kept(old, '2026-12-10T12:00:00.000Z')).toHaveLength(3);
  });

  it('keeps the 3 newest copies taken before a restore, apart from the automatic ones', () => {
    const asides = ['2026-12-10T08:00:00.000Z', '2026-12-10T09:00:00.000Z', '2026-12-10T10:00:00.000Z', '2026-12-10T11:00:00.000Z'].map(aside);
    const result = kept([...asides, auto('2026-12-10T07:00:00.000Z')], '2026-12-10T12:00:00.000Z');
    expect(result).toEqual(['2026-12-10T07:00:00.000Z', '2026-12-10T09:00:00.000Z', '2026-12-10T10:00:00.000Z', '2026-12-10T11:00:00.000Z']);
  });
});

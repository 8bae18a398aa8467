import type { BackupKind } from './backupFiles';

export interface DatedBackup {
  name: string;
  kind: BackupKind;
  createdAt: Date;
}

export const ROTATION = { today: 3, days: 7, max: 10, beforeRestore: 3 } as const;

/** The calendar day on this machine's clock: "today" is the user's today, not UTC's. */
const dayOf = (date: Date) => `${date.getFullYear()}-${date.getMonth()}-${date.getDate()}`;

/**
 * Which backups to delete: automatic ones keep the newest 3 from today and the newest of each of
 * the 7 most recent earlier days that have one (days with backups, not calendar days, so a month
 * away from the app does not age every backup out), 10 at most. Copies kept before a restore are
 * the undo of that restore: the newest 3 stay.
 */
export function backupsToDelete(backups: readonly DatedBackup[], now: Date): string[] {
  const newestFirst = [...backups].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  const keep = new Set<string>();
  const today = dayOf(now);
  const auto = newestFirst.filter((b) => b.kind === 'auto');
  for (const backup of auto.filter((b) => dayOf(b.createdAt) === today).slice(0, ROTATION.today)) keep.add(backup.name);
  const daysSeen = new Set<string>();
  for (const backup of auto) {
    const day = dayOf(backup.createdAt);
    if (day === today || daysSeen.has(day) || daysSeen.size >= ROTATION.days) continue;
    daysSeen.add(day);
    keep.add(backup.name);
  }
  const keptAuto = auto.filter((b) => keep.has(b.name)).slice(0, ROTATION.max);
  const keptAside = newestFirst.filter((b) => b.kind === 'before-restore').slice(0, ROTATION.beforeRestore);
  const survivors = new Set([...keptAuto, ...keptAside].map((b) => b.name));
  return newestFirst.filter((b) => !survivors.has(b.name)).map((b) => b.name);
}

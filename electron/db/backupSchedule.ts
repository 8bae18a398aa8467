import type { BackupInfo } from '../../shared/api/backupOps';
import { rotateBackups, writeBackup } from './backup';
import type { Db } from './database';

export const BACKUP_EVERY_MS = 15 * 60_000;

export interface BackupSchedule {
  /** Takes a backup if anything was written since the last one (or since opening); resolves with it, or null when there was nothing new. */
  backUpIfChanged: () => Promise<BackupInfo | null>;
  stop: () => void;
}

/**
 * Backs up every 15 minutes while there are changes, and on demand (the app and the harness call
 * backUpIfChanged on quit). A failure is reported and retried at the next tick; it never stops the
 * app, whose own data is untouched by a backup going wrong.
 */
export function scheduleBackups(
  db: Db,
  options: {
    everyMs?: number;
    now?: () => Date;
    nativeBinding?: string;
    onError?: (error: unknown) => void;
    /** Runs after each backup is written, checked and rotated (the app copies it to the user's second backup folder). */
    onBackup?: (info: BackupInfo) => void;
  } = {},
): BackupSchedule {
  const now = options.now ?? (() => new Date());
  // This connection's writes count in total_changes(); data_version moves when another
  // connection (the import worker) commits. Together they change whenever the data does.
  const totalChanges = db.prepare('SELECT total_changes()').pluck();
  const marker = () => `${String(totalChanges.get())}:${String(db.pragma('data_version', { simple: true }))}`;
  let backedUp = marker();
  let running: Promise<BackupInfo | null> | undefined;

  const backUpIfChanged = (): Promise<BackupInfo | null> => {
    // One at a time: a tick during the quit backup waits for it rather than copying twice.
    if (running) return running.then(() => backUpIfChanged());
    const current = marker();
    if (current === backedUp) return Promise.resolve(null);
    running = (async () => {
      try {
        const at = now();
        const info = await writeBackup(db, 'auto', at, options);
        // Writes made while the copy ran are not in it: they change the marker again.
        backedUp = current;
        rotateBackups(db.name, at);
        try {
          options.onBackup?.(info);
        } catch (error) {
          // The backup itself is safe in backups/; a failed extra copy is reported, never thrown.
          options.onError?.(error);
        }
        return info;
      } finally {
        running = undefined;
      }
    })();
    return running;
  };

  const timer = setInterval(() => {
    backUpIfChanged().catch((error: unknown) => options.onError?.(error));
  }, options.everyMs ?? BACKUP_EVERY_MS);
  // The schedule never keeps a process alive on its own.
  timer.unref();
  return { backUpIfChanged, stop: () => clearInterval(timer) };
}

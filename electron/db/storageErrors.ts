/**
 * The one line a user reads when the disk, not the data, refused a write. SQLite rolled the
 * transaction back, so nothing of the edit was kept and everything saved before is as it was.
 */
export function describeStorageError(error: unknown): string | null {
  const code = String((error as { code?: unknown } | null)?.code ?? '');
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return 'The disk is full: this change was not saved. Free some space and try again; what was saved before is safe.';
  if (/^SQLITE_(READONLY|CANTOPEN|PERM|AUTH)/.test(code) || code === 'EROFS' || code === 'EACCES' || code === 'EPERM') {
    return 'Tandem’s data folder cannot be written to (it is read-only or not permitted): this change was not saved; what was saved before is safe.';
  }
  if (code.startsWith('SQLITE_IOERR')) return 'The disk reported an error while saving: this change was not saved; what was saved before is safe.';
  return null;
}

import Database from 'better-sqlite3';
import { TandemError } from '../../shared/api/errors';
import { stampIdentity } from './databaseIdentity';
import { MIGRATIONS, type Migration } from './migrations';

export type Db = Database.Database;

export interface OpenOptions {
  /** Where the native module lives when the app runs under Electron (a different ABI than Node's). */
  nativeBinding?: string;
  migrations?: readonly Migration[];
  /** Refuse to create the file: a second connection (the import worker) must never make an empty database where the app's was moved aside. */
  mustExist?: boolean;
}

/** Opens (creating if needed) the database file and brings its schema up to date. */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const db = new Database(file, { ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}), fileMustExist: options.mustExist ?? false });
  try {
    // WAL keeps readers unblocked and survives crashes; NORMAL is durable enough with WAL and much faster.
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, options.migrations ?? MIGRATIONS);
    stampIdentity(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Applies the migrations this database lacks, each in its own transaction. A database that has
 * applied a migration this version does not know was written by a newer Tandem: it is refused and
 * left exactly as it is, because altering it could lose data that version relies on.
 */
export function migrate(db: Db, migrations: readonly Migration[]): void {
  db.exec(`CREATE TABLE IF NOT EXISTS migrations (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`);
  const applied = db.prepare('SELECT id, name FROM migrations ORDER BY id').all() as Array<{ id: number; name: string }>;
  const known = new Map(migrations.map((m) => [m.id, m]));
  const newest = migrations.at(-1)?.id ?? 0;
  for (const row of applied) {
    if (row.id > newest) {
      throw new TandemError(
        'conflict',
        `This database was written by a newer version of Tandem (schema ${applied.at(-1)!.id}); this version knows up to ${newest}. Update Tandem to open it.`,
      );
    }
    if (known.get(row.id)?.name !== row.name) {
      throw new TandemError('conflict', `This database's history does not match this version of Tandem (migration ${row.id} "${row.name}").`);
    }
  }
  const done = new Set(applied.map((r) => r.id));
  const record = db.prepare('INSERT INTO migrations (id, name, applied_at) VALUES (?, ?, ?)');
  for (const migration of migrations) {
    if (done.has(migration.id)) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      record.run(migration.id, migration.name, new Date().toISOString());
    })();
  }
}

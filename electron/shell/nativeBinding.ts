import { app } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * better-sqlite3 is a native module and Electron has its own ABI. `npm start` builds an Electron copy
 * under .native/ so node_modules keeps the Node build the tests use; a packaged app carries its copy
 * unpacked beside app.asar (a native module cannot load from inside the archive). Returns
 * undefined to fall back to the module's own lookup.
 */
export function electronNativeBinding(): string | undefined {
  const candidates = app.isPackaged
    ? [join(process.resourcesPath, 'app.asar.unpacked', 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node')]
    : [join(app.getAppPath(), '.native', `electron-${process.versions.electron}`, 'better_sqlite3.node')];
  return candidates.find((file) => existsSync(file));
}

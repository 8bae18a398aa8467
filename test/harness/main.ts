import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { LaunchFile } from '../../shared/api/contract';
import { createDispatch } from '../../electron/api/dispatch';
import { lockDataFolder } from '../../electron/db/dataLock';
import { scheduleBackups, type BackupSchedule } from '../../electron/db/backupSchedule';
import { copyToSecondBackupFolder } from '../../electron/db/backupCopy';
import { openDataFolder } from '../../electron/service/recoverableService';
import { createPlaybookService } from '../../electron/service/playbookService';
import { createImportRunner } from '../../electron/work/importRunner';
import { createPortfolioRunner } from '../../electron/work/portfolioRunner';
import { createHarnessServer } from './server';

// npm run harness -- --port <N> --data <DIR> [--open <FILE>] [--save-to <DIR>] [--pick-folder <DIR>]
// --pick-folder stands in for the system's folder picker: "Review a folder…" gets that folder.
const { values } = parseArgs({
  options: { port: { type: 'string' }, data: { type: 'string' }, open: { type: 'string' }, 'save-to': { type: 'string' }, 'pick-folder': { type: 'string' } },
});
const port = Number(values.port ?? '0');
if (!Number.isInteger(port) || port < 0 || port > 65535 || !values.data) {
  console.error('usage: npm run harness -- --port <N> --data <DIR> [--open <FILE>] [--save-to <DIR>] [--pick-folder <DIR>]');
  process.exit(2);
}

const here = dirname(fileURLToPath(import.meta.url));
const dataDir = resolve(values.data);
mkdirSync(dataDir, { recursive: true });
const dbFile = join(dataDir, 'tandem.db');
// One writer per data folder: a second harness on the same --data says so in one line and exits.
// Held for the life of the process (and released by the system when it dies).
const dataLock = (() => {
  try {
    return lockDataFolder(dataDir);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
})();
// Imports run on a worker thread with its own connection, as in the app.
const imports = createImportRunner({ workerFile: join(here, 'importWorker.mjs'), dbFile });
const reviews = createPortfolioRunner({ workerFile: join(here, 'portfolioWorker.mjs'), dbFile });
const pickedFolder = values['pick-folder'] ? resolve(values['pick-folder']) : null;
const launchFiles: LaunchFile[] = [];
// --save-to stands in for the app's Save dialog: exports go through the same save path as in the
// app, each answered with that folder and the proposed name. Without it the page downloads files.
const saveTo = values['save-to'] ? resolve(values['save-to']) : undefined;
const chooseSavePath = async (fileName: string) => join(saveTo!, fileName);
// The app's backup schedule, so tests and the page see the same backups the app keeps.
let backups: BackupSchedule | undefined;
// A damaged database is kept aside and the page shows the recovery screen, as in the app.
const folder = openDataFolder({
  dbFile,
  onOpen: (db) => {
    backups = scheduleBackups(db, { onError: (error) => console.error(error instanceof Error ? error.message : String(error)), onBackup: copyToSecondBackupFolder(db) });
    // No browser to hand links to here: the harness reports them, so tests can see what would open.
    return createPlaybookService(db, {
      launchFiles,
      openExternal: (url) => console.log(`open-external ${url}`),
      imports,
      reviews,
      // No system dialog here: the folder given with --pick-folder is what the user "picks" (none: they cancel).
      chooseFolder: async () => pickedFolder,
      ...(saveTo ? { chooseSavePath } : {}),
    });
  },
});
// --open imports the file now, as the app does with a file it is started with; the page then opens it.
if (values.open && folder.db()) {
  const launchFile = await imports.importFile(resolve(values.open));
  if (launchFile.error) console.error(launchFile.error);
  launchFiles.push(launchFile);
}
const service = folder.handlers;
const dispatch = createDispatch(service, (e) => console.error(e));

const server = createHarnessServer({
  rendererDir: resolve(here, '..', 'renderer'),
  bridgeFile: join(here, 'bridge.js'),
  dispatch,
});
server.listen(port, '127.0.0.1', () => {
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  console.log(`ready http://127.0.0.1:${actual}/`);
});

const stop = () => {
  server.close(() => {
    void Promise.all([imports.close(), reviews.close()])
      // Backed up on the way out, as the app does on quit.
      .then(() => backups?.backUpIfChanged())
      .catch((error: unknown) => console.error(error instanceof Error ? error.message : String(error)))
      .then(() => {
        folder.db()?.close();
        dataLock.release();
        process.exit(0);
      });
  });
  server.closeAllConnections();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

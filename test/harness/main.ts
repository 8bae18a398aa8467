import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createDispatch } from '../../electron/api/dispatch';
import { openDatabase } from '../../electron/db/database';
import { importLaunchFile } from '../../electron/files/launchFile';
import { createPlaybookService } from '../../electron/service/playbookService';
import { createHarnessServer } from './server';

// npm run harness -- --port <N> --data <DIR> [--open <FILE>]
const { values } = parseArgs({
  options: { port: { type: 'string' }, data: { type: 'string' }, open: { type: 'string' } },
});
const port = Number(values.port ?? '0');
if (!Number.isInteger(port) || port < 0 || port > 65535 || !values.data) {
  console.error('usage: npm run harness -- --port <N> --data <DIR> [--open <FILE>]');
  process.exit(2);
}

const here = dirname(fileURLToPath(import.meta.url));
const dataDir = resolve(values.data);
mkdirSync(dataDir, { recursive: true });
const db = openDatabase(join(dataDir, 'tandem.db'));
// --open imports the file now, as the app does with a file it is started with; the page then opens it.
const launchFile = values.open ? importLaunchFile(db, resolve(values.open)) : undefined;
if (launchFile?.error) console.error(launchFile.error);
// No browser to hand links to here: the harness reports them, so tests can see what would open.
const service = createPlaybookService(db, { launchFiles: launchFile ? [launchFile] : [], openExternal: (url) => console.log(`open-external ${url}`) });
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
    db.close();
    process.exit(0);
  });
  server.closeAllConnections();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

import { app, BrowserWindow, dialog, ipcMain, Menu, protocol } from 'electron';
import { join, resolve } from 'node:path';
import { MENU_CHANNEL, type LaunchFile } from '../../shared/api/contract';
import { createDispatch } from '../api/dispatch';
import { lockDataFolder, type DataLock } from '../db/dataLock';
import { scheduleBackups, type BackupSchedule } from '../db/backupSchedule';
import { findTandemArgument } from '../files/launchFile';
import { createPlaybookService } from '../service/playbookService';
import { openDataFolder, type DataFolder } from '../service/recoverableService';
import { createImportRunner } from '../work/importRunner';
import { createPortfolioRunner } from '../work/portfolioRunner';
import { handleAppProtocol, registerAppScheme } from './appProtocol';
import { chooseFolder } from './chooseFolder';
import { confirmAndOpenExternal } from './externalLink';
import { registerIpc } from './ipc';
import { chooseSavePath } from './saveDialog';
import { buildMenu } from './menu';
import { electronNativeBinding } from './nativeBinding';
import { hardenApp } from './security';
import { createMainWindow, isAppFrame, rendererDir, type WindowStateStore } from './window';
import { copyToSecondBackupFolder } from '../db/backupCopy';
import { clearRecentItems, listRecentItems, readWindowState, writeWindowState } from '../db/desktopState';

// The page's own scheme must be declared before the app is ready (Electron refuses it later).
registerAppScheme(protocol);

// One instance owns the database; a second launch hands its file to the first and ends.
if (!app.requestSingleInstanceLock()) app.exit(0);

// Files opened while the app runs (a second launch with a path, or macOS's open-file) are imported
// here and the page is told to show them; files before the window exists wait in the same queue.
const launchFiles: LaunchFile[] = [];
let openDb: ((path: string) => void) | undefined;
const pendingPaths: string[] = [];

const openFile = (path: string) => (openDb ? openDb(path) : pendingPaths.push(path));

app.on('second-instance', (_event, argv, workingDirectory) => {
  const win = BrowserWindow.getAllWindows()[0];
  if (win) {
    if (win.isMinimized()) win.restore();
    win.focus();
  }
  const path = findTandemArgument(argv);
  if (path) openFile(resolve(workingDirectory, path));
});

app.on('open-file', (event, path) => {
  event.preventDefault();
  openFile(path);
});

app.whenReady().then(() => {
  hardenApp();
  handleAppProtocol(protocol, rendererDir());
  let folder: DataFolder;
  let dataLock: DataLock;
  let backups: BackupSchedule | undefined;
  const dbFile = join(app.getPath('userData'), 'tandem.db');
  const nativeBinding = electronNativeBinding();
  // Imports (a file can take seconds) run on a worker thread with its own connection, so the
  // window and the menus stay responsive meanwhile.
  const imports = createImportRunner({ workerFile: join(__dirname, 'importWorker.cjs'), dbFile, nativeBinding });
  // Portfolio reviews (thousands of plan files) likewise run on a worker with a connection of their own.
  const reviews = createPortfolioRunner({ workerFile: join(__dirname, 'portfolioWorker.cjs'), dbFile, nativeBinding });
  try {
    // The single-instance lock is per user session; this one also holds against a copy of Tandem
    // started another way (another session, a second install) on the same folder.
    dataLock = lockDataFolder(app.getPath('userData'), { nativeBinding });
    // A damaged database is kept aside and the window shows the recovery screen instead.
    folder = openDataFolder({
      dbFile,
      nativeBinding,
      onOpen: (db) => {
        backups = scheduleBackups(db, {
          nativeBinding,
          onError: (e) => console.error(e),
          // A second copy in the folder the user chose in Preferences (another disk, say).
          onBackup: copyToSecondBackupFolder(db),
        });
        return createPlaybookService(db, { launchFiles, openExternal: confirmAndOpenExternal, chooseSavePath, imports, reviews, chooseFolder, nativeBinding, onRecentChanged: () => refreshMenu() });
      },
    });
  } catch (error) {
    dialog.showErrorBox('Tandem cannot open its data', error instanceof Error ? error.message : String(error));
    app.exit(1);
    return;
  }
  // The window's place is kept in the database, so it is there on the next start.
  const windowState: WindowStateStore = {
    read: () => {
      const db = folder.db();
      return db ? readWindowState(db) : null;
    },
    write: (state) => {
      const db = folder.db();
      if (db) writeWindowState(db, state);
    },
  };
  const openWindow = () => createMainWindow(windowState);
  /** Queues a playbook or plan for the page to open (it asks with takeLaunchFile), opening a window if there is none. */
  const showInWindow = (file: LaunchFile, openIfNone: boolean) => {
    launchFiles.push(file);
    const win = BrowserWindow.getAllWindows()[0];
    // A new window asks for waiting files when it loads; an open one is told.
    if (win) win.webContents.send(MENU_CHANNEL, 'open-launch-file');
    else if (openIfNone) openWindow();
  };
  // File → Open Recent lists what the page reports opening; the menu is rebuilt when that changes.
  function refreshMenu() {
    const db = folder?.db();
    const items = db ? listRecentItems(db) : [];
    Menu.setApplicationMenu(
      buildMenu({
        items,
        open: (item) => showInWindow({ playbookId: item.kind === 'playbook' ? item.id : null, planId: item.kind === 'plan' ? item.id : null, error: null }, true),
        clear: () => {
          const current = folder.db();
          if (current) clearRecentItems(current);
          app.clearRecentDocuments();
          refreshMenu();
        },
      }),
    );
  }
  const imported = (path: string, openWindow: boolean) =>
    (folder.db() ? imports.importFile(path) : Promise.reject(new Error(`${path} was not opened: Tandem’s data is damaged; recover it first.`)))
      .catch((error: unknown): LaunchFile => ({ playbookId: null, planId: null, error: error instanceof Error ? error.message : String(error) }))
      .then((file) => {
        // The operating system's recent documents (Dock, taskbar jump list, recent files) list it.
        if (!file.error) app.addRecentDocument(path);
        showInWindow(file, openWindow);
      });
  openDb = (path) => void imported(path, true);
  const launchPath = findTandemArgument(process.argv);
  for (const path of launchPath ? [launchPath, ...pendingPaths] : pendingPaths) void imported(path, false);
  // Quitting waits for the last backup; the second before-quit (from app.quit below) goes through.
  let backedUpOnQuit = false;
  app.on('before-quit', (event) => {
    if (backedUpOnQuit || !backups) return;
    event.preventDefault();
    backups.stop();
    void backups
      .backUpIfChanged()
      .catch((e: unknown) => console.error(e))
      .finally(() => {
        backedUpOnQuit = true;
        app.quit();
      });
  });
  registerIpc(ipcMain, createDispatch(folder.handlers, (e) => console.error(e)), isAppFrame);
  refreshMenu();
  openWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow();
  });
  app.on('will-quit', () => {
    void imports.close();
    void reviews.close();
    folder.db()?.close();
    dataLock.release();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

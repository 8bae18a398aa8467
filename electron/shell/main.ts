import { app, BrowserWindow, dialog, ipcMain, Menu, shell } from 'electron';
import { join } from 'node:path';
import { createDispatch } from '../api/dispatch';
import { openDatabase } from '../db/database';
import { findTandemArgument, importLaunchFile } from '../files/launchFile';
import { createPlaybookService } from '../service/playbookService';
import { registerIpc } from './ipc';
import { buildMenu } from './menu';
import { electronNativeBinding } from './nativeBinding';
import { hardenApp } from './security';
import { createMainWindow, isAppFrame } from './window';

// One instance owns the database; a second launch focuses the first window instead.
if (!app.requestSingleInstanceLock()) app.quit();

app.on('second-instance', () => {
  const win = BrowserWindow.getAllWindows()[0];
  if (win) {
    if (win.isMinimized()) win.restore();
    win.focus();
  }
});

app.whenReady().then(() => {
  hardenApp();
  let db;
  try {
    db = openDatabase(join(app.getPath('userData'), 'tandem.db'), { nativeBinding: electronNativeBinding() });
  } catch (error) {
    dialog.showErrorBox('Tandem cannot open its data', error instanceof Error ? error.message : String(error));
    app.exit(1);
    return;
  }
  const launchPath = findTandemArgument(process.argv);
  const launchFile = launchPath ? importLaunchFile(db, launchPath) : undefined;
  registerIpc(ipcMain, createDispatch(createPlaybookService(db, { launchFile, openExternal: (url) => shell.openExternal(url) }), (e) => console.error(e)), isAppFrame);
  Menu.setApplicationMenu(buildMenu());
  createMainWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow();
  });
  app.on('will-quit', () => db.close());
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

import { BrowserWindow, type WebFrameMain } from 'electron';
import { join } from 'node:path';
import { MENU_CHANNEL } from '../../shared/api/contract';
import { APP_INDEX_URL } from './appProtocol';

/** The built renderer, served on app://tandem/ (appProtocol.ts). */
export const rendererDir = () => join(__dirname, '..', 'renderer');

export function createMainWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1400,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    title: 'Tandem',
    show: false,
    webPreferences: {
      preload: join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      // Chromium's spellchecker downloads dictionaries; Tandem makes no network request.
      spellcheck: false,
      // A middle click on a link is its own event that would ask for a new window; the page has no use for it.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  win.once('ready-to-show', () => win.show());
  // Closing waits for the page to save what is still in flight (or typed in a field), then closes;
  // a page that cannot answer within a few seconds does not keep the window open.
  let pageAgreed = false;
  win.on('close', (event) => {
    if (pageAgreed || win.webContents.isCrashed()) return;
    event.preventDefault();
    pageAgreed = true;
    win.webContents.send(MENU_CHANNEL, 'prepare-close');
    setTimeout(() => !win.isDestroyed() && win.destroy(), 5_000);
  });
  void win.loadURL(APP_INDEX_URL);
  return win;
}

/** Only Tandem's own page may call the API. */
export function isAppFrame(frame: WebFrameMain | null): boolean {
  // The top frame only: Tandem has no iframes, and frame-src 'none' keeps it so.
  if (!frame || frame.parent !== null) return false;
  return frame.url === APP_INDEX_URL || frame.url.startsWith(`${APP_INDEX_URL}#`) || frame.url.startsWith(`${APP_INDEX_URL}?`);
}

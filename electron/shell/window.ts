import { BrowserWindow, screen, type WebFrameMain } from 'electron';
import { join } from 'node:path';
import { MENU_CHANNEL } from '../../shared/api/contract';
import { placeWindow, type WindowState } from '../../shared/desktop/windowPlacement';
import { APP_INDEX_URL } from './appProtocol';

const SIZE = { width: 1400, height: 900, minWidth: 900, minHeight: 600 };

/** Where the window's place is kept between runs (the database); absent while the data is damaged. */
export interface WindowStateStore {
  read: () => unknown;
  write: (state: WindowState) => void;
}

/** The built renderer, served on app://tandem/ (appProtocol.ts). */
export const rendererDir = () => join(__dirname, '..', 'renderer');

export function createMainWindow(store?: WindowStateStore): BrowserWindow {
  // The saved place, if it is still on one of the screens; otherwise centred on the main one.
  const placement = placeWindow(store?.read() ?? null, screen.getAllDisplays().map((display) => display.workArea), SIZE);
  const win = new BrowserWindow({
    ...SIZE,
    ...(placement.bounds ?? {}),
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
  if (placement.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  if (store) rememberPlace(win, store);
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

/** Saves the window's normal bounds and maximised state a moment after each change, and on close. */
function rememberPlace(win: BrowserWindow, store: WindowStateStore): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    clearTimeout(timer);
    if (win.isDestroyed()) return;
    try {
      store.write({ ...win.getNormalBounds(), maximized: win.isMaximized() });
    } catch (error) {
      // A full disk must not keep the window from moving or closing.
      console.error(error);
    }
  };
  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(save, 500);
  };
  for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const) win.on(event as 'resize', soon);
  win.on('close', save);
}

/** Only Tandem's own page may call the API. */
export function isAppFrame(frame: WebFrameMain | null): boolean {
  // The top frame only: Tandem has no iframes, and frame-src 'none' keeps it so.
  if (!frame || frame.parent !== null) return false;
  return frame.url === APP_INDEX_URL || frame.url.startsWith(`${APP_INDEX_URL}#`) || frame.url.startsWith(`${APP_INDEX_URL}?`);
}

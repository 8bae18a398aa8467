import { BrowserWindow, type WebFrameMain } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const rendererIndex = () => join(__dirname, '..', 'renderer', 'index.html');

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
      spellcheck: true,
    },
  });
  win.once('ready-to-show', () => win.show());
  void win.loadFile(rendererIndex());
  return win;
}

/** Only Tandem's own page may call the API. */
export function isAppFrame(frame: WebFrameMain | null): boolean {
  if (!frame) return false;
  return frame.url === pathToFileURL(rendererIndex()).href || frame.url.startsWith(pathToFileURL(rendererIndex()).href + '#');
}

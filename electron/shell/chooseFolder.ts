import { BrowserWindow, dialog, type OpenDialogOptions } from 'electron';

/**
 * The system's folder picker, for "Review a folder…" in the portfolio review. The page never
 * names a folder itself: only one the user picked here can be read (see portfolioService).
 */
export async function chooseFolder(): Promise<string | null> {
  const parent = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  const options: OpenDialogOptions = { title: 'Review a folder of deal plans', buttonLabel: 'Review', properties: ['openDirectory'] };
  const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

import { app, BrowserWindow, dialog, type SaveDialogOptions } from 'electron';
import { extname, join } from 'node:path';

/**
 * The native Save dialog for an export, starting in Documents with the proposed name and a filter
 * for its kind of file. Answers undefined when the user cancels.
 */
export async function chooseSavePath(fileName: string): Promise<string | undefined> {
  const extension = extname(fileName).slice(1);
  const options: SaveDialogOptions = {
    title: 'Save',
    defaultPath: join(app.getPath('documents'), fileName),
    filters: extension ? [{ name: `${extension.toUpperCase()} file`, extensions: [extension] }] : [],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const parent = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  const { canceled, filePath } = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  return canceled || !filePath ? undefined : filePath;
}

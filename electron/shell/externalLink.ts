import { BrowserWindow, dialog, shell, type MessageBoxOptions } from 'electron';

/**
 * Opens an http(s) URL the service has already checked, but only once the user agrees in a native
 * dialog naming the host it really goes to (in punycode, so look-alike letters show). The page
 * asks too, yet a page that misbehaved could skip its own question; it cannot draw or click this
 * one. Cancelling opens nothing and is not an error.
 */
export async function confirmAndOpenExternal(url: string): Promise<void> {
  const options: MessageBoxOptions = {
    type: 'question',
    title: 'Open link',
    message: `Open a page on ${new URL(url).host} in your browser?`,
    detail: url,
    buttons: ['Open in browser', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  };
  const parent = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  const { response } = parent ? await dialog.showMessageBox(parent, options) : await dialog.showMessageBox(options);
  if (response === 0) await shell.openExternal(url);
}

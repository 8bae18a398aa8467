import { BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron';
import { MENU_CHANNEL, type MenuCommand } from '../../shared/api/contract';
import type { RecentItem } from '../../shared/api/preferencesOps';

const send = (command: MenuCommand) => () => BrowserWindow.getFocusedWindow()?.webContents.send(MENU_CHANNEL, command);

const EXPORTS: Array<[MenuCommand, string]> = [
  ['export:tandem', 'Tandem file (.tandem)…'],
  ['export:html', 'HTML review document…'],
  ['export:md', 'Markdown outline…'],
  ['export:csv', 'CSV…'],
  ['export:svg', 'SVG image…'],
  ['export:png', 'PNG image…'],
  ['export:canvas', 'JSON Canvas…'],
  ['export:bpmn', 'BPMN 2.0…'],
  ['export:mermaid', 'Mermaid flowchart…'],
];

export interface RecentMenu {
  items: RecentItem[];
  open: (item: RecentItem) => void;
  clear: () => void;
}

/** File → Open Recent: the recently opened playbooks and plans, newest first. */
const openRecent = (recent: RecentMenu): MenuItemConstructorOptions => ({
  label: 'Open Recent',
  submenu: [
    ...(recent.items.length === 0 ? [{ label: 'No recent playbooks or plans', enabled: false }] : recent.items.map((item) => ({ label: item.name, click: () => recent.open(item) }))),
    { type: 'separator' },
    { label: 'Clear Menu', enabled: recent.items.length > 0, click: recent.clear },
  ],
});

const PREFERENCES: MenuItemConstructorOptions = {
  label: process.platform === 'darwin' ? 'Settings…' : 'Preferences…',
  accelerator: 'CmdOrCtrl+,',
  click: send('preferences'),
};

/** The application menu. File commands go to the page, which owns the dialogs; canvas undo is the page's own Ctrl+Z. */
export function buildMenu(recent: RecentMenu = { items: [], open: () => {}, clear: () => {} }): Menu {
  const template: MenuItemConstructorOptions[] = [
    // macOS keeps Settings in the app menu; elsewhere Preferences sits in File.
    ...(process.platform === 'darwin'
      ? [{ label: 'Tandem', submenu: [{ role: 'about' as const }, { type: 'separator' as const }, PREFERENCES, { type: 'separator' as const }, { role: 'services' as const }, { type: 'separator' as const }, { role: 'hide' as const }, { role: 'hideOthers' as const }, { role: 'unhide' as const }, { type: 'separator' as const }, { role: 'quit' as const }] }]
      : []),
    {
      label: 'File',
      submenu: [
        { label: 'New playbook…', accelerator: 'CmdOrCtrl+N', click: send('new-playbook') },
        { label: 'New deal plan…', accelerator: 'CmdOrCtrl+Shift+N', click: send('new-plan') },
        { label: 'Open / import…', accelerator: 'CmdOrCtrl+O', click: send('import') },
        openRecent(recent),
        { label: 'Export', submenu: EXPORTS.map(([command, label]) => ({ label, click: send(command) })) },
        { label: 'Restore a backup…', click: send('restore-backup') },
        ...(process.platform === 'darwin' ? [] : [{ type: 'separator' as const }, PREFERENCES]),
        { type: 'separator' },
        process.platform === 'darwin' ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      // The page decides what undo means (the focused text field, or the playbook); its own
      // keyboard handler owns the shortcuts, so the menu only shows them.
      submenu: [
        { label: 'Undo', accelerator: 'CmdOrCtrl+Z', registerAccelerator: false, click: send('undo') },
        { label: 'Redo', accelerator: 'CmdOrCtrl+Shift+Z', registerAccelerator: false, click: send('redo') },
        { label: 'Tidy layout', click: send('tidy-layout') },
        { type: 'separator' }, { role: 'cut' }, { role: 'copy' }, { role: 'paste' },
        // Select All is the page's too: every step on the canvas, or the text of the focused field.
        { label: 'Select All', accelerator: 'CmdOrCtrl+A', registerAccelerator: false, click: send('select-all') },
      ],
    },
    {
      label: 'View',
      submenu: [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }],
    },
    { role: 'windowMenu' },
  ];
  return Menu.buildFromTemplate(template);
}

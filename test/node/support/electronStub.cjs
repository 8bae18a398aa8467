// A stand-in for the 'electron' module, loaded with `node --require` before the built main process,
// so the shell's real start-up code runs under plain Node and reports what it asked Electron to do.
const Module = require('node:module');
const { EventEmitter } = require('node:events');

// `events` keeps the order of what the user would see and what was opened; a test sets
// `dialogResponse` to the button its stand-in user clicks (1, Cancel, unless told).
const report = { windows: [], handles: [], sessionHandlers: {}, webContentsHandlers: [], menu: null, singleInstance: 0, events: [], dialogResponse: 1 };
globalThis.__electronReport = report;

const app = new EventEmitter();
app.isPackaged = false;
app.getPath = () => process.env.TANDEM_TEST_USER_DATA;
app.getAppPath = () => process.cwd();
app.requestSingleInstanceLock = () => (report.singleInstance++, true);
// Like Electron, schemes can be made privileged only before the app is ready.
let ready = false;
app.whenReady = () => Promise.resolve().then(() => void (ready = true));
app.exit = (code) => ((report.exitCode = code), undefined);
app.quit = () => undefined;
app.addRecentDocument = (path) => (report.recentDocuments ??= []).push(path);
app.clearRecentDocuments = () => (report.recentDocuments = []);

const webContents = () => {
  const contents = new EventEmitter();
  contents.setWindowOpenHandler = (handler) => (report.windowOpen = handler({ url: 'https://example.com' }));
  contents.send = (channel, command) => (report.sent ??= []).push(command);
  contents.isCrashed = () => false;
  return contents;
};

class BrowserWindow extends EventEmitter {
  constructor(options) {
    super();
    this.options = options;
    this.webContents = webContents();
    // Bounds as asked; a test moves the window by setting them and emitting 'move'.
    this.bounds = { x: options.x ?? 0, y: options.y ?? 0, width: options.width, height: options.height };
    this.maximized = false;
    report.windows.push(this);
    app.emit('web-contents-created', {}, this.webContents);
  }
  loadFile(file) {
    this.loaded = `file://${file}`;
    return Promise.resolve();
  }
  loadURL(url) {
    this.loaded = url;
    return Promise.resolve();
  }
  maximize() {
    this.maximized = true;
  }
  isMaximized() {
    return this.maximized;
  }
  getNormalBounds() {
    return this.bounds;
  }
  isDestroyed() {
    return false;
  }
  static getAllWindows() {
    return report.windows;
  }
  static getFocusedWindow() {
    return report.windows[0];
  }
}

const session = {
  defaultSession: {
    setPermissionRequestHandler: (h) => (report.sessionHandlers.permissionRequest = h),
    setPermissionCheckHandler: (h) => (report.sessionHandlers.permissionCheck = h),
    webRequest: {
      onHeadersReceived: (h) => (report.sessionHandlers.headers = h),
      onBeforeRequest: (h) => (report.sessionHandlers.beforeRequest = h),
    },
  },
};

const protocol = {
  registerSchemesAsPrivileged: (schemes) => {
    if (ready) throw new Error('registerSchemesAsPrivileged must be called before the app is ready');
    report.privilegedSchemes = schemes;
  },
  handle: (scheme, handler) => ((report.protocols ??= {})[scheme] = handler),
};

// Two screens side by side, as a laptop with a monitor on its right.
const screen = {
  getAllDisplays: () => (process.env.TANDEM_TEST_SCREENS ? JSON.parse(process.env.TANDEM_TEST_SCREENS) : [{ workArea: { x: 0, y: 0, width: 1920, height: 1050 } }, { workArea: { x: 1920, y: 0, width: 2560, height: 1400 } }]),
};

const stub = {
  app,
  screen,
  protocol,
  BrowserWindow,
  session,
  ipcMain: { handle: (channel, handler) => report.handles.push({ channel, handler }) },
  Menu: { buildFromTemplate: (t) => ({ template: t }), setApplicationMenu: (m) => (report.menu = m) },
  dialog: {
    showErrorBox: (title, message) => (report.errorBox = { title, message }),
    // The folder picker: cancelled unless a test sets `openDialogResult` to what its user picks.
    showOpenDialog: async (...args) => {
      report.events.push({ openDialog: args.at(-1), parent: args.length > 1 });
      return report.openDialogResult ?? { canceled: true, filePaths: [] };
    },
    showMessageBox: async (...args) => {
      report.events.push({ dialog: args.at(-1), parent: args.length > 1 });
      await new Promise((done) => setTimeout(done, 20));
      return { response: report.dialogResponse, checkboxChecked: false };
    },
  },
  shell: { openExternal: async (url) => report.events.push({ opened: url }) },
  contextBridge: { exposeInMainWorld: (key, api) => (report.exposed = { key, api }) },
  ipcRenderer: { invoke: async () => ({ ok: true, value: null }), on: () => undefined, removeListener: () => undefined },
};

const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (request === 'electron') return 'electron-stub';
  return resolve.call(this, request, ...rest);
};
require.cache['electron-stub'] = { id: 'electron-stub', filename: 'electron-stub', loaded: true, exports: stub };

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_OPS } from '../../shared/api/contract';
import { makeTempDir } from '../support/tempDir';

// Runs the built main process and preload under plain Node with a stand-in for 'electron', and
// checks what they asked of it: the hardening, every IPC channel, and exactly the contract exposed.
const stub = join(process.cwd(), 'test', 'node', 'support', 'electronStub.cjs');

/**
 * Script that resolves with the stand-in's report once start-up is done: the window has loaded
 * its page, which main does last, after the hardening, the IPC handlers and the menu.
 */
const WHEN_STARTED = `(async () => {
  const r = globalThis.__electronReport;
  while (!(r.windows[0] && r.windows[0].loaded)) {
    if (r.errorBox) throw new Error('start-up failed: ' + r.errorBox.message);
    await new Promise((done) => setTimeout(done, 5));
  }
  return r;
})()`;

/** The Content-Security-Policy renderer/index.html declares in its meta tag. */
function pagePolicy(): string {
  const html = readFileSync(join(process.cwd(), 'renderer', 'index.html'), 'utf8');
  const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
  if (!policy) throw new Error('renderer/index.html declares no Content-Security-Policy');
  return policy;
}

function runWithStub(entry: string, script: string, userData: string, args: string[] = [], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['--require', stub, '-e', `require(${JSON.stringify(entry)}); ${script}`, ...args], {
    env: { ...process.env, TANDEM_TEST_USER_DATA: userData, ...env },
    encoding: 'utf8',
    timeout: 30_000,
  });
  if (result.status !== 0) throw new Error(result.stderr || `exit ${result.status}`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1)!);
}

describe('the Electron shell, started with a stand-in for Electron', () => {
  const temp = makeTempDir('tandem-shell-');
  beforeAll(() => {
    execFileSync(process.execPath, ['scripts/build.mjs', '--target', 'main,preload', '--quiet'], { stdio: 'inherit' });
    // The page the protocol serves; built by the browser tests' setup too, so only when missing.
    if (!existsSync(join(process.cwd(), 'dist', 'renderer', 'index.html'))) execFileSync(process.execPath, ['scripts/build.mjs', '--target', 'renderer', '--quiet'], { stdio: 'inherit' });
  });
  afterAll(() => temp.cleanup());

  it('opens a hardened window, handles every contract operation, and refuses everything else', () => {
    const report = runWithStub(
      join(process.cwd(), 'dist', 'electron', 'main.cjs'),
      `${WHEN_STARTED}.then(async (r) => {
        const win = r.windows[0];
        const refused = (name, ...args) => {
          const event = { prevented: false, preventDefault() { this.prevented = true; } };
          if (win.webContents.listenerCount(name) === 0) return 'no handler';
          win.webContents.emit(name, event, ...args);
          return event.prevented;
        };
        const navigation = refused('will-navigate', 'https://example.com');
        const redirect = refused('will-redirect', 'https://example.com');
        const webview = refused('will-attach-webview', { preload: '/tmp/evil.js', nodeIntegration: true }, { src: 'https://example.com' });
        let permission; r.sessionHandlers.permissionRequest(null, 'geolocation', (v) => (permission = v));
        const permissionChecks = ['media', 'geolocation', 'notifications', 'clipboard-read'].map((p) => r.sessionHandlers.permissionCheck?.(null, p, 'file:///', {}));
        let headers; r.sessionHandlers.headers?.({ url: 'app://tandem/index.html', responseHeaders: { 'X-Kept': ['yes'] } }, (v) => (headers = v));
        const request = (url) => { let answer; r.sessionHandlers.beforeRequest({ url }, (v) => (answer = v)); return answer; };
        const offsite = request('https://example.com/x.js');
        const local = request('app://tandem/assets/index.js');
        const disk = request('file:///etc/passwd');
        const otherHost = request('app://elsewhere/index.html');
        const page = await r.protocols.app(new Request(win.loaded));
        const served = { status: page.status, policy: page.headers.get('content-security-policy'), body: await page.text() };
        const climbing = (await r.protocols.app(new Request('app://tandem/%2e%2e/electron/main.cjs'))).status;
        const foreign = (await r.protocols.app(new Request('app://elsewhere/index.html'))).status;
        const listHandler = r.handles.find((h) => h.channel === 'tandem:listPlaybooks').handler;
        const fromApp = await listHandler({ senderFrame: { url: win.loaded, parent: null } }, undefined);
        const fromElsewhere = await listHandler({ senderFrame: { url: 'https://evil.example/', parent: null } }, undefined);
        const badArg = await r.handles.find((h) => h.channel === 'tandem:getPlaybook').handler({ senderFrame: { url: win.loaded, parent: null } }, { id: 42 });
        console.log(JSON.stringify({
          webPreferences: win.options.webPreferences, loaded: win.loaded, channels: r.handles.map((h) => h.channel),
          navigation, redirect, webview, windowOpen: r.windowOpen, permission, permissionChecks, headers, offsite, local,
          fromApp, fromElsewhere, badArg, menu: !!r.menu, singleInstance: r.singleInstance,
          disk, otherHost, served, climbing, foreign, privilegedSchemes: r.privilegedSchemes,
        }));
        process.exit(0);
      });`,
      temp.dir,
    );
    expect(report.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, allowRunningInsecureContent: false, spellcheck: false, disableBlinkFeatures: 'Auxclick' });
    for (const risky of ['experimentalFeatures', 'enableBlinkFeatures', 'nodeIntegrationInWorker', 'nodeIntegrationInSubFrames', 'webviewTag']) expect(report.webPreferences[risky], risky).toBeUndefined();
    expect(report.webPreferences.preload).toMatch(/preload\.cjs$/);
    // The page comes from Tandem's own origin, never from file:// (which shares one with the whole disk).
    expect(report.loaded).toBe('app://tandem/index.html');
    expect(report.privilegedSchemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, corsEnabled: true } }]);
    expect(report.served).toEqual({ status: 200, policy: pagePolicy(), body: readFileSync(join(process.cwd(), 'dist', 'renderer', 'index.html'), 'utf8') });
    expect(report.climbing).toBe(404);
    expect(report.foreign).toBe(403);
    expect([...report.channels].sort()).toEqual(API_OPS.map((op) => `tandem:${op}`).sort());
    expect(report.navigation).toBe(true);
    expect(report.redirect).toBe(true);
    expect(report.webview).toBe(true);
    expect(report.windowOpen).toEqual({ action: 'deny' });
    expect(report.permission).toBe(false);
    expect(report.permissionChecks).toEqual([false, false, false, false]);
    // Every response carries the policy the page declares, so a page loaded some other way gets it too.
    expect(report.headers).toEqual({ responseHeaders: { 'X-Kept': ['yes'], 'Content-Security-Policy': [pagePolicy()] } });
    expect(pagePolicy()).toMatch(/^default-src 'none'; script-src 'self';/);
    expect(report.offsite).toEqual({ cancel: true });
    expect(report.local).toEqual({ cancel: false });
    expect(report.disk).toEqual({ cancel: true });
    expect(report.otherHost).toEqual({ cancel: true });
    expect(report.fromApp).toEqual({ ok: true, value: [] });
    expect(report.fromElsewhere.ok).toBe(false);
    expect(report.badArg).toEqual({ ok: false, error: { code: 'invalid-argument', message: expect.stringContaining('id: Invalid input') } });
    expect(report.menu).toBe(true);
    expect(report.singleInstance).toBe(1);
    expect(existsSync(join(temp.dir, 'tandem.db'))).toBe(true);
  });

  it('opens a link only after the user confirms its host in a native dialog', () => {
    const report = runWithStub(
      join(process.cwd(), 'dist', 'electron', 'main.cjs'),
      `${WHEN_STARTED}.then(async (r) => {
        const open = r.handles.find((h) => h.channel === 'tandem:openExternalLink').handler;
        const fromApp = { senderFrame: { url: r.windows[0].loaded, parent: null } };
        const url = 'https://xn--bnk-qla.example/login?next=1';
        const cancelled = await open(fromApp, { url });
        const afterCancel = r.events.length;
        r.dialogResponse = 0;
        const confirmed = await open(fromApp, { url });
        const refused = await open(fromApp, { url: 'https://bank.example@evil.example/' });
        console.log(JSON.stringify({ cancelled, confirmed, refused, afterCancel, events: r.events }));
        process.exit(0);
      });`,
      temp.dir,
    );
    expect(report.cancelled).toEqual({ ok: true, value: null });
    expect(report.confirmed).toEqual({ ok: true, value: null });
    expect(report.refused.ok).toBe(false);
    expect(report.afterCancel).toBe(1);
    const url = 'https://xn--bnk-qla.example/login?next=1';
    expect(report.events).toEqual([
      { dialog: expect.objectContaining({ message: expect.stringContaining('xn--bnk-qla.example'), detail: url, cancelId: 1, defaultId: 1 }), parent: true },
      { dialog: expect.objectContaining({ message: expect.stringContaining('xn--bnk-qla.example') }), parent: true },
      { opened: url },
    ]);
  });

  it('imports the file it was started with on a worker thread, and hands it to the page', () => {
    const file = join(process.cwd(), 'test', 'corpus', 'valid', 'b2b-v1.tandem');
    const report = runWithStub(
      join(process.cwd(), 'dist', 'electron', 'main.cjs'),
      `${WHEN_STARTED}.then(async (r) => {
        const fromApp = { senderFrame: { url: r.windows[0].loaded, parent: null } };
        const call = (op, arg) => r.handles.find((h) => h.channel === 'tandem:' + op).handler(fromApp, arg);
        let launch = await call('takeLaunchFile');
        for (let i = 0; i < 200 && launch.value === null; i++) {
          await new Promise((done) => setTimeout(done, 50));
          launch = await call('takeLaunchFile');
        }
        const list = await call('listPlaybooks');
        console.log(JSON.stringify({ launch, names: list.value.map((p) => p.name), windows: r.windows.length, recentDocuments: r.recentDocuments }));
        process.exit(0);
      });`,
      temp.dir,
      [file],
    );
    expect(report.launch).toEqual({ ok: true, value: { playbookId: expect.any(String), planId: null, error: null } });
    expect(report.names).toContain('B2B SaaS new logo');
    expect(report.windows).toBe(1);
    // The operating system's recent documents list the file too.
    expect(report.recentDocuments).toEqual([file]);
  });

  it('"Review a folder…" opens the native folder picker, and reviews the folder picked on a worker thread', () => {
    const folder = join(temp.dir, 'plans');
    mkdirSync(folder);
    writeFileSync(join(folder, 'notes.txt'), 'call Ana on Monday');
    const report = runWithStub(
      join(process.cwd(), 'dist', 'electron', 'main.cjs'),
      `${WHEN_STARTED}.then(async (r) => {
        const fromApp = { senderFrame: { url: r.windows[0].loaded, parent: null } };
        const call = (op, arg) => r.handles.find((h) => h.channel === 'tandem:' + op).handler(fromApp, arg);
        const cancelled = await call('chooseReviewFolder');
        const notPicked = await call('reviewPlanFolder', { folder: ${JSON.stringify(folder)} });
        r.openDialogResult = { canceled: false, filePaths: [${JSON.stringify(folder)}] };
        const picked = await call('chooseReviewFolder');
        const reviewed = await call('reviewPlanFolder', { folder: ${JSON.stringify(folder)} });
        console.log(JSON.stringify({ cancelled, notPicked, picked, reviewed, events: r.events }));
        process.exit(0);
      });`,
      temp.dir,
    );
    expect(report.cancelled).toEqual({ ok: true, value: null });
    expect(report.notPicked).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(report.picked).toEqual({ ok: true, value: folder });
    expect(report.reviewed).toEqual({ ok: true, value: { plans: 0, skipped: [{ file: 'notes.txt', reason: expect.any(String) }], playbooks: [] } });
    expect(report.events).toEqual([
      { openDialog: expect.objectContaining({ properties: ['openDirectory'] }), parent: true },
      { openDialog: expect.objectContaining({ properties: ['openDirectory'] }), parent: true },
    ]);
  });

  it('remembers the window’s place on screen, lists what was opened in File → Open Recent, and reopens it', () => {
    const dir = join(temp.dir, 'desktop');
    mkdirSync(dir);
    const main = join(process.cwd(), 'dist', 'electron', 'main.cjs');
    const first = runWithStub(
      main,
      `${WHEN_STARTED}.then(async (r) => {
        const win = r.windows[0];
        const fromApp = { senderFrame: { url: win.loaded, parent: null } };
        const call = (op, arg) => r.handles.find((h) => h.channel === 'tandem:' + op).handler(fromApp, arg);
        const recentMenu = () => r.menu.template.find((m) => m.label === 'File').submenu.find((i) => i.label === 'Open Recent').submenu;
        const before = recentMenu().map((i) => i.label);
        const created = (await call('createPlaybook', { templateId: 'b2b-saas-new-logo', name: 'Acme motion' })).value;
        await call('noteOpened', { item: { kind: 'playbook', id: created.playbook.id } });
        const after = recentMenu();
        after[0].click();
        const launch = (await call('takeLaunchFile')).value;
        // The user moves the window onto the monitor and maximises it, then closes.
        win.bounds = { x: 2000, y: 40, width: 1500, height: 950 };
        win.maximized = true;
        win.emit('close', { preventDefault() {} });
        console.log(JSON.stringify({ before, after: after.map((i) => i.label), launch, id: created.playbook.id, sent: r.sent, options: win.options, preferences: r.menu.template.find((m) => m.label === 'File').submenu.some((i) => i.label === 'Preferences…' && i.accelerator === 'CmdOrCtrl+,') }));
        process.exit(0);
      });`,
      dir,
    );
    expect(first.before).toEqual(['No recent playbooks or plans', null, 'Clear Menu']);
    expect(first.after).toEqual(['Acme motion (v1)', null, 'Clear Menu']);
    expect(first.launch).toEqual({ playbookId: first.id, planId: null, error: null });
    expect(first.sent).toContain('open-launch-file');
    expect(first.preferences).toBe(true);
    // A first start opens centred on the main screen at the default size.
    expect(first.options).toMatchObject({ x: 260, y: 75, width: 1400, height: 900 });

    const second = runWithStub(
      main,
      `${WHEN_STARTED}.then(async (r) => {
        const win = r.windows[0];
        const last = await r.handles.find((h) => h.channel === 'tandem:takeLastOpen').handler({ senderFrame: { url: win.loaded, parent: null } });
        console.log(JSON.stringify({ options: win.options, maximized: win.maximized, last }));
        process.exit(0);
      });`,
      dir,
    );
    expect(second.options).toMatchObject({ x: 2000, y: 40, width: 1500, height: 950 });
    expect(second.maximized).toBe(true);
    expect(second.last).toEqual({ ok: true, value: { kind: 'playbook', id: first.id } });

    // Without the monitor, the window comes back on the laptop's screen, not off in the void.
    const third = runWithStub(main, `${WHEN_STARTED}.then((r) => { console.log(JSON.stringify({ options: r.windows[0].options })); process.exit(0); });`, dir, [], {
      TANDEM_TEST_SCREENS: JSON.stringify([{ workArea: { x: 0, y: 0, width: 1920, height: 1050 } }]),
    });
    expect(third.options).toMatchObject({ x: 260, y: 75, width: 1400, height: 900 });
  });

  it('the preload exposes exactly the contract, as named functions, under window.api', () => {
    const report = runWithStub(
      join(process.cwd(), 'dist', 'electron', 'preload.cjs'),
      `const { key, api } = globalThis.__electronReport.exposed;
       console.log(JSON.stringify({ key, names: Object.keys(api), kinds: [...new Set(Object.values(api).map((f) => typeof f))] }));`,
      temp.dir,
    );
    expect(report.key).toBe('api');
    expect([...report.names].sort()).toEqual([...API_OPS, 'onMenuCommand'].sort());
    expect(report.kinds).toEqual(['function']);
  });
});

import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/tempDir';

// The Electron binary cannot be downloaded here, so a stand-in records how `npm start` launches it.
describe('npm start', () => {
  const { dir, cleanup } = makeTempDir('tandem-fake-electron-');
  afterAll(cleanup);

  it('builds the app, gives better-sqlite3 an Electron build beside the Node one, and launches Electron on the app', () => {
    const record = join(dir, 'launched.txt');
    writeFileSync(join(dir, 'electron'), `#!/bin/sh\nprintf '%s\\n' "$@" > "${record}"\n`);
    chmodSync(join(dir, 'electron'), 0o755);

    const result = spawnSync('npm', ['start', '--', '--open-dev-check'], {
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: dir },
      encoding: 'utf8',
      timeout: 600_000,
    });
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(record, 'utf8').trim().split('\n')).toEqual([process.cwd(), '--open-dev-check']);
    for (const built of ['dist/electron/main.cjs', 'dist/electron/preload.cjs', 'dist/renderer/index.html']) {
      expect(existsSync(built), built).toBe(true);
    }
    const electronVersion = JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')).version as string;
    expect(existsSync(join('.native', `electron-${electronVersion}`, 'better_sqlite3.node'))).toBe(true);

    // …and the tests' own Node build still loads afterwards.
    const node = spawnSync(process.execPath, ['-e', "const D=require('better-sqlite3'); new D(':memory:').close(); console.log('ok')"], { encoding: 'utf8' });
    expect(node.stdout.trim()).toBe('ok');
  }, 600_000);
});

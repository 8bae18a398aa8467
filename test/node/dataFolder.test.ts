import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockDataFolder } from '../../electron/db/dataLock';
import { openDatabase } from '../../electron/db/database';
import { makeTempDir } from '../support/tempDir';

const temp = makeTempDir('tandem-lock-');
const running: ChildProcess[] = [];

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build.mjs', '--target', 'harness', '--quiet'], { stdio: 'inherit' });
}, 120_000);

afterAll(() => {
  for (const child of running) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  temp.cleanup();
});

/** Starts the built harness on the shared folder; resolves when it is ready, or with its exit code and stderr when it ends first. */
function startHarness(dataDir = temp.dir, spawnAs: { uid?: number; gid?: number } = {}): Promise<{ ready: true; child: ChildProcess; output: () => string } | { ready: false; code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [join('dist', 'harness', 'main.mjs'), '--port', '0', '--data', dataDir], { stdio: ['ignore', 'pipe', 'pipe'], ...spawnAs });
  running.push(child);
  let stdout = '';
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (/^ready /m.test(stdout)) resolve({ ready: true, child, output: () => stdout });
    });
    child.on('exit', (code) => resolve({ ready: false, code, stderr }));
  });
}

const exited = (child: ChildProcess) => new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));

describe('the data folder: one writer, and one it can write to', () => {
  it('refuses a second harness on the same folder in one line, and lets a new one in once the first is killed, which backs up on the way out', async () => {
    const first = await startHarness();
    expect(first.ready).toBe(true);
    if (!first.ready) return;

    const second = await startHarness();
    expect(second.ready).toBe(false);
    if (second.ready) return;
    expect(second.code).not.toBe(0);
    expect(second.stderr.trim()).toBe(`The data folder ${temp.dir} is in use by another copy of Tandem.`);

    // A kill leaves no chance to clean up: the lock must not outlive its holder.
    first.child.kill('SIGKILL');
    await exited(first.child);
    const third = await startHarness();
    expect(third.ready).toBe(true);
    if (!third.ready) return;
    // The harness keeps backups as the app does: a change, then quitting, leaves one in backups/.
    const url = /ready (\S+)/.exec(third.output())![1]!;
    const created = await fetch(`${url}api/createPlaybook`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ arg: { templateId: 'transactional-smb' } }) });
    expect(((await created.json()) as { ok: boolean }).ok).toBe(true);
    third.child.kill('SIGTERM');
    await exited(third.child);
    expect(third.child.exitCode).toBe(0);
    expect(readdirSync(join(temp.dir, 'backups'))).toEqual([expect.stringMatching(/^auto-.*\.db$/)]);
  });

  it('refuses in one line to start on a folder it cannot write to, leaving what is there as it was', async () => {
    const folder = join(temp.dir, 'read-only');
    mkdirSync(folder);
    openDatabase(join(folder, 'tandem.db')).close();
    const before = readFileSync(join(folder, 'tandem.db'));
    // Root writes through any permission bits: the harness then runs as an unprivileged user.
    const asRoot = process.getuid?.() === 0;
    chmodSync(temp.dir, 0o755);
    chmodSync(folder, asRoot ? 0o755 : 0o555);
    const started = await startHarness(folder, asRoot ? { uid: 65534, gid: 65534 } : {});
    chmodSync(folder, 0o755);
    expect(started.ready).toBe(false);
    if (started.ready) return;
    expect(started.code).not.toBe(0);
    expect(started.stderr.trim()).toBe(`The data folder ${folder} cannot be written to; Tandem needs to save there.`);
    expect(readFileSync(join(folder, 'tandem.db')).equals(before)).toBe(true);
  });

  it('refuses a second lock within one process too, and gives the folder back on release', () => {
    const folder = makeTempDir('tandem-lock-one-');
    try {
      const lock = lockDataFolder(folder.dir);
      expect(() => lockDataFolder(folder.dir)).toThrow(/in use by another copy of Tandem/);
      lock.release();
      lockDataFolder(folder.dir).release();
    } finally {
      folder.cleanup();
    }
  });
});

// What every benchmark needs to drive the app without Electron: run a build step, and start the
// test harness (the real service over a real database file, served on 127.0.0.1) and call its API.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));

/** Runs a command in the repository; rejects with the command line when it fails. */
export function run(cmd, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} exited with ${code}`))));
  });
}

/** Builds the given targets of scripts/build.mjs (e.g. 'renderer,harness'). */
export const build = (targets) => run(process.execPath, ['scripts/build.mjs', '--target', targets, '--quiet']);

/**
 * Starts the built harness over `dataDir` and waits for its "ready" line. `extraArgs` go to the
 * harness (e.g. `--pick-folder DIR`, which stands in for the folder picker). Resolves to its
 * address, `call(op, arg)` for its API, and `stop()`, which waits for it to exit.
 */
export async function startHarness(dataDir, extraArgs = []) {
  const child = spawn(process.execPath, [join(root, 'dist/harness/main.mjs'), '--port', '0', '--data', dataDir, ...extraArgs], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stderr.on('data', (chunk) => (err += chunk));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  };
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`harness did not start: ${err}`));
    }, 20_000);
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /^ready (http:\/\/127\.0\.0\.1:\d+\/)$/m.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`harness exited (${code}): ${err}`));
    });
  });
  const call = async (op, arg) => {
    const response = await fetch(`${url}api/${op}`, { method: 'POST', body: JSON.stringify({ arg }), headers: { 'Content-Type': 'application/json' } });
    const envelope = await response.json();
    if (!envelope.ok) throw new Error(`${op}: ${envelope.error?.message ?? 'failed'}`);
    return envelope.value;
  };
  return { url, call, stop };
}

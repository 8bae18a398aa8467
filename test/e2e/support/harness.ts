import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { makeTempDir } from '../../support/tempDir';

export interface RunningHarness {
  url: string;
  dataDir: string;
  process: ChildProcess;
  call: <T = unknown>(op: string, arg?: unknown) => Promise<T>;
  /** Everything the harness has printed on stdout so far. */
  output: () => string;
  stop: () => Promise<number | null>;
}

/**
 * Starts the built harness on a free port with a fresh data folder (or `dataDir`, which the caller
 * prepared and cleans up); resolves once it prints its ready line.
 */
export async function startHarness(extraArgs: string[] = [], options: { dataDir?: string } = {}): Promise<RunningHarness> {
  const { dir, cleanup } = options.dataDir ? { dir: options.dataDir, cleanup: () => undefined } : makeTempDir('tandem-e2e-');
  const child = spawn(process.execPath, [join('dist', 'harness', 'main.mjs'), '--port', '0', '--data', dir, ...extraArgs], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`harness did not start: ${stderr}`)), 20_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /^ready (http:\/\/127\.0\.0\.1:\d+\/)$/m.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.on('exit', (code) => reject(new Error(`harness exited (${code}): ${stderr}`)));
  });
  return {
    url,
    dataDir: dir,
    process: child,
    output: () => out,
    call: async (op, arg) => {
      const response = await fetch(`${url}api/${op}`, { method: 'POST', body: JSON.stringify({ arg }), headers: { 'Content-Type': 'application/json' } });
      const envelope = (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
      if (!envelope.ok) throw new Error(envelope.error!.message);
      return envelope.value as never;
    },
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) {
          cleanup();
          resolve(child.exitCode);
          return;
        }
        child.once('exit', (code) => {
          cleanup();
          resolve(code);
        });
        child.kill('SIGTERM');
      }),
  };
}

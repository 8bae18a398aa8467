import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * readFileCapped runs in a child process: if it ever blocks on a named pipe, the child is killed
 * on a timeout instead of freezing the test runner. With `--swap`, the child replaces the regular
 * file with a FIFO at the last moment before the file is opened, as another program could between
 * a check of the path and its opening.
 */
const DRIVER = `
import fs from 'node:fs';
import { readFileCapped } from './readFileCapped';
const [target, swapIn] = process.argv.slice(2);
if (process.env.READS_OUT) {
  // Counts the bytes read from any file, so a test can tell a refusal by metadata from a read.
  let bytes = 0;
  const readSync = fs.readSync;
  fs.readSync = ((...args) => {
    const n = readSync(...args);
    bytes += n;
    return n;
  });
  process.on('exit', () => fs.writeFileSync(process.env.READS_OUT, String(bytes)));
}
if (swapIn) {
  const open = fs.openSync;
  fs.openSync = ((file, ...rest) => {
    if (file === target) fs.renameSync(swapIn, target);
    return open(file, ...rest);
  });
}
try {
  process.stdout.write(String(readFileCapped(target).length));
} catch (error) {
  process.stderr.write(error.message + '\\n');
  process.exitCode = 1;
}
`;

let work: string;
let driver: string;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'tandem-read-'));
  driver = path.join(work, 'read.cjs');
  await build({
    stdin: { contents: DRIVER, resolveDir: import.meta.dirname, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile: driver,
    logLevel: 'error',
  });
}, 60_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

function read(args: string[], env: Record<string, string> = {}) {
  const started = Date.now();
  const result = spawnSync(process.execPath, [driver, ...args], { encoding: 'utf8', timeout: 5_000, env: { ...process.env, ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, ms: Date.now() - started, timedOut: result.signal !== null };
}

function fifo(name: string): string {
  const at = path.join(work, name);
  expect(spawnSync('mkfifo', [at]).status).toBe(0);
  return at;
}

describe.skipIf(process.platform === 'win32')('readFileCapped', () => {
  it('reads a regular file', () => {
    const file = path.join(work, 'plain.tandem');
    writeFileSync(file, 'x'.repeat(10));
    expect(read([file])).toMatchObject({ code: 0, stdout: '10' });
  });

  it('refuses a named pipe at once, in one line', () => {
    const pipe = fifo('pipe.tandem');
    const result = read([pipe]);
    expect(result.timedOut).toBe(false);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`${pipe}: is not a regular file\n`);
    expect(result.ms).toBeLessThan(2_000);
  });

  it('refuses a regular file swapped for a named pipe just before it is opened, without blocking', () => {
    const file = path.join(work, 'swapped.tandem');
    writeFileSync(file, '{}');
    const result = read([file, fifo('swap-in')]);
    expect(result.timedOut).toBe(false);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`${file}: is not a regular file\n`);
  });

  it('refuses a file over 50 MB from its size, reading none of it', () => {
    const big = path.join(work, 'big.tandem');
    writeFileSync(big, '');
    truncateSync(big, 60 * 1024 * 1024);
    const small = path.join(work, 'small.tandem');
    writeFileSync(small, 'x'.repeat(10));
    const count = path.join(work, 'reads');
    expect(read([big], { READS_OUT: count })).toMatchObject({ code: 1, stderr: `${big}: The file is 60.0 MB; Tandem opens files up to 50.0 MB.\n` });
    expect(readFileSync(count, 'utf8')).toBe('0');
    // The counter does see reads: the same driver on a small file counts its bytes.
    expect(read([small], { READS_OUT: count })).toMatchObject({ code: 0, stdout: '10' });
    expect(readFileSync(count, 'utf8')).toBe('10');
  });

  it('refuses a device and a folder by what is opened', () => {
    expect(read(['/dev/null']).stderr).toBe('/dev/null: is not a regular file\n');
    expect(read([work]).stderr).toBe(`${work}: is a folder, not a file\n`);
  });
});

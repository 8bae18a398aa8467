import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// `tandem review` on a real terminal: util-linux's `script` gives it a pseudo-terminal, whose
// line discipline turns a typed Ctrl+C into SIGINT, as when a user presses it.
const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const FILES = 600;
let work: string;
let cli: string;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'tandem-cli-terminal-'));
  cli = path.join(work, 'bin', 'tandem.mjs');
  await build({ entryPoints: [path.join(repoRoot, 'electron', 'cli', 'main.ts')], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: cli, logLevel: 'error' });
  const run = (...args: string[]) => expect(spawnSync(process.execPath, [cli, ...args], { cwd: work, encoding: 'utf8' }).status).toBe(0);
  run('new', '--template', 'transactional-smb', '--out', 'playbook.tandem');
  run('new-plan', '--playbook', 'playbook.tandem', '--account', 'Acme', '--out', 'plan.tandem');
  mkdirSync(path.join(work, 'plans'));
  for (let i = 0; i < FILES; i++) copyFileSync(path.join(work, 'plan.tandem'), path.join(work, 'plans', `plan-${String(i).padStart(4, '0')}.tandem`));
}, 60_000);
afterAll(() => work && rmSync(work, { recursive: true, force: true }));

/** Runs `tandem review` under a pseudo-terminal; `typeWhen` types Ctrl+C once the output matches it. */
function onTerminal(out: string, typeWhen?: RegExp): Promise<{ code: number | null; screen: string }> {
  const command = [process.execPath, cli, 'review', path.join(work, 'plans'), '--out', out].map((a) => `'${a}'`).join(' ');
  const child = spawn('script', ['-qfec', command, '/dev/null'], { cwd: work, stdio: ['pipe', 'pipe', 'pipe'] });
  let screen = '';
  let typed = false;
  child.stdout.on('data', (chunk: Buffer) => {
    screen += chunk.toString();
    if (typeWhen && !typed && typeWhen.test(screen)) {
      typed = true;
      child.stdin.write('\x03');
    }
  });
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, screen })));
}

describe('tandem review on a terminal', () => {
  it('says how many files it has read of all as it goes', async () => {
    const out = path.join(work, 'full.html');
    const { code, screen } = await onTerminal(out);
    expect(code).toBe(0);
    expect(screen).toMatch(/\rReviewed 25 of 600 files, 25 plans/);
    expect(screen).toMatch(/\rReviewed 600 of 600 files, 600 plans\r?\n/);
    expect(existsSync(out)).toBe(true);
  }, 60_000);

  it('stops at once on Ctrl+C and leaves no report behind', async () => {
    const out = path.join(work, 'stopped.html');
    const { code, screen } = await onTerminal(out, /Reviewed \d+ of 600 files/);
    expect(screen).not.toMatch(/Reviewed 600 of 600/);
    expect(code).toBe(130);
    expect(existsSync(out)).toBe(false);
  }, 60_000);
});

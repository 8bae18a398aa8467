import { spawnSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlaybookDoc } from '../../shared/domain/playbook';
import { loadTandemBytes, loadTandemFile } from '../../shared/file/load';
import { BUILT_IN_TEMPLATES } from '../../shared/templates/index';
import { HOSTILE_EXPECTED } from './support/hostileExpectations';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const validFile = path.join(repoRoot, 'test', 'corpus', 'valid', 'b2b-v1.tandem');
const hostileDir = path.join(repoRoot, 'test', 'corpus', 'hostile');

let work: string;
let cli: string;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'tandem-cli-'));
  cli = path.join(work, 'bin', 'tandem.mjs');
  await build({
    entryPoints: [path.join(repoRoot, 'electron', 'cli', 'main.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: cli,
    logLevel: 'error',
  });
}, 60_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

function tandem(args: string[], cwd = work) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', timeout: 20_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh empty folder for one test. */
function folder(name: string): string {
  const dir = path.join(work, name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

function expectOneLineError(stderr: string) {
  const lines = stderr.split('\n').filter((l) => l !== '');
  expect(lines).toHaveLength(1);
  expect(stderr).not.toMatch(/^\s+at /m);
  expect(stderr).not.toMatch(/\(\S+:\d+:\d+\)/);
  return lines[0]!;
}

/** Every file under a folder with its size and modification time, to prove nothing was written. */
function snapshot(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => {
      const full = path.join(e.parentPath, e.name);
      const stat = statSync(full);
      return `${path.relative(dir, full)} ${stat.size} ${stat.mtimeMs}`;
    })
    .sort();
}

const loadText = (text: string) => loadTandemFile(text, { byteLength: Buffer.byteLength(text) });

describe('tandem templates', () => {
  it('lists the built-in template ids, one per line', () => {
    const { code, stdout, stderr } = tandem(['templates']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toBe(`${BUILT_IN_TEMPLATES.map((t) => t.id).join('\n')}\n`);
  });

  it('refuses extra arguments as a usage error', () => {
    const { code, stderr } = tandem(['templates', 'extra']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^tandem templates: unexpected argument "extra"\nUsage: tandem/);
  });
});

describe('tandem new', () => {
  it.each(BUILT_IN_TEMPLATES.map((t) => t.id))('writes a valid playbook from the %s template', (id) => {
    const dir = folder(`new-${id}`);
    const out = path.join(dir, 'new.tandem');
    const { code, stderr } = tandem(['new', '--template', id, '--out', out]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(readdirSync(dir)).toEqual(['new.tandem']);
    const loaded = loadText(readFileSync(out, 'utf8'));
    if (!loaded.ok) throw new Error(loaded.error.message);
    expect(loaded.file.playbook.playbook.templateId).toBe(id);
  });

  it('takes a name', () => {
    const out = path.join(folder('new-named'), 'named.tandem');
    expect(tandem(['new', '--template', 'blank', '--out', out, '--name', 'Acme renewal']).code).toBe(0);
    const loaded = loadText(readFileSync(out, 'utf8'));
    expect(loaded.ok && loaded.file.playbook.playbook.name).toBe('Acme renewal');
  });

  it.each([
    [['new', '--template', 'nope', '--out', 'x.tandem'], /unknown template "nope"; known: blank/],
    [['new', '--template', 'blank'], /missing --out/],
    [['new', '--out', 'x.tandem'], /missing --template/],
    [['new', '--template', 'blank', '--out', 'x.tandem', '--name', ' '], /--name: must not be empty/],
    [['new', '--template', 'blank', '--out', 'x.tandem', '--colour', 'red'], /Unknown option '--colour'/],
  ])('refuses %j with exit 2 and writes nothing', (args, message) => {
    const dir = folder(`new-bad-${Math.random().toString(36).slice(2)}`);
    const { code, stderr } = tandem(args, dir);
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toMatch(message);
    expect(stderr).toContain('Usage: tandem');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses an --out that is a folder', () => {
    const dir = folder('new-dir-out');
    const { code, stderr } = tandem(['new', '--template', 'blank', '--out', dir]);
    expect(code).toBe(1);
    expect(expectOneLineError(stderr)).toBe(`${dir}: is a folder; --out must name a file`);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('says so in one line when the --out folder does not exist', () => {
    const out = path.join(work, 'no-such-folder', 'x.tandem');
    const { code, stderr } = tandem(['new', '--template', 'blank', '--out', out]);
    expect(code).toBe(1);
    expect(expectOneLineError(stderr)).toBe(`${out}: no such file or folder`);
  });
});

describe('tandem validate', () => {
  it('prints one line about a valid file', () => {
    const { code, stdout, stderr } = tandem(['validate', validFile]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toBe('playbook v1: B2B SaaS new logo — 11 stages, 17 steps, 21 links\n');
  });

  it.each(readdirSync(hostileDir))('hostile %s: one line on stderr and exit 1, or loads', (name) => {
    const file = path.join(hostileDir, name);
    const { code, stdout, stderr } = tandem(['validate', file]);
    if (HOSTILE_EXPECTED[name] === 'ok') {
      expect(code).toBe(0);
      expect(stdout.split('\n').filter(Boolean)).toHaveLength(1);
    } else {
      expect(code).toBe(1);
      expect(stdout).toBe('');
      // The line is the loader's own message, so the app and the CLI say the same thing.
      const loaded = loadTandemBytes(readFileSync(file));
      expect(expectOneLineError(stderr)).toBe(`${file}: ${!loaded.ok && loaded.error.message}`);
    }
  });

  it('never writes: not beside the file, not in the working folder', () => {
    const dir = folder('validate-no-write');
    const copy = path.join(dir, 'b2b.tandem');
    writeFileSync(copy, readFileSync(validFile));
    const bad = path.join(dir, 'bad.tandem');
    writeFileSync(bad, '{"format":"tandem"');
    const before = snapshot(dir);
    expect(tandem(['validate', copy], dir).code).toBe(0);
    expect(tandem(['validate', bad], dir).code).toBe(1);
    expect(snapshot(dir)).toEqual(before);
  });

  // That no byte of it is read is checked where the file is opened (electron/files/readFileCapped.test.ts).
  it('refuses a file over 50 MB from its size', () => {
    const big = path.join(folder('validate-big'), 'big.tandem');
    writeFileSync(big, '');
    truncateSync(big, 60 * 1024 * 1024); // sparse: instant to make
    const { code, stderr } = tandem(['validate', big]);
    expect(code).toBe(1);
    expect(expectOneLineError(stderr)).toBe(`${big}: The file is 60.0 MB; Tandem opens files up to 50.0 MB.`);
  });

  it.each([
    ['a missing file', () => path.join(work, 'missing.tandem'), 'no such file or folder'],
    ['a folder', () => folder('validate-folder'), 'is a folder, not a file'],
  ])('refuses %s in one line', (_name, target, message) => {
    const file = target();
    const { code, stderr } = tandem(['validate', file]);
    expect(code).toBe(1);
    expect(expectOneLineError(stderr)).toBe(`${file}: ${message}`);
  });

  it('refuses a missing argument with usage and exit 2', () => {
    const { code, stderr } = tandem(['validate']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^tandem validate: missing <file>\nUsage: tandem/);
  });
});

describe('tandem info', () => {
  it('prints one JSON object with kind, version, counts and coverage', () => {
    const { code, stdout, stderr } = tandem(['info', validFile]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout.trim().split('\n')).toHaveLength(1);
    const info = JSON.parse(stdout);
    // Counted from the file itself (a fixture that is never regenerated), not by the code under test.
    const raw = JSON.parse(readFileSync(validFile, 'utf8')).playbook as PlaybookDoc;
    const lane = new Map(raw.stages.map((s) => [s.id, s.lane]));
    const buyerSteps = raw.steps.filter((s) => lane.get(s.stageId) === 'buyer');
    const mirrors = raw.links.filter((l) => l.kind === 'mirror');
    const mirrored = new Set(mirrors.map((l) => l.targetId));
    expect(info).toEqual({
      kind: 'playbook',
      formatVersion: 1,
      name: 'B2B SaaS new logo',
      steps: { buyer: 9, seller: 8 },
      stages: { buyer: 6, seller: 5 },
      mirrorLinks: mirrors.length,
      sequenceEdges: raw.links.filter((l) => l.kind === 'sequence').length,
      coverage: buyerSteps.filter((s) => mirrored.has(s.id)).length / buyerSteps.length,
    });
    expect(Object.keys(info)).toEqual(['kind', 'formatVersion', 'name', 'steps', 'stages', 'mirrorLinks', 'sequenceEdges', 'coverage']);
    expect([info.mirrorLinks, info.sequenceEdges]).toEqual([8, 13]);
    expect(info.coverage).toBeGreaterThan(0);
    expect(info.coverage).toBeLessThan(1);
  });

  it('reports an invalid file in one line', () => {
    const file = path.join(hostileDir, 'dangling-link.tandem');
    const { code, stdout, stderr } = tandem(['info', file]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(expectOneLineError(stderr)).toMatch(/dangling-link\.tandem: playbook\.links\[0\]/);
  });
});

describe('tandem export', () => {
  const formats = ['tandem', 'html', 'md', 'csv', 'svg', 'canvas', 'bpmn', 'mermaid'];

  it.each(formats)('writes %s to --out and nothing else', (format) => {
    const dir = folder(`export-${format}`);
    const out = path.join(dir, `out.${format}`);
    const { code, stderr } = tandem(['export', validFile, '--format', format, '--out', out]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(readdirSync(dir)).toEqual([`out.${format}`]);
    const text = readFileSync(out, 'utf8');
    expect(text.length).toBeGreaterThan(100);
    if (format === 'tandem') {
      const again = loadText(text);
      const original = loadText(readFileSync(validFile, 'utf8'));
      expect(again.ok && original.ok && again.file.playbook).toEqual(original.ok && original.file.playbook);
    }
    if (format === 'html') expect(text).toContain('B2B SaaS new logo');
  });

  it('replaces an existing file whole', () => {
    const dir = folder('export-replace');
    const out = path.join(dir, 'out.md');
    writeFileSync(out, 'old content that is longer than nothing');
    expect(tandem(['export', validFile, '--format', 'md', '--out', out]).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('B2B SaaS new logo');
    expect(readdirSync(dir)).toEqual(['out.md']);
  });

  it('keeps the permissions of a file it replaces', () => {
    const dir = folder('export-mode');
    for (const mode of [0o600, 0o640]) {
      const out = path.join(dir, `out-${mode.toString(8)}.csv`);
      writeFileSync(out, 'old');
      chmodSync(out, mode);
      expect(tandem(['export', validFile, '--format', 'csv', '--out', out]).code).toBe(0);
      expect(readFileSync(out, 'utf8')).toMatch(/^\uFEFFid,lane,/);
      expect(statSync(out).mode & 0o777, out).toBe(mode);
    }
  });

  it.skipIf(process.platform === 'win32')('refuses an --out that is a named pipe, or a link to one, and leaves it in place', () => {
    const dir = folder('export-into-fifo');
    const pipe = path.join(dir, 'pipe.md');
    expect(spawnSync('mkfifo', [pipe]).status).toBe(0);
    const link = path.join(dir, 'link.md');
    symlinkSync(pipe, link);
    for (const out of [pipe, link]) {
      const { code, stderr } = tandem(['export', validFile, '--format', 'md', '--out', out]);
      expect(code).toBe(1);
      expect(expectOneLineError(stderr)).toBe(`${out}: is not a regular file; --out must name a file`);
    }
    expect(lstatSync(pipe).isFIFO()).toBe(true);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['link.md', 'pipe.md']);
    const { code } = tandem(['new', '--template', 'blank', '--out', pipe]);
    expect(code).toBe(1);
    expect(lstatSync(pipe).isFIFO()).toBe(true);
  });

  it.skipIf(process.platform === 'win32')('a write that fails part-way leaves the file it replaces whole, and nothing beside it', () => {
    const dir = folder('export-fails-midway');
    const out = path.join(dir, 'review.html');
    writeFileSync(out, 'the review sent last week');
    // A file-size limit of 4 KB makes the write fail after its first blocks, as a full disk does.
    const limited = (args: string[]) => {
      const result = spawnSync('bash', ['-c', 'ulimit -f 4 && exec "$0" "$@"', process.execPath, cli, ...args], { cwd: work, encoding: 'utf8', timeout: 20_000 });
      return { code: result.status, stderr: result.stderr };
    };
    for (const args of [
      ['export', validFile, '--format', 'html', '--out', out],
      ['new', '--template', 'b2b-saas-new-logo', '--out', out],
    ]) {
      const { code, stderr } = limited(args);
      expect(code, args[0]).toBe(1);
      expect(expectOneLineError(stderr)).toBe(`${out}: the file is larger than this system allows to be written`);
      expect(readFileSync(out, 'utf8')).toBe('the review sent last week');
      expect(readdirSync(dir)).toEqual(['review.html']);
    }
    // A file that did not exist before is not left half-written either.
    const fresh = path.join(dir, 'new.tandem');
    expect(limited(['new', '--template', 'b2b-saas-new-logo', '--out', fresh]).code).toBe(1);
    expect(readdirSync(dir)).toEqual(['review.html']);
  });

  it('refuses an --out that is an existing folder and leaves it alone', () => {
    const dir = folder('export-into-dir');
    writeFileSync(path.join(dir, 'keep.txt'), 'keep');
    const before = snapshot(dir);
    const { code, stderr } = tandem(['export', validFile, '--format', 'html', '--out', dir]);
    expect(code).toBe(1);
    expect(expectOneLineError(stderr)).toBe(`${dir}: is a folder; --out must name a file`);
    expect(snapshot(dir)).toEqual(before);
  });

  it('writes nothing when the input is invalid', () => {
    const dir = folder('export-invalid');
    const { code, stderr } = tandem(['export', path.join(hostileDir, 'proto-top.tandem'), '--format', 'html', '--out', path.join(dir, 'x.html')]);
    expect(code).toBe(1);
    expect(expectOneLineError(stderr)).toMatch(/proto-top\.tandem: __proto__: the key "__proto__" is not allowed/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it.each([
    [['export', validFile, '--format', 'pdf', '--out', 'x.pdf'], /unknown --format "pdf"; known: tandem, html/],
    [['export', validFile, '--out', 'x.html'], /missing --format/],
    [['export', validFile, '--format', 'html'], /missing --out/],
    [['export', '--format', 'html', '--out', 'x.html'], /missing <file>/],
  ])('refuses %j with usage and exit 2', (args, message) => {
    const dir = folder(`export-usage-${Math.random().toString(36).slice(2)}`);
    const { code, stderr } = tandem(args, dir);
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toMatch(message);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('the command line', () => {
  it.each([[['bogus']], [[]], [['--version']]])('refuses %j with usage on stderr and exit 2', (args) => {
    const { code, stdout, stderr } = tandem(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('Usage: tandem <command>');
  });

  it('prints usage on stdout for help', () => {
    const { code, stdout } = tandem(['help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: tandem <command>/);
    for (const name of ['templates', 'new', 'validate', 'info', 'export']) expect(stdout).toContain(`tandem ${name}`);
  });
});

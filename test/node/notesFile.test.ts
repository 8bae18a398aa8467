import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTandemBytes } from '../../shared/file/load';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const sample = path.join(repoRoot, 'test', 'corpus', 'valid', 'acme-plan-notes-v1.tandem');
let work: string;
let cli: string;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'tandem-notes-'));
  cli = path.join(work, 'tandem.mjs');
  await build({ entryPoints: [path.join(repoRoot, 'electron', 'cli', 'main.ts')], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: cli, logLevel: 'error' });
}, 60_000);
afterAll(() => work && rmSync(work, { recursive: true, force: true }));

const tandem = (...args: string[]) => {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: work, encoding: 'utf8', timeout: 20_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe('the format-1 plan sample with review notes', () => {
  it('loads, with who exported it and every note on its target', () => {
    const loaded = loadTandemBytes(readFileSync(sample));
    if (!loaded.ok) throw new Error(loaded.error.message);
    expect(loaded.file).toMatchObject({ kind: 'plan', installationId: '5f0c2a9e8d1b4c7a9e3f6b2d1a0c8e47', author: 'Morgan Ellis' });
    const notes = loaded.file.notes!;
    expect(notes.map((n) => n.target.kind)).toEqual(['step', 'step', 'stakeholder', 'stage', 'link', 'plan', 'file']);
    expect(notes[1]!.parentId).toBe(notes[0]!.id);
    expect(notes.filter((n) => n.resolved).map((n) => n.kind)).toEqual(['approve']);
  });

  it('info counts its notes, total and open; diff reads it like any plan', () => {
    const info = tandem('info', sample);
    expect(info.code).toBe(0);
    expect(JSON.parse(info.stdout)).toMatchObject({ kind: 'plan', account: 'Acme Corp', notes: { total: 7, open: 6 } });
    const plain = path.join(repoRoot, 'test', 'corpus', 'valid', 'acme-plan-v1.tandem');
    expect(JSON.parse(tandem('info', plain).stdout)).not.toHaveProperty('notes');
    expect(tandem('diff', plain, sample)).toMatchObject({ code: 0, stdout: 'No changes.\n' });
  });

  it('export puts its notes in the review documents', () => {
    const out = path.join(work, 'review.md');
    expect(tandem('export', sample, '--format', 'md', '--out', out).code).toBe(0);
    const markdown = readFileSync(out, 'utf8');
    expect(markdown).toContain('## Review notes\n\n6 notes, 5 open');
    expect(markdown).toContain('Economic buyer not yet met in person.');
  });
});

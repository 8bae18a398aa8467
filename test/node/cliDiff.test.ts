import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanFile, PlaybookFile } from '../../shared/file/format';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');
let work: string;
let cli: string;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'tandem-cli-diff-'));
  cli = path.join(work, 'tandem.mjs');
  await build({ entryPoints: [path.join(repoRoot, 'electron', 'cli', 'main.ts')], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: cli, logLevel: 'error' });
}, 60_000);
afterAll(() => work && rmSync(work, { recursive: true, force: true }));

const tandem = (...args: string[]) => {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: work, encoding: 'utf8', timeout: 20_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const at = (name: string) => path.join(work, name);
const read = <T>(name: string): T => JSON.parse(readFileSync(at(name), 'utf8')) as T;
const write = (name: string, file: unknown) => writeFileSync(at(name), JSON.stringify(file));

describe('tandem diff', () => {
  let base: PlaybookFile;
  beforeAll(() => {
    expect(tandem('new', '--template', 'transactional-smb', '--out', at('v1.tandem')).code).toBe(0);
    base = read<PlaybookFile>('v1.tandem');
  });

  it('identical files: "No changes." and empty lists, exit 0', () => {
    expect(tandem('diff', at('v1.tandem'), at('v1.tandem'))).toEqual({ code: 0, stdout: 'No changes.\n', stderr: '' });
    expect(JSON.parse(tandem('diff', at('v1.tandem'), at('v1.tandem'), '--json').stdout)).toEqual({ added: [], removed: [], changed: [], moved: [] });
  });

  it('prints one change a line, and the same changes as JSON', () => {
    const changed = structuredClone(base);
    const [first, second] = changed.playbook.stages.filter((s) => s.lane === 'seller');
    const moved = changed.playbook.steps.find((s) => s.stageId === first!.id)!;
    moved.stageId = second!.id;
    const retitled = changed.playbook.steps.find((s) => s.id !== moved.id)!;
    const oldTitle = retitled.title;
    retitled.title = 'Confirm budget';
    write('v2.tandem', changed);

    const text = tandem('diff', at('v1.tandem'), at('v2.tandem'));
    expect(text.code).toBe(0);
    expect(text.stdout.trimEnd().split('\n')).toEqual(
      expect.arrayContaining([
        `Seller step '${moved.title}' moved from ${first!.name} to ${second!.name}`,
        expect.stringMatching(new RegExp(`^\\w+ step 'Confirm budget' changed: title \\(was '${oldTitle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}'\\)$`)),
      ]),
    );
    expect(text.stdout.trimEnd().split('\n')).toHaveLength(2);

    const json = JSON.parse(tandem('diff', at('v1.tandem'), at('v2.tandem'), '--json').stdout);
    expect(json).toEqual({
      added: [],
      removed: [],
      changed: [{ type: 'step', id: retitled.id, title: 'Confirm budget', lane: expect.any(String), fields: ['title'] }],
      moved: [{ type: 'step', id: moved.id, title: moved.title, lane: 'seller', from: first!.id, to: second!.id }],
    });
  });

  it('a plan against its playbook: a skipped step shows as removed', () => {
    expect(tandem('new-plan', '--playbook', at('v1.tandem'), '--account', 'Acme Corp', '--out', at('plan.tandem')).code).toBe(0);
    const plan = read<PlanFile>('plan.tandem');
    const skipped = plan.plan.steps.find((s) => s.lane === 'buyer')!;
    skipped.status = 'skipped';
    plan.plan.deviations.push({ id: 'dev-1', kind: 'skip', planStepId: skipped.id, stageId: null, category: 'alreadyDone', reason: 'Done last year', at: '2026-11-20T10:00:00.000Z' });
    write('plan.tandem', plan);
    const json = JSON.parse(tandem('diff', at('v1.tandem'), at('plan.tandem'), '--json').stdout);
    expect(json.added).toEqual([]);
    expect(json.removed.filter((e: { type: string }) => e.type === 'step')).toEqual([{ type: 'step', id: skipped.playbookStepId, title: skipped.title, lane: 'buyer' }]);
    expect(json.changed).toEqual([]);
    expect(json.moved).toEqual([]);
  });

  it('a file that cannot be read: exit 1 and one line naming it; wrong arguments: exit 2', () => {
    writeFileSync(at('broken.tandem'), '{"format":"tandem"');
    const broken = tandem('diff', at('v1.tandem'), at('broken.tandem'));
    expect(broken.code).toBe(1);
    expect(broken.stdout).toBe('');
    expect(broken.stderr.trimEnd().split('\n')).toEqual([expect.stringContaining(at('broken.tandem'))]);
    expect(tandem('diff', at('v1.tandem')).code).toBe(2);
  });
});

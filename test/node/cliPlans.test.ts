import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTandemFile } from '../../shared/file/load';
import type { PlanFile } from '../../shared/file/format';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');
let work: string;
let cli: string;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'tandem-cli-plans-'));
  cli = path.join(work, 'bin', 'tandem.mjs');
  await build({ entryPoints: [path.join(repoRoot, 'electron', 'cli', 'main.ts')], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: cli, logLevel: 'error' });
}, 60_000);
afterAll(() => work && rmSync(work, { recursive: true, force: true }));

const tandem = (...args: string[]) => {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: work, encoding: 'utf8', timeout: 20_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const at = (name: string) => path.join(work, name);
const loadPlan = (file: string): PlanFile => {
  const text = readFileSync(file, 'utf8');
  const loaded = loadTandemFile(text, { byteLength: Buffer.byteLength(text) });
  if (!loaded.ok || loaded.file.kind !== 'plan') throw new Error(loaded.ok ? 'not a plan' : loaded.error.message);
  return loaded.file;
};

describe('the command-line tool with deal plans', () => {
  it('new-plan writes a plan of the playbook file, every step not started, pinned to its version', () => {
    expect(tandem('new', '--template', 'transactional-smb', '--out', at('smb.tandem')).code).toBe(0);
    const made = tandem('new-plan', '--playbook', at('smb.tandem'), '--account', 'Acme Corp', '--rep', 'Dana', '--close', '2027-03-31', '--out', at('acme.tandem'));
    expect(made).toMatchObject({ code: 0, stdout: `Wrote ${at('acme.tandem')}\n` });
    const file = loadPlan(at('acme.tandem'));
    const playbook = JSON.parse(readFileSync(at('smb.tandem'), 'utf8')).playbook;
    expect(file.playbook.steps).toEqual(playbook.steps);
    expect(file.playbook.playbook.status).toBe('published');
    expect(file.plan.plan).toMatchObject({ account: 'Acme Corp', rep: 'Dana', targetCloseDate: '2027-03-31', playbookId: playbook.playbook.id });
    expect(file.plan.steps.map((s) => s.playbookStepId)).toEqual(playbook.steps.map((s: { id: string }) => s.id));
    expect(new Set(file.plan.steps.map((s) => s.status))).toEqual(new Set(['notStarted']));
  });

  it('validate and info read plan files', () => {
    const validate = tandem('validate', at('acme.tandem'));
    expect(validate.code).toBe(0);
    expect(validate.stdout).toMatch(/^plan v1: Acme Corp \(Transactional \/ SMB v1\) — \d+ steps, 0 stakeholders, 0 deviations\n$/);
    const info = JSON.parse(tandem('info', at('acme.tandem')).stdout);
    const file = loadPlan(at('acme.tandem'));
    expect(info).toEqual({
      kind: 'plan',
      formatVersion: 1,
      account: 'Acme Corp',
      playbook: { name: file.playbook.playbook.name, version: 1 },
      steps: { buyer: file.plan.steps.filter((s) => s.lane === 'buyer').length, seller: file.plan.steps.filter((s) => s.lane === 'seller').length },
      status: { notStarted: file.plan.steps.length, inProgress: 0, done: 0, skipped: 0 },
      deviations: 0,
      stakeholders: 0,
      outcome: 'open',
    });
  });

  it('exports a plan as itself, its review and its mutual action plan; refuses a playbook-only format', () => {
    for (const format of ['tandem', 'html', 'md', 'csv', 'map-html', 'map-md', 'map-csv', 'map-ics']) {
      const out = at(`acme-export.${format}`);
      expect(tandem('export', at('acme.tandem'), '--format', format, '--out', out).code, format).toBe(0);
      expect(readFileSync(out, 'utf8').length, format).toBeGreaterThan(0);
    }
    expect(loadPlan(at('acme-export.tandem')).plan).toEqual(loadPlan(at('acme.tandem')).plan);
    expect(readFileSync(at('acme-export.map-ics'), 'utf8')).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(readFileSync(at('acme-export.html'), 'utf8')).toContain('Acme Corp');
    const refused = tandem('export', at('acme.tandem'), '--format', 'bpmn', '--out', at('nope.bpmn'));
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/a plan exports as tandem, html/);
  });

  it('refuses bad input with one line and writes nothing', () => {
    const empty = tandem('new-plan', '--playbook', at('smb.tandem'), '--account', '   ', '--out', at('x.tandem'));
    expect(empty.code).toBe(2);
    expect(empty.stderr.split('\n')[0]).toBe('tandem new-plan: --account: must not be empty');
    const badDate = tandem('new-plan', '--playbook', at('smb.tandem'), '--account', 'Acme', '--close', '31/03/2027', '--out', at('x.tandem'));
    expect(badDate.code).toBe(2);
    expect(badDate.stderr.split('\n')[0]).toMatch(/^tandem new-plan: --close: /);
    const fromPlan = tandem('new-plan', '--playbook', at('acme.tandem'), '--account', 'Acme', '--out', at('x.tandem'));
    expect(fromPlan.code).toBe(1);
    expect(fromPlan.stderr).toMatch(/this is a plan file; --playbook takes a playbook file/);
    writeFileSync(at('broken.tandem'), JSON.stringify({ ...JSON.parse(readFileSync(at('acme.tandem'), 'utf8')), plan: { nope: 1 } }));
    const broken = tandem('validate', at('broken.tandem'));
    expect(broken.code).toBe(1);
    expect(broken.stderr.trim().split('\n')).toHaveLength(1);
    expect(() => readFileSync(at('x.tandem'))).toThrow();
  });
});

describe('tandem analyze', () => {
  it('prints coverage and findings for a playbook and a plan; exit 0 whatever was found', () => {
    expect(tandem('new', '--template', 'b2b-saas-new-logo', '--out', at('b2b.tandem')).code).toBe(0);
    const result = tandem('analyze', at('b2b.tandem'), '--today', '2026-12-01');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { coverage: { overall: number; byStage: Array<{ stageId: string; name: string; coverage: number }> }; findings: Array<Record<string, unknown>> };
    expect(report.coverage.overall).toBeGreaterThan(0);
    expect(report.coverage.byStage.length).toBeGreaterThan(3);
    for (const stage of report.coverage.byStage) expect(Object.keys(stage)).toEqual(['stageId', 'name', 'coverage']);
    for (const finding of report.findings) expect(Object.keys(finding)).toEqual(['kind', 'severity', 'message', 'ids']);

    // Remove every mirror link to one buyer step: it must now be reported as unsupported.
    const file = JSON.parse(readFileSync(at('b2b.tandem'), 'utf8'));
    const buyerStep = file.playbook.steps[0].id as string;
    file.playbook.links = file.playbook.links.filter((l: { targetId: string }) => l.targetId !== buyerStep);
    writeFileSync(at('b2b-cut.tandem'), JSON.stringify(file));
    const cut = JSON.parse(tandem('analyze', at('b2b-cut.tandem'), '--today', '2026-12-01').stdout);
    expect(cut.coverage.overall).toBeLessThan(report.coverage.overall);
    expect(cut.findings).toContainEqual(expect.objectContaining({ kind: 'unsupported-buyer-step', ids: [buyerStep] }));

    const plan = JSON.parse(tandem('analyze', at('acme.tandem'), '--today', '2026-12-01').stdout);
    expect(plan.findings.map((f: { kind: string }) => f.kind)).toEqual(expect.arrayContaining(['missing-economic-buyer', 'missing-coach', 'unassigned-buyer-step']));
  });

  it('refuses a bad day or an unreadable file with one line', () => {
    const badDay = tandem('analyze', at('b2b.tandem'), '--today', 'tomorrow');
    expect(badDay.code).toBe(2);
    expect(badDay.stderr.split('\n')[0]).toBe('tandem analyze: --today: expected a day as YYYY-MM-DD, found "tomorrow"');
    writeFileSync(at('not-json.tandem'), 'hello');
    const broken = tandem('analyze', at('not-json.tandem'));
    expect(broken.code).toBe(1);
    expect(broken.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('tandem review', () => {
  it('reviews a folder of plans, listing broken and foreign files as skipped, and writes a self-contained report', () => {
    const folder = at('plans');
    mkdirSync(folder);
    for (let i = 0; i < 6; i++) {
      expect(tandem('new-plan', '--playbook', at('smb.tandem'), '--account', `Account ${i}`, '--out', path.join(folder, `plan-${i}.tandem`)).code).toBe(0);
    }
    // Plans 0, 2 and 4 skip the first seller step, with the reason on record; even plans win, odd ones lose.
    for (let i = 0; i < 6; i++) {
      const file = path.join(folder, `plan-${i}.tandem`);
      const data = JSON.parse(readFileSync(file, 'utf8'));
      data.plan.plan.outcome = i % 2 === 0 ? 'won' : 'lost';
      if (i % 2 === 0) {
        const step = data.plan.steps.find((s: { lane: string }) => s.lane === 'seller');
        step.status = 'skipped';
        data.plan.deviations.push({ id: `dev-${i}`, kind: 'skip', planStepId: step.id, stageId: null, category: 'notRelevant', reason: 'Small deal', at: '2026-11-01T00:00:00.000Z' });
      }
      writeFileSync(file, JSON.stringify(data));
    }
    writeFileSync(path.join(folder, 'broken.tandem'), '{"format": "tandem", ');
    writeFileSync(path.join(folder, 'notes.txt'), 'call Ana on Monday');
    writeFileSync(path.join(folder, 'playbook.tandem'), readFileSync(at('smb.tandem')));

    const result = tandem('review', folder, '--out', at('review.html'), '--json');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.plans).toBe(6);
    expect(report.skipped.map((s: { file: string }) => s.file)).toEqual(['broken.tandem', 'notes.txt', 'playbook.tandem']);
    expect(report.skipped[2].reason).toBe('a playbook file, not a deal plan');
    for (const s of report.skipped) expect(s.reason).not.toContain('\n');
    expect(report.playbooks).toHaveLength(1);
    expect(report.playbooks[0]).toMatchObject({ version: 1, plans: 6, outcomes: { won: 3, lost: 3, noDecision: 0, open: 0 } });
    const seller = JSON.parse(readFileSync(at('smb.tandem'), 'utf8')).playbook;
    const firstSellerId = seller.steps.find((s: { stageId: string }) => seller.stages.find((st: { id: string; lane: string }) => st.id === s.stageId).lane === 'seller').id;
    expect(report.playbooks[0].steps.find((s: { id: string }) => s.id === firstSellerId)).toMatchObject({ skipped: 3, added: 0, moved: 0, loopedBack: 0 });
    const html = readFileSync(at('review.html'), 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('6 deal plans reviewed');
  });

  it('refuses a folder that is not there with one line', () => {
    const missing = tandem('review', at('no-such-folder'), '--out', at('r.html'));
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
  });
});

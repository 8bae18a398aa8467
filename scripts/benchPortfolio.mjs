// Portfolio review benchmark: `tandem review` over 1,000 deal plan files of a 41-step playbook,
// against a bare baseline in the same run (read + JSON.parse of the same files). Prints the ratio
// and the absolute time, and checks the review also finishes with a heap far smaller than the
// folder (it streams: one file at a time). Exits non-zero only when something broke.
// Usage: npm run bench:portfolio [-- --plans N]
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { build as buildApp, root, startHarness } from './benchHarness.mjs';

const { values } = parseArgs({ options: { plans: { type: 'string' } } });
const PLANS = Number(values.plans ?? 1000);
const OUTCOMES = ['won', 'lost', 'noDecision', 'open'];
const work = mkdtempSync(join(tmpdir(), 'tandem-bench-portfolio-'));

try {
  const cli = join(work, 'tandem.mjs');
  await build({ entryPoints: [join(root, 'electron', 'cli', 'main.ts')], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: cli, logLevel: 'error' });
  const tandem = (args, extra = []) => {
    const started = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [...extra, cli, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (r.status !== 0) throw new Error(`tandem ${args[0]} failed: ${r.stderr.trim()}`);
    return { stdout: r.stdout, ms: Number(process.hrtime.bigint() - started) / 1e6 };
  };

  tandem(['new', '--template', 'b2b-saas-new-logo', '--out', join(work, 'playbook.tandem')]);
  tandem(['new-plan', '--playbook', join(work, 'playbook.tandem'), '--account', 'Template', '--out', join(work, 'plan.tandem')]);
  const template = JSON.parse(readFileSync(join(work, 'plan.tandem'), 'utf8'));
  const folder = join(work, 'plans');
  mkdirSync(folder);
  let bytes = 0;
  for (let i = 0; i < PLANS; i++) {
    const file = structuredClone(template);
    const plan = file.plan;
    plan.plan.id = `plan-${i}`;
    plan.plan.account = `Account ${i}`;
    plan.plan.outcome = OUTCOMES[i % 4];
    plan.steps.forEach((s, j) => (s.id = `plan-${i}-step-${j}`));
    // Every third plan skips one seller step, with its reason: the review has departures to count.
    const seller = plan.steps.filter((s) => s.lane === 'seller');
    if (i % 3 === 0) {
      const step = seller[i % seller.length];
      step.status = 'skipped';
      plan.deviations.push({ id: `plan-${i}-dev`, kind: 'skip', planStepId: step.id, stageId: null, category: 'notRelevant', reason: 'Small deal', at: '2026-11-01T00:00:00.000Z' });
    }
    const text = JSON.stringify(file, null, 2);
    bytes += Buffer.byteLength(text);
    writeFileSync(join(folder, `plan-${String(i).padStart(4, '0')}.tandem`), text);
  }

  const baselineScript = `const fs=require('fs'),p=require('path');const d=process.argv[1];let n=0;for(const f of fs.readdirSync(d).sort()){JSON.parse(fs.readFileSync(p.join(d,f),'utf8'));n++}console.log(n)`;
  const baseline = () => {
    const started = process.hrtime.bigint();
    const r = spawnSync(process.execPath, ['-e', baselineScript, folder], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`baseline failed: ${r.stderr}`);
    return Number(process.hrtime.bigint() - started) / 1e6;
  };

  const rounds = 3;
  const review = [];
  const bare = [];
  for (let i = 0; i < rounds; i++) {
    bare.push(baseline());
    const run = tandem(['review', folder, '--out', join(work, 'report.html'), '--json']);
    review.push(run.ms);
    const report = JSON.parse(run.stdout);
    if (report.plans !== PLANS) throw new Error(`the review counted ${report.plans} plans of ${PLANS}`);
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  // A heap of 48 MB holds a few plans at a time, not the folder: finishing proves the review streams.
  const folderMb = bytes / 1024 / 1024;
  tandem(['review', folder, '--out', join(work, 'report-small-heap.html')], ['--max-old-space-size=48']);

  // The app's path: the same folder through the harness, whose review runs on a worker; meanwhile
  // the page keeps asking for the playbook list and the progress, and times each answer.
  await buildApp('harness');
  const app = await reviewInHarness(folder, join(work, 'data'));

  console.log(`portfolio review of ${PLANS} plan files (${folderMb.toFixed(1)} MB), median of ${rounds} runs, whole process each:`);
  console.log(`  tandem review           ${median(review).toFixed(0)} ms`);
  console.log(`  read + JSON.parse only  ${median(bare).toFixed(0)} ms`);
  console.log(`  ratio                   ${(median(review) / median(bare)).toFixed(2)}x`);
  console.log(`  finished with a 48 MB heap for a ${folderMb.toFixed(0)} MB folder: yes`);
  console.log(`in the app (harness, review on a worker): ${app.ms.toFixed(0)} ms for ${app.plans} plans;`);
  console.log(`  meanwhile ${app.calls} calls answered, median ${app.median.toFixed(0)} ms, slowest ${app.slowest.toFixed(0)} ms`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** Reviews the folder through the built harness while timing other calls; the harness stands in for the folder picker. */
async function reviewInHarness(folder, dataDir) {
  const { call, stop } = await startHarness(dataDir, ['--pick-folder', folder]);
  try {
    await call('chooseReviewFolder');
    const started = performance.now();
    let reviewing = true;
    const review = call('reviewPlanFolder', { folder }).finally(() => (reviewing = false));
    const times = [];
    while (reviewing) {
      for (const op of ['listPlaybooks', 'portfolioProgress']) {
        const at = performance.now();
        await call(op);
        times.push(performance.now() - at);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const report = await review;
    const ms = performance.now() - started;
    const sorted = times.sort((a, b) => a - b);
    return { ms, plans: report.plans, calls: times.length, median: sorted[Math.floor(sorted.length / 2)] ?? 0, slowest: sorted.at(-1) ?? 0 };
  } finally {
    await stop();
  }
}

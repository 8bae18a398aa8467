// Import responsiveness benchmark: imports a ~40 MB playbook file through the test harness (which,
// like the app, imports on a worker thread) and measures how long other API calls take meanwhile.
// Usage: node scripts/benchImport.mjs [--skip-build]
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build as esbuild } from 'esbuild';
import { build, root, startHarness } from './benchHarness.mjs';

const outDir = join(root, 'dist', 'bench');
const { values: options } = parseArgs({ options: { 'skip-build': { type: 'boolean' } } });
// What "responsive" means here: a list request answered within this while the import runs.
const BUDGET_MS = 250;
const LIST_EVERY_MS = 50;

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.round((sorted.length - 1) * q))];
};

async function main() {
  mkdirSync(outDir, { recursive: true });
  await Promise.all([
    options['skip-build'] ? Promise.resolve() : build('harness'),
    esbuild({ entryPoints: [join(root, 'test/bench/largeImport.ts')], outfile: join(outDir, 'largeImport.mjs'), bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'error' }),
  ]);
  const { largeImportText } = await import(pathToFileURL(join(outDir, 'largeImport.mjs')).href);
  const text = largeImportText();
  const dataDir = mkdtempSync(join(tmpdir(), 'tandem-bench-import-'));
  const harness = await startHarness(dataDir);
  try {
    await harness.call('listPlaybooks');
    const lists = [];
    const phases = new Set();
    let importing = true;
    const started = performance.now();
    const importing$ = harness.call('importPlaybookFile', { text }).finally(() => (importing = false));
    while (importing) {
      const asked = performance.now();
      await harness.call('listPlaybooks');
      lists.push(performance.now() - asked);
      if (process.env.BENCH_TRACE && lists.at(-1) > 100) console.log(`slow list at ${((asked - started) / 1000).toFixed(2)} s: ${lists.at(-1).toFixed(0)} ms, phase ${[...phases].at(-1)}`);
      const progress = await harness.call('importProgress');
      if (progress) phases.add(progress.phase);
      await new Promise((resolve) => setTimeout(resolve, LIST_EVERY_MS));
    }
    const result = await importing$;
    const importMs = performance.now() - started;
    const max = Math.max(...lists);
    const results = {
      date: new Date().toISOString(),
      fileMB: Number((Buffer.byteLength(text) / 1e6).toFixed(1)),
      importMs: Math.round(importMs),
      listCalls: lists.length,
      listMedianMs: Number(quantile(lists, 0.5).toFixed(1)),
      listP95Ms: Number(quantile(lists, 0.95).toFixed(1)),
      listMaxMs: Number(max.toFixed(1)),
      phasesSeen: [...phases],
      budgetMs: BUDGET_MS,
      withinBudget: max < BUDGET_MS,
      imported: result.name,
    };
    console.log(`Import of a ${results.fileMB} MB playbook through the harness: ${(importMs / 1000).toFixed(1)} s`);
    console.log(`listPlaybooks meanwhile: ${lists.length} calls, median ${results.listMedianMs} ms, p95 ${results.listP95Ms} ms, max ${results.listMaxMs} ms — ${results.withinBudget ? 'within' : 'OVER'} ${BUDGET_MS} ms`);
    console.log(`phases seen: ${results.phasesSeen.join(', ')}`);
    writeFileSync(join(outDir, 'import-results.json'), `${JSON.stringify(results, null, 2)}\n`);
    console.log(`results: ${join('dist', 'bench', 'import-results.json')}`);
  } finally {
    await harness.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

try {
  await main();
} catch (error) {
  console.error(`bench failed: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
}

// Drop benchmark: what the release of a dragged card costs the page, measured inside Chromium
// rather than by the wall clock around it. `npm run bench` times a drop from the release to the
// second frame after it, which on a busy machine mostly measures waiting; this reports the page's
// own work: how long the mouse-up's handlers ran (Event Timing), the main thread's script, layout
// and task time over the drop (DevTools metrics), and how many step cards rendered.
// Usage: node scripts/benchDrop.mjs [--skip-build] [--drops N] [--steps N]
// Run it before and after a change, alternating, on the same machine state; compare medians.
/* global window, requestAnimationFrame, requestIdleCallback */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build as esbuild } from 'esbuild';
import { chromium } from 'playwright-core';
import { build, root, startHarness } from './benchHarness.mjs';

const outDir = join(root, 'dist', 'bench');
const { values: options } = parseArgs({ options: { 'skip-build': { type: 'boolean' }, drops: { type: 'string' }, steps: { type: 'string' } } });
const DROPS = Number(options.drops ?? 8);
const STEPS = Number(options.steps ?? 2000);
const MOVES = 60;

const cleanups = [];
try {
  mkdirSync(outDir, { recursive: true });
  if (!options['skip-build']) await build('renderer,harness');
  await esbuild({ entryPoints: [join(root, 'test/bench/graph.ts')], outfile: join(outDir, 'graph.mjs'), bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'error' });
  const graph = await import(pathToFileURL(join(outDir, 'graph.mjs')).href);

  const dataDir = mkdtempSync(join(tmpdir(), 'tandem-bench-drop-'));
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  const harness = await startHarness(dataDir);
  cleanups.push(harness.stop);
  const { url, call } = harness;
  const { playbookId } = await call('importPlaybookFile', { text: graph.benchFileText(STEPS) });
  const doc = await call('getPlaybook', { id: playbookId });
  const stepId = doc.steps.find((s) => s.title === graph.stackTopTitle(STEPS)).id;

  const profile = mkdtempSync(join(tmpdir(), 'tandem-bench-drop-chromium-'));
  cleanups.push(() => rmSync(profile, { recursive: true, force: true }));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: ['--no-sandbox', '--disable-gpu'],
  });
  cleanups.push(() => context.close());
  const page = await context.newPage();
  await page.addInitScript(() => (window.__tandemCardRenders = {}));
  await page.goto(`${url}#/playbook/${playbookId}`);
  const card = `.react-flow__node-step[data-id="${stepId}"] .step-title`;
  await page.waitForSelector(card, { timeout: 60_000 });
  const settle = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => requestIdleCallback(() => r(), { timeout: 1000 })))));
  await settle();
  await page.evaluate(() => {
    window.__drop = {};
    window.addEventListener('mouseup', () => (window.__drop.at = performance.now()), true);
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'mouseup') window.__drop.handlers = e.processingEnd - e.processingStart;
    }).observe({ type: 'event', durationThreshold: 16 });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));

  const drops = [];
  // The first drag selects the step and opens the inspector: a warm-up, as in `npm run bench`.
  for (let i = 0; i <= DROPS; i++) {
    const direction = i % 2 === 0 ? 1 : -1;
    const box = await page.locator(card).boundingBox();
    const from = { x: box.x + box.width / 2, y: box.y + Math.min(box.height / 2, 10) };
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (let m = 1; m <= MOVES; m++) await page.mouse.move(from.x, from.y + direction * m * 3);
    await settle();
    await page.evaluate(() => {
      window.__drop = {};
      window.__tandemCardRenders = {};
    });
    const before = await metrics();
    await page.mouse.up();
    const secondFrame = await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame((t) => r(t)))));
    const after = await metrics();
    await page.getByText('All changes saved', { exact: true }).waitFor({ timeout: 15_000 });
    await settle();
    const seen = await page.evaluate(() => ({ ...window.__drop, cards: Object.values(window.__tandemCardRenders).reduce((a, b) => a + b, 0) }));
    const ms = (name) => (after[name] - before[name]) * 1000;
    if (i > 0)
      drops.push({ handlers: seen.handlers ?? 0, toSecondFrame: secondFrame - seen.at, script: ms('ScriptDuration'), layout: ms('LayoutDuration'), task: ms('TaskDuration'), cards: seen.cards });
  }
  const median = (key) => {
    const sorted = drops.map((d) => d[key]).sort((a, b) => a - b);
    return sorted[sorted.length >> 1];
  };
  const load = (await import('node:os')).loadavg()[0].toFixed(2);
  console.log(`${STEPS} steps, ${drops.length} drops, load average ${load}; medians in ms of the page's main thread:`);
  for (const [key, what] of [
    ['handlers', "mouse-up's handlers (snap, store, flow rebuild, React render)"],
    ['script', 'script over the drop'],
    ['layout', 'layout over the drop'],
    ['task', 'all tasks over the drop (script, layout, paint, compositing)'],
    ['toSecondFrame', 'release to the second frame after it'],
  ])
    console.log(`  ${median(key).toFixed(1).padStart(7)}  ${what}`);
  console.log(`  ${String(median('cards')).padStart(7)}  step card renders per drop`);
} finally {
  for (const undo of cleanups.reverse()) {
    try {
      await undo();
    } catch {
      // Best effort on the way out.
    }
  }
}

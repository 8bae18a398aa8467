// Canvas drag benchmark: Tandem against bare React Flow on the same 2,000-step graph, in one run of
// headless Chromium. Prints ratios (Tandem / bare), never pass/fail thresholds: machines are noisy.
// Exits non-zero only when something broke. See test/bench/README.md.
// Usage: npm run bench [-- --rounds N] [-- --skip-build]
// Functions passed to page.evaluate run in the page, hence its globals:
/* global document, window, requestAnimationFrame, requestIdleCallback */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build as esbuild } from 'esbuild';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, 'dist', 'bench');
const bareDir = join(outDir, 'bare');
const { values: options } = parseArgs({ options: { rounds: { type: 'string' }, 'skip-build': { type: 'boolean' } } });

const STEPS = 2000;
const VIEWPORT = { width: 1400, height: 900 };
const WARMUP_DRAGS = 1;
const ROUNDS = Number(options.rounds ?? 5);
const MOVES = 60;
// Screen pixels per mouse move. Straight down and back up: the step stays in its stage column, so
// Tandem's drop (which snaps a step into the column under its centre) leaves it where bare React Flow
// leaves it, and the two pages keep the same picture. Drags alternate direction, starting downwards.
const STEP_PX = { x: 0, y: 3 };
// Rounds stop early past this (keeping at least two) so a busy machine still finishes in about 3 minutes.
const ROUNDS_BUDGET_MS = 130_000;
const DEADLINE_MS = 175_000;
const startedAt = Date.now();
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const WRITE_OP = /\/api\/putSteps?$/;

/** Undone in reverse order on the way out, whatever happened. */
const cleanups = [];
const cleanup = async () => {
  while (cleanups.length) {
    try {
      await cleanups.pop()();
    } catch (error) {
      console.error(`cleanup: ${error instanceof Error ? error.message : error}`);
    }
  }
};

const log = (line) => console.log(line);

function run(cmd, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} exited with ${code}`))));
  });
}

async function buildAll() {
  mkdirSync(bareDir, { recursive: true });
  const app = options['skip-build'] ? Promise.resolve() : run(process.execPath, ['scripts/build.mjs', '--target', 'renderer,harness', '--quiet']);
  const graphModule = esbuild({
    entryPoints: [join(root, 'test/bench/graph.ts')],
    outfile: join(outDir, 'graph.mjs'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
  });
  // Built like the renderer: production React, minified, so the baseline is not handicapped.
  const barePage = esbuild({
    entryPoints: [join(root, 'test/bench/bare/main.tsx')],
    outdir: bareDir,
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: 'chrome120',
    jsx: 'automatic',
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  }).then(() => copyFileSync(join(root, 'test/bench/bare/index.html'), join(bareDir, 'index.html')));
  await Promise.all([app, graphModule, barePage]);
}

async function startHarness() {
  const dataDir = mkdtempSync(join(tmpdir(), 'tandem-bench-data-'));
  const child = spawn(process.execPath, [join(root, 'dist/harness/main.mjs'), '--port', '0', '--data', dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  cleanups.push(async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  });
  let out = '';
  let err = '';
  child.stderr.on('data', (chunk) => (err += chunk));
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`harness did not start: ${err}`)), 20_000);
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /^ready (http:\/\/127\.0\.0\.1:\d+\/)$/m.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => reject(new Error(`harness exited (${code}): ${err}`)));
  });
  const call = async (op, arg) => {
    const response = await fetch(`${url}api/${op}`, { method: 'POST', body: JSON.stringify({ arg }), headers: { 'Content-Type': 'application/json' } });
    const envelope = await response.json();
    if (!envelope.ok) throw new Error(`${op}: ${envelope.error?.message ?? 'failed'}`);
    return envelope.value;
  };
  return { url, call };
}

const MIME = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json' };

/** Serves the bare page's folder on 127.0.0.1. */
async function serveBare() {
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const file = normalize(join(bareDir, path === '/' ? 'index.html' : decodeURIComponent(path.slice(1))));
    try {
      if (!file.startsWith(bareDir + sep)) throw new Error('outside');
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': MIME[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('Not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(
    () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  );
  return `http://127.0.0.1:${server.address().port}/`;
}

async function launchBrowser() {
  const profile = mkdtempSync(join(tmpdir(), 'tandem-bench-chromium-'));
  cleanups.push(() => rmSync(profile, { recursive: true, force: true }));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: VIEWPORT,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  cleanups.push(() => context.close());
  return context;
}

/**
 * Opens a page and waits until the step nodes are drawn and the canvas has settled: on the bare page
 * all of them; on Tandem, which draws only the cards in view on a large playbook, until the step to
 * drag is drawn (`readySelector`).
 */
async function openPage(context, name, url, nodeSelector, readySelector) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const started = Date.now();
  const response = await page.goto(url);
  if (!response?.ok()) throw new Error(`${name}: ${url} answered ${response?.status()}`);
  try {
    if (readySelector) await page.waitForSelector(readySelector, { timeout: 60_000 });
    else await page.waitForFunction(({ selector, count }) => document.querySelectorAll(selector).length === count, { selector: nodeSelector, count: STEPS }, { timeout: 60_000, polling: 250 });
  } catch {
    const count = await page.locator(nodeSelector).count();
    throw new Error(`${name}: ${count} of ${STEPS} step nodes after 60 s${errors.length ? `; page errors: ${errors.join(' | ')}` : ''}`);
  }
  await settle(page);
  const drawn = await page.locator(nodeSelector).count();
  return { name, page, errors, nodeSelector, drawn, loadMs: Date.now() - started };
}

/** Lets the page finish pending work: two frames, then an idle period. */
const settle = (page) =>
  page.evaluate(
    () =>
      new Promise((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => requestIdleCallback(() => resolve(), { timeout: 1000 }))),
      ),
  );

/** Starts a requestAnimationFrame loop in the page that keeps every frame's timestamp. */
const startFrames = (page) =>
  page.evaluate(() => {
    const frames = [];
    let running = true;
    const tick = (t) => {
      frames.push(t);
      if (running) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    window.__benchFrames = () => {
      running = false;
      return frames;
    };
  });

/** Stops the loop; returns the intervals between frames, in ms. */
const stopFrames = (page) =>
  page.evaluate(() => {
    const frames = window.__benchFrames();
    return frames.slice(1).map((t, i) => t - frames[i]);
  });

/**
 * One drag of the step `stepId`: press on it, MOVES mouse moves, release. Frame intervals are
 * recorded from the press to the last move; the drop is timed separately, to the next painted frame.
 */
async function drag(target, stepId, grabSelector, direction) {
  const { page } = target;
  const box = await page.locator(`${target.nodeSelector}[data-id="${stepId}"] ${grabSelector}`.trim()).boundingBox();
  if (!box) throw new Error(`${target.name}: step ${stepId} is not on screen`);
  const from = { x: box.x + box.width / 2, y: box.y + Math.min(box.height / 2, 10) };
  const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('.react-flow__node')?.getAttribute('data-id') ?? null, from);
  await page.mouse.move(from.x, from.y);
  await startFrames(page);
  const started = performance.now();
  await page.mouse.down();
  for (let i = 1; i <= MOVES; i++) await page.mouse.move(from.x + direction * i * STEP_PX.x, from.y + direction * i * STEP_PX.y);
  const dragMs = performance.now() - started;
  const frames = await stopFrames(page);
  const dropStarted = performance.now();
  await page.mouse.up();
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
  const dropMs = performance.now() - dropStarted;
  return { frames, dragMs, dropMs, grabbed: hit };
}

/** Waits until Tandem reports every write done (its toolbar says so). */
async function tandemSaved(page) {
  await page.getByText('All changes saved', { exact: true }).waitFor({ timeout: 15_000 });
}

const quantile = (values, q) => {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
};

function summarize(drags) {
  const frames = drags.flatMap((d) => d.frames);
  return {
    drags: drags.length,
    frames: frames.length,
    frameMedianMs: quantile(frames, 0.5),
    frameP95Ms: quantile(frames, 0.95),
    frameMaxMs: Math.max(...frames),
    dragWallMedianMs: quantile(drags.map((d) => d.dragMs), 0.5),
    dropMedianMs: quantile(drags.map((d) => d.dropMs), 0.5),
  };
}

async function main() {
  if (!Number.isInteger(ROUNDS) || ROUNDS < 1) throw new Error(`--rounds must be a whole number of at least 1, not "${options.rounds}"`);
  const buildStarted = Date.now();
  await buildAll();
  const { benchFileText, bareGraph } = await import(pathToFileURL(join(outDir, 'graph.mjs')).href);
  log(`built in ${((Date.now() - buildStarted) / 1000).toFixed(1)} s`);

  const [harness, bareUrl, context] = await Promise.all([startHarness(), serveBare(), launchBrowser()]);
  const { playbookId } = await harness.call('importPlaybookFile', { text: benchFileText(STEPS) });
  // The bare graph is built from what Tandem stored, so ids, order and positions are Tandem's own.
  const doc = await harness.call('getPlaybook', { id: playbookId });
  const graph = bareGraph(doc);
  writeFileSync(join(bareDir, 'graph.json'), JSON.stringify(graph));
  if (graph.nodes.length !== STEPS) throw new Error(`bare graph has ${graph.nodes.length} nodes, expected ${STEPS}`);
  // The last step of the first column's stack is on top of the steps it covers on both pages.
  const stepId = doc.steps.find((s) => s.title === 'Step 1800')?.id;
  if (!stepId) throw new Error('the benchmark playbook has no "Step 1800"');

  const tandem = await openPage(context, 'tandem', `${harness.url}#/playbook/${playbookId}`, '.react-flow__node-step', `.react-flow__node-step[data-id="${stepId}"] .step-title`);
  tandem.grab = '.step-title';
  const writes = [];
  tandem.page.on('request', (r) => {
    if (r.method() === 'POST' && WRITE_OP.test(r.url())) writes.push(r.url().replace(/^.*\/api\//, ''));
  });
  // The first drag selects the step and opens the inspector, which narrows the canvas: warm up
  // Tandem first, then give the bare canvas the size Tandem's canvas ended up with.
  const warm = async (target) => {
    for (let i = 0; i < WARMUP_DRAGS; i++) {
      await target.page.bringToFront();
      await drag(target, stepId, target.grab, i % 2 === 0 ? 1 : -1);
      if (target === tandem) await tandemSaved(target.page);
      await settle(target.page);
    }
  };
  await warm(tandem);
  const canvas = await tandem.page.locator('.react-flow').boundingBox();
  const size = { width: Math.round(canvas.width), height: Math.round(canvas.height) };
  const bare = await openPage(context, 'bare', `${bareUrl}?w=${size.width}&h=${size.height}`, '.react-flow__node');
  bare.grab = '';
  await warm(bare);

  const measured = { bare: [], tandem: [] };
  const writesPerDrag = [];
  const visibility = new Set();
  let rounds = 0;
  for (let round = 0; round < ROUNDS; round++) {
    if (round >= 2 && Date.now() - startedAt > ROUNDS_BUDGET_MS) break;
    rounds++;
    // Alternate which page goes first and the drag direction, so both share the machine's drift.
    const order = round % 2 === 0 ? [bare, tandem] : [tandem, bare];
    const direction = round % 2 === 0 ? 1 : -1;
    for (const target of order) {
      await target.page.bringToFront();
      await settle(target.page);
      visibility.add(`${target.name}:${await target.page.evaluate(() => document.visibilityState)}`);
      const before = writes.length;
      const result = await drag(target, stepId, target.grab, direction);
      if (target === tandem) {
        await tandemSaved(target.page);
        writesPerDrag.push(writes.length - before);
      }
      measured[target.name].push(result);
    }
  }

  const stats = { bare: summarize(measured.bare), tandem: summarize(measured.tandem) };
  const ratio = (key) => stats.tandem[key] / stats.bare[key];
  const ratios = { frameMedian: ratio('frameMedianMs'), frameP95: ratio('frameP95Ms'), dragWallMedian: ratio('dragWallMedianMs'), dropMedian: ratio('dropMedianMs') };
  const userAgent = await bare.page.evaluate(() => navigator.userAgent);
  const misgrabs = Object.entries(measured).flatMap(([name, drags]) => drags.filter((d) => d.grabbed !== stepId).map(() => name));
  const errors = [...bare.errors.map((e) => `bare: ${e}`), ...tandem.errors.map((e) => `tandem: ${e}`)];

  const ms = (v) => `${v.toFixed(1)} ms`.padStart(9);
  const row = (label, key, r) => log(`${label.padEnd(24)}bare ${ms(stats.bare[key])}  tandem ${ms(stats.tandem[key])}  ratio ${r.toFixed(2)}`);
  log('');
  log(`Canvas drag, ${STEPS} steps / ${graph.edges.length} links, ${VIEWPORT.width}x${VIEWPORT.height} window, canvas ${size.width}x${size.height} at zoom ${graph.viewport.zoom}`);
  log(`${rounds} measured drags per page (after ${WARMUP_DRAGS} warm-up), ${MOVES} mouse moves each, pages alternating; ${userAgent.match(/(?:Headless)?Chrome\/[\d.]+/)?.[0] ?? userAgent}`);
  log(`page ready: bare ${(bare.loadMs / 1000).toFixed(1)} s, tandem ${(tandem.loadMs / 1000).toFixed(1)} s; step nodes drawn: bare ${bare.drawn}, tandem ${tandem.drawn} (the cards in view)`);
  row('drag frame time  median', 'frameMedianMs', ratios.frameMedian);
  row('drag frame time  p95', 'frameP95Ms', ratios.frameP95);
  row('drag wall time   median', 'dragWallMedianMs', ratios.dragWallMedian);
  row('drop to paint    median', 'dropMedianMs', ratios.dropMedian);
  log(`frames recorded: bare ${stats.bare.frames}, tandem ${stats.tandem.frames}; longest frame: bare ${stats.bare.frameMaxMs.toFixed(1)} ms, tandem ${stats.tandem.frameMaxMs.toFixed(1)} ms`);
  const oneEach = writesPerDrag.every((n) => n === 1);
  log(`Tandem API writes (putStep/putSteps) during measured drags: ${writesPerDrag.reduce((a, b) => a + b, 0)} in ${writesPerDrag.length} drags [${writesPerDrag.join(' ')}] — ${oneEach ? 'one per drop, as expected' : 'NOT one per drop'}`);
  if (rounds < ROUNDS) log(`note: stopped after ${rounds} of ${ROUNDS} rounds to stay within the time budget`);
  if (misgrabs.length) log(`note: ${misgrabs.length} drag(s) pressed on another node than ${stepId} (${misgrabs.join(', ')})`);
  if ([...visibility].some((v) => !v.endsWith(':visible'))) log(`note: page visibility during measurement: ${[...visibility].join(', ')}`);
  if (errors.length) log(`page errors: ${errors.join(' | ')}`);

  const results = {
    date: new Date().toISOString(),
    userAgent,
    steps: STEPS,
    links: graph.edges.length,
    window: VIEWPORT,
    canvas: size,
    viewport: graph.viewport,
    warmupDrags: WARMUP_DRAGS,
    rounds,
    movesPerDrag: MOVES,
    loadMs: { bare: bare.loadMs, tandem: tandem.loadMs },
    stats,
    ratios,
    writes: { perDrag: writesPerDrag, ops: writes, onePerDrop: oneEach },
    drags: measured,
    pageErrors: errors,
  };
  writeFileSync(join(outDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  log(`results: ${join('dist', 'bench', 'results.json')}`);
}

const deadline = setTimeout(() => {
  console.error(`bench: still running after ${DEADLINE_MS / 1000} s, giving up`);
  void cleanup().then(() => process.exit(1));
}, DEADLINE_MS);
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => void cleanup().then(() => process.exit(130)));

try {
  await main();
} catch (error) {
  console.error(`bench failed: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  clearTimeout(deadline);
  await cleanup();
}

// Tandem's speed figures, each against a bare baseline in the same run: the canvas (drag, drop, first
// paint, pan and zoom, heap) against bare React Flow on the same graph in headless Chromium, and the
// service (save, open, import) against raw better-sqlite3 and JSON.parse; exports as absolute times.
// Prints a table, or with --json one JSON object. Exits non-zero only when something broke.
// See test/bench/README.md.
// Usage: npm run bench [-- --json] [-- --rounds N] [-- --skip-build]
// Functions passed to page.evaluate run in the page, hence its globals:
/* global document, window, requestAnimationFrame, requestIdleCallback */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type as osType } from 'node:os';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build as esbuild } from 'esbuild';
import { chromium } from 'playwright-core';
import { build, root, startHarness } from './benchHarness.mjs';

const outDir = join(root, 'dist', 'bench');
const bareDir = join(outDir, 'bare');
const { values: options } = parseArgs({ options: { rounds: { type: 'string' }, 'skip-build': { type: 'boolean' }, json: { type: 'boolean' } } });

const SIZES = [1000, 2000];
const VIEWPORT = { width: 1400, height: 900 };
const WARMUP_DRAGS = 1;
const ROUNDS = Number(options.rounds ?? 5);
const MOVES = 60;
// Screen pixels per mouse move. Straight down and back up: the step stays in its stage column, so
// Tandem's drop (which snaps a step into the column under its centre) leaves it where bare React Flow
// leaves it, and the two pages keep the same picture. Drags alternate direction, starting downwards.
const STEP_PX = { x: 0, y: 3 };
// Each size's rounds stop early past this (keeping at least two), so a busy machine still finishes
// the whole run well within 10 minutes.
const ROUNDS_BUDGET_MS = 100_000;
const DEADLINE_MS = 540_000;
const WHEEL_STEPS = 12;
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

// With --json only the JSON object goes to stdout; progress goes to stderr.
const log = (line) => (options.json ? console.error(line) : console.log(line));

async function buildAll() {
  mkdirSync(bareDir, { recursive: true });
  const app = options['skip-build'] ? Promise.resolve() : build('renderer,harness');
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
  const serviceModule = esbuild({
    entryPoints: [join(root, 'test/bench/service.ts')],
    outfile: join(outDir, 'service.mjs'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['better-sqlite3'],
    logLevel: 'error',
  });
  await Promise.all([app, graphModule, barePage, serviceModule]);
}

/** The harness over a fresh data folder, stopped and removed on the way out. */
async function startBenchHarness() {
  const dataDir = mkdtempSync(join(tmpdir(), 'tandem-bench-data-'));
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  const harness = await startHarness(dataDir);
  cleanups.push(harness.stop);
  return harness;
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
async function openPage(context, name, url, nodeSelector, readySelector, steps) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const started = Date.now();
  const response = await page.goto(url);
  if (!response?.ok()) throw new Error(`${name}: ${url} answered ${response?.status()}`);
  try {
    if (readySelector) await page.waitForSelector(readySelector, { timeout: 60_000 });
    else await page.waitForFunction(({ selector, count }) => document.querySelectorAll(selector).length === count, { selector: nodeSelector, count: steps }, { timeout: 60_000, polling: 50 });
  } catch {
    const count = await page.locator(nodeSelector).count();
    throw new Error(`${name}: ${count} of ${steps} step nodes after 60 s${errors.length ? `; page errors: ${errors.join(' | ')}` : ''}`);
  }
  // First paint: from navigation to the frame after the step nodes are drawn, by the page's own clock.
  const firstPaintMs = await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now())))));
  await settle(page);
  const drawn = await page.locator(nodeSelector).count();
  return { name, page, errors, nodeSelector, drawn, firstPaintMs, loadMs: Date.now() - started };
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

/** Pans by dragging the empty pane above the lanes, then zooms in and out with the wheel; returns frame intervals. */
async function panZoom(target, direction) {
  const { page } = target;
  const pane = await page.locator('.react-flow').boundingBox();
  // Both pages open with an empty strip above the lanes; a pan down widens it, the next pan (up) starts in it.
  const travel = (MOVES / 2) * 4;
  const from = { x: pane.x + pane.width / 2, y: pane.y + 8 + (direction < 0 ? travel : 0) };
  await page.mouse.move(from.x, from.y);
  await startFrames(page);
  await page.mouse.down();
  for (let i = 1; i <= MOVES / 2; i++) await page.mouse.move(from.x, from.y + direction * i * 4);
  await page.mouse.up();
  const centre = { x: pane.x + pane.width / 2, y: pane.y + pane.height / 2 };
  await page.mouse.move(centre.x, centre.y);
  for (let i = 0; i < WHEEL_STEPS; i++) await page.mouse.wheel(0, i < WHEEL_STEPS / 2 ? -100 : 100);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
  return stopFrames(page);
}

/** JavaScript heap in use after a full garbage collection, in bytes. */
async function heapUsed(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

/** Everything measured in the browser for one size of playbook. */
async function measureCanvas(context, harness, bareUrl, steps, modules) {
  const sizeStarted = Date.now();
  const { playbookId } = await harness.call('importPlaybookFile', { text: modules.benchFileText(steps) });
  // The bare graph is built from what Tandem stored, so ids, order and positions are Tandem's own.
  const doc = await harness.call('getPlaybook', { id: playbookId });
  const graph = modules.bareGraph(doc);
  const graphFile = `graph-${steps}.json`;
  writeFileSync(join(bareDir, graphFile), JSON.stringify(graph));
  if (graph.nodes.length !== steps) throw new Error(`bare graph has ${graph.nodes.length} nodes, expected ${steps}`);
  const stackTop = modules.stackTopTitle(steps);
  const stepId = doc.steps.find((s) => s.title === stackTop)?.id;
  if (!stepId) throw new Error(`the benchmark playbook has no "${stackTop}"`);

  const tandem = await openPage(context, 'tandem', `${harness.url}#/playbook/${playbookId}`, '.react-flow__node-step', `.react-flow__node-step[data-id="${stepId}"] .step-title`, steps);
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
  const bare = await openPage(context, 'bare', `${bareUrl}?w=${size.width}&h=${size.height}&g=${graphFile}`, '.react-flow__node', null, steps);
  bare.grab = '';
  await warm(bare);

  const measured = { bare: [], tandem: [] };
  const panZoomFrames = { bare: [], tandem: [] };
  const writesPerDrag = [];
  let rounds = 0;
  for (let round = 0; round < ROUNDS; round++) {
    if (round >= 2 && Date.now() - sizeStarted > ROUNDS_BUDGET_MS) break;
    rounds++;
    // Alternate which page goes first and the direction, so both share the machine's drift.
    const order = round % 2 === 0 ? [bare, tandem] : [tandem, bare];
    const direction = round % 2 === 0 ? 1 : -1;
    for (const target of order) {
      await target.page.bringToFront();
      await settle(target.page);
      const before = writes.length;
      const result = await drag(target, stepId, target.grab, direction);
      if (target === tandem) {
        await tandemSaved(target.page);
        writesPerDrag.push(writes.length - before);
      }
      measured[target.name].push(result);
      if (steps === 2000) {
        await settle(target.page);
        panZoomFrames[target.name].push(...(await panZoom(target, direction)));
      }
    }
  }
  const heap = steps === 2000 ? { bare: await heapUsed(bare.page), tandem: await heapUsed(tandem.page) } : null;
  const misgrabs = Object.entries(measured).flatMap(([name, drags]) => drags.filter((d) => d.grabbed !== stepId).map(() => name));
  const errors = [...bare.errors.map((e) => `bare: ${e}`), ...tandem.errors.map((e) => `tandem: ${e}`)];
  await Promise.all([bare.page.close(), tandem.page.close()]);
  return {
    steps,
    links: graph.edges.length,
    canvas: size,
    viewport: graph.viewport,
    rounds,
    drawn: { bare: bare.drawn, tandem: tandem.drawn },
    firstPaintMs: { bare: bare.firstPaintMs, tandem: tandem.firstPaintMs },
    stats: { bare: summarize(measured.bare), tandem: summarize(measured.tandem) },
    panZoom: steps === 2000 ? { bare: quantile(panZoomFrames.bare, 0.5), tandem: quantile(panZoomFrames.tandem, 0.5) } : null,
    heap,
    writes: { perDrag: writesPerDrag, onePerDrop: writesPerDrag.every((n) => n === 1) },
    misgrabs,
    errors,
    drags: measured,
  };
}

/** Ratio targets (Tandem / baseline) and absolute ones (ms), as the figures are judged. */
const TARGETS = {
  'drag-frame-median': 1.3,
  'drag-frame-p95': 1.3,
  'drop-to-paint': 1.5,
  'first-paint': 1.5,
  'pan-zoom-frame': 1.3,
  'save-edit': 1.5,
  'open-playbook': 2,
  'import-10mb': 3,
  'export-html': 200,
  'export-svg': 200,
  'export-bpmn': 200,
  'renderer-heap': 1.5,
};

function figure(name, steps, value, baseline, unit = 'ms') {
  const ratio = baseline ? value / baseline : null;
  const target = TARGETS[name];
  return { name, steps, value, unit, baseline: baseline ?? null, ratio, target, holds: ratio === null ? value <= target : ratio <= target };
}

async function main() {
  if (!Number.isInteger(ROUNDS) || ROUNDS < 1) throw new Error(`--rounds must be a whole number of at least 1, not "${options.rounds}"`);
  const buildStarted = Date.now();
  await buildAll();
  const modules = await import(pathToFileURL(join(outDir, 'graph.mjs')).href);
  const { serviceFigures } = await import(pathToFileURL(join(outDir, 'service.mjs')).href);
  log(`built in ${((Date.now() - buildStarted) / 1000).toFixed(1)} s`);
  const loadBefore = loadavg();

  log('service: open, save, import, exports');
  const service = serviceFigures((what) => log(`  ${what}`));

  const [harness, bareUrl, context] = await Promise.all([startBenchHarness(), serveBare(), launchBrowser()]);
  const canvases = [];
  for (const steps of SIZES) {
    log(`canvas: ${steps} steps`);
    canvases.push(await measureCanvas(context, harness, bareUrl, steps, modules));
  }
  const probe = await context.newPage();
  const userAgent = await probe.evaluate(() => navigator.userAgent);
  await probe.close();

  const figures = [];
  for (const c of canvases) {
    figures.push(figure('drag-frame-median', c.steps, c.stats.tandem.frameMedianMs, c.stats.bare.frameMedianMs));
    figures.push(figure('drag-frame-p95', c.steps, c.stats.tandem.frameP95Ms, c.stats.bare.frameP95Ms));
  }
  const big = canvases.find((c) => c.steps === 2000);
  figures.push(figure('drop-to-paint', 2000, big.stats.tandem.dropMedianMs, big.stats.bare.dropMedianMs));
  figures.push(figure('first-paint', 2000, big.firstPaintMs.tandem, big.firstPaintMs.bare));
  figures.push(figure('pan-zoom-frame', 2000, big.panZoom.tandem, big.panZoom.bare));
  const byName = (name) => service.find((f) => f.name === name);
  for (const name of ['save-edit', 'open-playbook', 'import-10mb']) figures.push(figure(name, byName(name).steps, byName(name).value, byName(name).baseline));
  for (const name of ['export-html', 'export-svg', 'export-bpmn']) figures.push(figure(name, byName(name).steps, byName(name).value, null));
  figures.push(figure('renderer-heap', 2000, big.heap.tandem / 2 ** 20, big.heap.bare / 2 ** 20, 'MB'));

  const machine = {
    os: `${osType()} ${release()}`,
    cpus: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    browser: userAgent.match(/(?:Headless)?Chrome\/[\d.]+/)?.[0] ?? userAgent,
    rendering: 'software (--disable-gpu)',
    loadAverage: { before: loadBefore.map((v) => Number(v.toFixed(2))), after: loadavg().map((v) => Number(v.toFixed(2))) },
    date: new Date().toISOString(),
    durationS: Math.round((Date.now() - startedAt) / 1000),
  };
  const notes = [];
  for (const c of canvases) {
    if (!c.writes.onePerDrop) notes.push(`${c.steps} steps: API writes per drag [${c.writes.perDrag.join(' ')}], not one per drop`);
    if (c.misgrabs.length) notes.push(`${c.steps} steps: ${c.misgrabs.length} drag(s) pressed on another node (${c.misgrabs.join(', ')})`);
    if (c.errors.length) notes.push(`${c.steps} steps: page errors: ${c.errors.join(' | ')}`);
  }

  writeFileSync(join(outDir, 'results.json'), `${JSON.stringify({ machine, figures, notes, canvases }, null, 2)}\n`);
  if (options.json) {
    console.log(JSON.stringify({ machine, figures }));
    for (const note of notes) log(`note: ${note}`);
    return;
  }
  const num = (v, unit) => (unit === 'MB' ? `${v.toFixed(1)} MB` : v < 1 ? `${v.toFixed(3)} ms` : `${v.toFixed(1)} ms`);
  log('');
  log(`${machine.cpus} × ${machine.cpu}, ${machine.os}, ${machine.browser} (software rendering), Node ${machine.node}; load average ${machine.loadAverage.before.join(' ')} → ${machine.loadAverage.after.join(' ')}`);
  for (const c of canvases) log(`canvas ${c.steps} steps / ${c.links} links at zoom ${c.viewport.zoom}, ${c.canvas.width}x${c.canvas.height}: ${c.rounds} rounds; step nodes drawn: bare ${c.drawn.bare}, tandem ${c.drawn.tandem}; API writes per drag [${c.writes.perDrag.join(' ')}]`);
  log('');
  log(`${'figure'.padEnd(20)}${'steps'.padStart(6)}${'tandem'.padStart(13)}${'baseline'.padStart(13)}${'ratio'.padStart(8)}${'target'.padStart(10)}  holds`);
  for (const f of figures) {
    const target = f.ratio === null ? `≤ ${f.target} ms` : `≤ ${f.target}×`;
    log(`${f.name.padEnd(20)}${String(f.steps).padStart(6)}${num(f.value, f.unit).padStart(13)}${(f.baseline === null ? '—' : num(f.baseline, f.unit)).padStart(13)}${(f.ratio === null ? '—' : f.ratio.toFixed(2)).padStart(8)}${target.padStart(10)}  ${f.holds ? 'yes' : 'NO'}`);
  }
  for (const note of notes) log(`note: ${note}`);
  log(`results: ${join('dist', 'bench', 'results.json')} (${machine.durationS} s)`);
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

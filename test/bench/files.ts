// Times the file work whose cost the unit tests bound structurally (refused before parsing,
// refused before the schema, output in step with the input): loading hostile and large files
// and exporting a 2,000-step playbook. Prints milliseconds, no verdict; compare runs on one machine.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { largeDoc } from '../../shared/export/fixtures.test-helper';
import { exportPlaybook } from '../../shared/export/index';
import { MAX_NESTING_DEPTH } from '../../shared/file/format';
import { loadTandemBytes, loadTandemFile } from '../../shared/file/load';
import { findExcessNesting } from '../../shared/file/nesting';
import { bigPlaybook, envelope } from '../node/support/samplePlaybook';

const root = process.argv[2]!;
const ms = (work: () => unknown, runs = 3) => {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    work();
    best = Math.min(best, performance.now() - started);
  }
  return best;
};
const row = (what: string, time: number) => console.log(`${what.padEnd(52)} ${time.toFixed(1).padStart(9)} ms`);
const load = (text: string) => loadTandemFile(text, { byteLength: Buffer.byteLength(text) });

row('nesting scan, 100,000 "["', ms(() => findExcessNesting('['.repeat(100_000), MAX_NESTING_DEPTH)));
row('load: 100,000 levels of nesting', ms(() => load('['.repeat(100_000))));
const huge = ' '.repeat(50 * 1024 * 1024 + 1);
row('load: a text over 50 MB', ms(() => load(huge)));
const tooMany = JSON.stringify(envelope(bigPlaybook({ steps: 10_001 })));
row('load: 10,001 steps (refused by count)', ms(() => load(tooMany)));
const atCap = JSON.stringify(envelope(bigPlaybook({ steps: 10_000 })));
row('load: 10,000 steps (accepted)', ms(() => load(atCap)));

const suite = path.join(root, 'test', 'corpus', 'jsontestsuite');
const files = readdirSync(suite).filter((f) => f.endsWith('.json'));
let slowest = { name: '', time: 0 };
for (const name of files) {
  const bytes = readFileSync(path.join(suite, name));
  const time = ms(() => loadTandemBytes(bytes), 1);
  if (time > slowest.time) slowest = { name, time };
}
row(`JSONTestSuite: slowest of ${files.length} (${slowest.name})`, slowest.time);

const big = largeDoc(1000);
for (const format of ['html', 'md', 'csv', 'svg', 'canvas', 'bpmn', 'mermaid'] as const) {
  row(`export 2,000 steps: ${format}`, ms(() => exportPlaybook(big, format)));
}

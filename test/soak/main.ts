import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runSoak } from './runSoak';

// npm run soak [-- --kills N] [--data DIR] [--seed S]
const { values } = parseArgs({ options: { kills: { type: 'string' }, data: { type: 'string' }, seed: { type: 'string' }, quiet: { type: 'boolean' } } });
const kills = Number(values.kills ?? '200');
const seed = Number(values.seed ?? String(Date.now() % 1_000_000));
if (!Number.isInteger(kills) || kills < 1 || !Number.isInteger(seed)) {
  console.error('usage: npm run soak -- [--kills N] [--data DIR] [--seed S]');
  process.exit(2);
}
const dataDir = values.data ? resolve(values.data) : mkdtempSync(join(tmpdir(), 'tandem-soak-'));
const started = Date.now();
const result = await runSoak({
  kills,
  dataDir,
  seed,
  writerFile: join(dirname(fileURLToPath(import.meta.url)), 'writer.mjs'),
  onKill: values.quiet ? undefined : (kill, summary) => console.log(`kill ${kill}/${kills}: ${summary}`),
});
const seconds = Math.round((Date.now() - started) / 1000);
const summary = `${result.kills} kills, ${result.acknowledged} acknowledged writes all present, ${result.inFlightCommitted + result.inFlightRolledBack} in flight at a kill (${result.inFlightCommitted} committed whole, ${result.inFlightRolledBack} not at all), integrity_check ok and no foreign key broken after every kill`;
if (result.failure) {
  console.error(`soak FAILED (seed ${seed}, data in ${dataDir}): ${result.failure}`);
  process.exit(1);
}
console.log(`soak passed in ${seconds} s (seed ${seed}): ${summary}`);
if (!values.data) rmSync(dataDir, { recursive: true, force: true });

// npm run fuzz [-- --runs N]: the importer's fuzz test at length (5,000 cases unless told), outside npm test.
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5000' } } });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 2) {
  console.error('usage: npm run fuzz [-- --runs N], N a whole number of at least 2');
  process.exit(2);
}
const vitest = spawn(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--project', 'node', 'electron/service/importFuzz.test.ts'], {
  stdio: 'inherit',
  env: { ...process.env, TANDEM_FUZZ_RUNS: String(runs) },
});
vitest.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

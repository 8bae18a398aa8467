// File benchmark: loading hostile and large .tandem files and exporting a 2,000-step playbook,
// in milliseconds (best of three). The unit tests check these stay cheap by structure; this is
// where the time is measured. Exits non-zero only when something broke.
// Usage: npm run bench:files
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'tandem-bench-files-'));
try {
  const out = join(work, 'files.mjs');
  await build({ entryPoints: [join(root, 'test', 'bench', 'files.ts')], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: out, logLevel: 'error' });
  const run = spawnSync(process.execPath, [out, root], { stdio: 'inherit' });
  process.exitCode = run.status ?? 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}

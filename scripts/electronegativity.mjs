// npm run security:check — Electronegativity (Doyensec's scanner for Electron misconfigurations)
// over the main process, preload and renderer sources. It fails on any finding above
// informational whose check id is not in tools/electronegativity/electronegativity-allowlist.txt
// with a reason, and on an allow-list line no finding needs any more.
// The scanner lives in tools/electronegativity/ with its own lock file: it brings its own
// TypeScript and commander, which must not replace Tandem's.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tool = join(root, 'tools', 'electronegativity');
const bin = join(tool, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js');
const work = join(root, 'dist', 'electronegativity');

if (!existsSync(bin)) {
  console.log('security:check: installing Electronegativity into tools/electronegativity/ (once)…');
  const install = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--prefix', tool], { stdio: 'inherit' });
  if (install.status !== 0 || !existsSync(bin)) {
    console.error('security:check: could not install Electronegativity (npm ci in tools/electronegativity).');
    process.exit(1);
  }
}

// One input folder with the shell, services and page (no tests), so checks that look across
// files (navigation limits, permission handler) see the whole app at once.
rmSync(work, { recursive: true, force: true });
const input = join(work, 'input');
for (const folder of ['electron', 'renderer']) {
  cpSync(join(root, folder), join(input, folder), { recursive: true, filter: (src) => !/\.test\.tsx?$/.test(src) });
}
mkdirSync(work, { recursive: true });
const csv = join(work, 'findings.csv');
const electronVersion = require('electron/package.json').version;
const scan = spawnSync(process.execPath, [bin, '-i', input, '-e', electronVersion, '-r', '-o', csv], { encoding: 'utf8', timeout: 300_000 });
// The scanner exits 0 even with findings and says little when it fails: a missing report is the failure.
if (!existsSync(csv)) {
  console.error(scan.stdout, scan.stderr);
  console.error('security:check: Electronegativity wrote no report.');
  process.exit(1);
}

/** Fields of one CSV line; the scanner quotes only some of them. */
function fields(line) {
  const out = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      out.push(field.trim());
      field = '';
    }
    else field += c;
  }
  out.push(field.trim());
  return out;
}

const findings = readFileSync(csv, 'utf8')
  .split(/\r?\n/)
  .slice(1)
  .filter((line) => line.trim())
  .map(fields)
  .map(([id, severity, confidence, file, location, , description]) => ({ id, severity: severity.toUpperCase(), confidence, file, location, description }));

const allowFile = join(tool, 'electronegativity-allowlist.txt');
const allowed = new Map();
const problems = [];
for (const [index, raw] of readFileSync(allowFile, 'utf8').split(/\r?\n/).entries()) {
  const line = raw.trim();
  if (!line || line.startsWith('#')) continue;
  const [id, ...reason] = line.split(/\s+/);
  if (!/^[A-Z_]+_CHECK$/.test(id) || reason.join(' ').length < 20) problems.push(`${allowFile.slice(root.length + 1)}:${index + 1}: a line is a check id and the reason it is accepted`);
  else allowed.set(id, reason.join(' '));
}

const serious = findings.filter((f) => f.severity !== 'INFORMATIONAL');
for (const f of serious) {
  if (!allowed.has(f.id)) problems.push(`${f.id} (${f.severity}, ${f.confidence}) in ${f.file}:${f.location}: ${f.description}`);
}
for (const id of allowed.keys()) {
  if (!serious.some((f) => f.id === id)) problems.push(`${id} is in the allow-list but no longer found: remove its line`);
}

if (problems.length > 0) {
  for (const line of problems) console.error(`security:check: ${line}`);
  process.exit(1);
}
console.log(`security:check: ok — ${findings.length} findings, ${serious.length} above informational, each in the reviewed allow-list`);

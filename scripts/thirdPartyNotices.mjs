// Writes the licence notices of every third-party package the app ships: the packages bundled into
// main, preload and the renderer (package.json's dependencies and theirs), and the SQLite driver
// packed beside them. MIT, ISC and BSD ask for their notice to travel with every copy; elkjs's
// EPL-2.0 asks for its licence and where its source is. Used by scripts/build.mjs.
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Packages whose dependencies are install-time only (the driver's build tools): listed, not walked. */
const NOT_WALKED = new Set(['better-sqlite3']);
/** What the packed driver carries beside the bundles (electron-builder.yml copies these by name). */
const PACKED = ['bindings', 'file-uri-to-path'];

function packageDir(name, fromDir, root) {
  // Node's lookup: node_modules in the dependent's folder, then in each folder above it.
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dir === root || dirname(dir) === dir) return undefined;
  }
}

function licenceText(dir) {
  const file = readdirSync(dir).find((name) => /^licen[cs]e(\.(md|txt))?$/i.test(name));
  return file ? readFileSync(join(dir, file), 'utf8').trim() : undefined;
}

/** Every shipped package with its version, licence and licence text, sorted by name. */
export function shippedPackages(root) {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const found = new Map();
  const queue = [...Object.keys(manifest.dependencies ?? {}), ...PACKED].map((name) => ({ name, from: root }));
  while (queue.length) {
    const { name, from } = queue.shift();
    // Type declarations are never part of a bundle.
    if (name.startsWith('@types/')) continue;
    const dir = packageDir(name, from, root);
    if (!dir) throw new Error(`third-party notices: ${name} (needed by ${from}) is not installed`);
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const key = `${pkg.name}@${pkg.version}`;
    if (found.has(key)) continue;
    const licence = typeof pkg.license === 'string' ? pkg.license : (pkg.license?.type ?? 'UNKNOWN');
    found.set(key, { name: pkg.name, version: pkg.version, licence, text: licenceText(dir), repository: pkg.repository?.url ?? pkg.repository ?? pkg.homepage ?? '' });
    if (!NOT_WALKED.has(pkg.name)) for (const dep of Object.keys(pkg.dependencies ?? {})) queue.push({ name: dep, from: dir });
  }
  return [...found.values()].sort((a, b) => a.name.localeCompare(b.name));
}

export function writeThirdPartyNotices(root, outFile) {
  const packages = shippedPackages(root);
  const missing = packages.filter((p) => !p.text);
  if (missing.length) throw new Error(`third-party notices: no licence file in ${missing.map((p) => p.name).join(', ')}`);
  const sections = packages.map((p) =>
    [`${p.name} ${p.version}`, `Licence: ${p.licence}`, ...(p.repository ? [`Source: ${String(p.repository).replace(/^git\+/, '')}`] : []), '', p.text].join('\n'),
  );
  const text = [
    'Tandem includes the following third-party software, each under its own licence.',
    'SQLite, compiled into better-sqlite3, is in the public domain.',
    '',
    ...sections.flatMap((s) => ['='.repeat(78), s, '']),
  ].join('\n');
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, text);
  return packages;
}

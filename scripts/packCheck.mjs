// npm run pack:check — packs Tandem the way the installers do (electron-builder, electron-builder.yml,
// the afterPack fuses hook) into an unpacked folder under dist/pack-check/, with a stand-in for the
// Electron binary (it cannot be downloaded on every build machine), then reads what was packed:
// app.asar holds the built main, preload and renderer and nothing else of the repository, no
// source map carries the sources, the SQLite driver sits unpacked beside the archive, and the
// fuses are set. Prints one line per problem and exits 1 if there is any.
// Usage: node scripts/packCheck.mjs [--skip-build]
import { getCurrentFuseWire } from '@electron/fuses';
import { extractFile, listPackage, statFile } from '@electron/asar';
import { shippedPackages } from './thirdPartyNotices.mjs';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const work = join(root, 'dist', 'pack-check');
const started = Date.now();
const problems = [];
const problem = (line) => problems.push(line);

const run = (command, args, options = {}) => {
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', ...options });
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    console.error(`pack:check: ${[command, ...args].join(' ')} failed (exit ${result.status}).`);
    process.exit(1);
  }
  return result;
};

if (!process.argv.includes('--skip-build')) run(process.execPath, [join(root, 'scripts', 'build.mjs'), '--target', 'main,preload,renderer', '--quiet'], { stdio: 'inherit' });

rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });

// The stand-in Electron: an unpacked Linux distribution whose binary carries a fuse wire as the
// real one does (the sentinel, version 1, eight fuses at Electron's defaults), so the afterPack
// hook flips real fuse bytes and this check can read them back.
const { SENTINEL } = require('@electron/fuses/dist/constants');
const ELECTRON_DEFAULT_FUSES = '10110001';
const standIn = join(work, 'electron-stand-in');
mkdirSync(join(standIn, 'resources'), { recursive: true });
writeFileSync(join(standIn, 'electron'), Buffer.concat([Buffer.from('#!/bin/sh\n# stand-in for the Electron binary\nexit 0\n'), Buffer.from(SENTINEL), Buffer.from([1, ELECTRON_DEFAULT_FUSES.length]), Buffer.from(ELECTRON_DEFAULT_FUSES)]));
chmodSync(join(standIn, 'electron'), 0o755);
writeFileSync(join(standIn, 'version'), require('electron/package.json').version);
writeFileSync(join(standIn, 'LICENSE'), 'stand-in');

// The driver's Electron build (scripts/dist.mjs makes it, and takes a minute to compile) is
// stood in for by the Node build: the check is about where the file lands, not its ABI.
const config = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8'));
const nativeEntry = config.files.find((entry) => typeof entry === 'object' && entry.from?.startsWith('.native/'));
if (!nativeEntry) problem('electron-builder.yml: no files entry brings the Electron build of better-sqlite3 from .native/');
const nativeStandIn = join(work, 'native-stand-in');
mkdirSync(nativeStandIn, { recursive: true });
copyFileSync(join(root, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'), join(nativeStandIn, 'better_sqlite3.node'));
if (nativeEntry) nativeEntry.from = nativeStandIn;
Object.assign(config, { electronDist: standIn, npmRebuild: false, nodeGypRebuild: false, directories: { ...config.directories, output: work } });
const configFile = join(work, 'electron-builder.yml');
writeFileSync(configFile, yaml.dump(config));

run(process.execPath, [require.resolve('electron-builder/cli.js'), '--linux', 'dir', '--x64', '--config', configFile, '--publish', 'never'], {
  // No code signing: the check is about what is packed, and looks for no signing identity.
  env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false' },
});

const unpacked = join(work, 'linux-unpacked');
const asar = join(unpacked, 'resources', 'app.asar');
if (!existsSync(asar)) {
  console.error(`pack:check: no app.asar at ${asar}`);
  process.exit(1);
}
const files = listPackage(asar, { isPack: false }).map((entry) => entry.replace(/\\/g, '/'));
const has = (path) => files.includes(path);

// The built app, and the page's script that index.html names.
const main = JSON.parse(extractFile(asar, 'package.json').toString('utf8')).main;
for (const path of [`/${main}`, '/dist/electron/preload.cjs', '/dist/renderer/index.html']) {
  if (!has(path)) problem(`app.asar lacks ${path}`);
}
// Every script main starts beside itself (the preload, the import and review workers), found in
// main's own code so a new worker is checked without touching this list.
if (has(`/${main}`)) {
  const mainCode = extractFile(asar, main).toString('utf8');
  const siblings = [...new Set([...mainCode.matchAll(/__dirname,\s*["']([\w.-]+\.c?js)["']/g)].map((m) => m[1]))];
  if (siblings.length < 2) problem(`${main} names fewer than two scripts beside it (the preload, a worker): the check no longer finds them`);
  for (const name of siblings) if (!has(`/dist/electron/${name}`)) problem(`app.asar lacks /dist/electron/${name}, which ${main} starts`);
}
if (has('/dist/renderer/index.html')) {
  const page = extractFile(asar, 'dist/renderer/index.html').toString('utf8');
  for (const [, src] of page.matchAll(/(?:src|href)="\.\/([^"]+\.(?:js|css))"/g)) if (!has(`/dist/renderer/${src}`)) problem(`app.asar lacks /dist/renderer/${src}, which index.html loads`);
}
// The licence notices of every third-party package shipped, each named with its licence.
const NOTICES = 'dist/electron/THIRD_PARTY_NOTICES.txt';
if (!has(`/${NOTICES}`)) problem(`app.asar lacks /${NOTICES}`);
else {
  const notices = extractFile(asar, NOTICES).toString('utf8');
  for (const { name, version, licence } of shippedPackages(root)) {
    if (!notices.includes(`${name} ${version}\nLicence: ${licence}\n`)) problem(`${NOTICES} does not carry ${name} ${version} (${licence})`);
  }
}

// Nothing of the repository but the built files: no sources, tests, scripts or data.
for (const path of files) {
  if (/\.(test|spec)\.[cm]?[jt]sx?$|\/(test|tests|__tests__|e2e)\//.test(path)) problem(`app.asar holds a test file: ${path}`);
  else if (/\.tsx?$/.test(path) && !path.endsWith('.d.ts')) problem(`app.asar holds a source file: ${path}`);
  else if (/^\/(shared|renderer|electron|scripts|test|assets|\.native)\//.test(path)) problem(`app.asar holds a repository folder's file: ${path}`);
}

// Source maps: none that carry the sources, whether beside the code or inline in it.
for (const path of files) {
  const isMap = path.endsWith('.map');
  if (!isMap && !/\.(c|m)?js$/.test(path)) continue;
  let text;
  try {
    text = extractFile(asar, path.slice(1)).toString('utf8');
  } catch {
    continue; // a folder, or an unpacked file
  }
  if (isMap && text.includes('"sourcesContent"')) problem(`app.asar holds a source map with the sources: ${path}`);
  if (!isMap && /sourceMappingURL=data:/.test(text)) problem(`app.asar holds an inline source map: ${path}`);
}

// The SQLite driver: listed in the archive as unpacked, and on disk beside it.
const driver = 'node_modules/better-sqlite3/build/Release/better_sqlite3.node';
let driverUnpacked = false;
try {
  driverUnpacked = Boolean(statFile(asar, driver).unpacked);
} catch {
  problem(`app.asar does not list ${driver}`);
}
if (!driverUnpacked) problem(`${driver} is not marked unpacked in app.asar`);
if (!existsSync(join(unpacked, 'resources', 'app.asar.unpacked', driver))) problem(`${driver} is not in app.asar.unpacked/`);
for (const path of ['/node_modules/better-sqlite3/package.json', '/node_modules/better-sqlite3/lib/index.js', '/node_modules/bindings/bindings.js', '/node_modules/file-uri-to-path/index.js']) if (!has(path)) problem(`app.asar lacks ${path}, which loads the driver`);

// The fuses the afterPack hook sets (scripts/afterPack.cjs), read back from the packed binary.
const { TANDEM_FUSES } = require('./afterPack.cjs');
const wire = await getCurrentFuseWire(join(unpacked, 'tandem'));
const { FuseV1Options } = require('@electron/fuses');
for (const [index, wanted] of Object.entries(TANDEM_FUSES)) {
  const actual = wire[index] === 49 ? true : wire[index] === 48 ? false : null;
  if (actual !== wanted) problem(`fuse ${FuseV1Options[index]} is ${actual}, expected ${wanted}`);
}
for (const fuse of ['RunAsNode', 'EnableNodeOptionsEnvironmentVariable', 'EnableNodeCliInspectArguments']) if (TANDEM_FUSES[FuseV1Options[fuse]] !== false) problem(`fuse ${fuse} must be off`);
for (const fuse of ['EnableCookieEncryption', 'EnableEmbeddedAsarIntegrityValidation', 'OnlyLoadAppFromAsar']) if (TANDEM_FUSES[FuseV1Options[fuse]] !== true) problem(`fuse ${fuse} must be on`);

// The .tandem association carries an icon on every OS, and the app icons exist.
const association = config.fileAssociations?.find((a) => [a.ext].flat().includes('tandem'));
if (!association) problem('electron-builder.yml declares no .tandem file association');
else for (const ext of ['icns', 'ico', 'png']) if (!existsSync(join(root, 'assets', `${association.icon}.${ext}`))) problem(`the .tandem association's icon assets/${association.icon}.${ext} is missing`);
for (const icon of [config.mac?.icon, config.win?.icon, join(config.linux?.icon ?? '', '512x512.png')]) if (!icon || !existsSync(join(root, icon))) problem(`app icon ${icon} is missing`);

if (problems.length > 0) {
  for (const line of problems) console.error(`pack:check: ${line}`);
  process.exit(1);
}
console.log(`pack:check: ok — ${files.length} entries in ${asar.slice(root.length + 1)}, driver unpacked, fuses set (${((Date.now() - started) / 1000).toFixed(1)} s)`);

// npm run icons — draws every icon the installers need from the one source image, assets/icon.svg,
// in headless Chromium (the browser the tests use), and writes them into assets/:
//   icons/<n>x<n>.png   Linux, 16 to 1024 pixels
//   icon.ico, icon.icns  Windows and macOS
//   tandem-file.png, .ico, .icns   the .tandem document icon: the same image on a page
// The files are committed; run this again after changing icon.svg.
import { chromium } from 'playwright-core';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const assets = join(root, 'assets');
const source = readFileSync(join(assets, 'icon.svg'), 'utf8');
const sourceUri = `data:image/svg+xml;base64,${Buffer.from(source).toString('base64')}`;

// The document icon: a white page with a folded corner, the app image on it.
const documentSvg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 256 256">
  <path d="M48 12h112l56 56v176H48z" fill="#ffffff" stroke="#1e2536" stroke-width="8" stroke-linejoin="round"/>
  <path d="M160 12v56h56" fill="#dfe3ea" stroke="#1e2536" stroke-width="8" stroke-linejoin="round"/>
  <image href="${sourceUri}" x="64" y="92" width="128" height="128"/>
</svg>`;

const SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

async function render(page, svg, size) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<html><body style="margin:0;background:transparent"><img style="display:block" width="${size}" height="${size}" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}"></body></html>`);
  await page.waitForFunction(() => globalThis.document.images[0]?.complete);
  return page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
}

/** ICO with PNG payloads (Windows Vista and later read them). */
function ico(pngs) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(pngs.length, 4);
  const entries = [];
  let offset = 6 + 16 * pngs.length;
  for (const { size, data } of pngs) {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0);
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt16LE(1, 4);
    entry.writeUInt16LE(32, 6);
    entry.writeUInt32LE(data.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += data.length;
    entries.push(entry);
  }
  return Buffer.concat([header, ...entries, ...pngs.map((p) => p.data)]);
}

/** ICNS with PNG payloads, one per type macOS reads as PNG. */
function icns(bySize) {
  const TYPES = [['icp4', 16], ['icp5', 32], ['icp6', 64], ['ic07', 128], ['ic08', 256], ['ic09', 512], ['ic10', 1024], ['ic11', 32], ['ic12', 64], ['ic13', 256], ['ic14', 512]];
  const chunks = TYPES.map(([type, size]) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(8 + bySize.get(size).length, 4);
    return Buffer.concat([head, bySize.get(size)]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + chunks.reduce((n, c) => n + c.length, 0), 4);
  return Buffer.concat([head, ...chunks]);
}

const profile = mkdtempSync(join(tmpdir(), 'tandem-icons-'));
const browser = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage();
  for (const [name, svg] of [['icon', source], ['tandem-file', documentSvg]]) {
    const bySize = new Map();
    for (const size of SIZES) bySize.set(size, await render(page, svg, size));
    if (name === 'icon') {
      mkdirSync(join(assets, 'icons'), { recursive: true });
      for (const size of SIZES) writeFileSync(join(assets, 'icons', `${size}x${size}.png`), bySize.get(size));
    }
    writeFileSync(join(assets, `${name}.png`), bySize.get(512));
    writeFileSync(join(assets, `${name}.ico`), ico([16, 24, 32, 48, 64, 128, 256].map((size) => ({ size, data: bySize.get(size) }))));
    writeFileSync(join(assets, `${name}.icns`), icns(bySize));
  }
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}
console.log('icons written to assets/');

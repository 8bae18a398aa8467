import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPathsAboveRoot } from '../support/pathsAboveRoot';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const SKIPPED_DIRS = new Set(['node_modules', 'dist', 'release', '.native', '.scratch', '.git', 'coverage', 'corpus']);
const SCANNED = /\.(ts|tsx|mts|cts|js|mjs|cjs|json|yml|yaml)$|^run$/;
// The scanner and this test hold the control cases below.
const SELF = new Set(['test/support/pathsAboveRoot.ts', 'test/node/pathsAboveRoot.test.ts']);

function sourceFiles(dir = repoRoot): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return SKIPPED_DIRS.has(entry.name) ? [] : sourceFiles(full);
    return entry.isFile() && SCANNED.test(entry.name) ? [path.relative(repoRoot, full).split(path.sep).join('/')] : [];
  });
}

describe('nothing reads a path above the repository root', () => {
  it('catches the shapes it is meant to catch (control cases)', () => {
    const parentCorpus = ["const dir = path.resolve(repoRoot, '..', 'shared', 'corpus');"];
    expect(findPathsAboveRoot('test/node/x.test.ts', parentCorpus.join('\n'))).toHaveLength(1);
    expect(findPathsAboveRoot('electron/service/x.test.ts', "const d = resolve(process.cwd(), '..', 'shared');")).toHaveLength(1);
    expect(findPathsAboveRoot('test/node/x.test.ts', "join(import.meta.dirname, '..', '..', '..', 'shared')")).toHaveLength(1);
    expect(findPathsAboveRoot('test/node/x.test.ts', "join(import.meta.dirname, '../../../shared/corpus')")).not.toHaveLength(0);
    expect(findPathsAboveRoot('scripts/x.mjs', "new URL('../../shared/', import.meta.url)")).toHaveLength(1);
    expect(findPathsAboveRoot('renderer/a/b.ts', "import { x } from '../../../shared/x';")).toHaveLength(1);
    expect(findPathsAboveRoot('.ci/run.json', '{ "corpus": "../../elsewhere" }')).toHaveLength(1);
  });

  it('leaves paths inside the repository alone (control cases)', () => {
    expect(findPathsAboveRoot('test/node/x.test.ts', "const root = path.resolve(import.meta.dirname, '..', '..');")).toEqual([]);
    expect(findPathsAboveRoot('renderer/a/b.ts', "import { x } from '../../shared/x';")).toEqual([]);
    expect(findPathsAboveRoot('scripts/x.mjs', "new URL('..', import.meta.url)")).toEqual([]);
    expect(findPathsAboveRoot('electron/db/x.ts', "join(tempDir, '..', 'y')")).toEqual([]);
  });

  it('holds for every source, test, script and config file', () => {
    const files = sourceFiles().filter((file) => !SELF.has(file));
    expect(files.length).toBeGreaterThan(100);
    expect(files).toContain('package.json');
    const found = files.flatMap((file) =>
      findPathsAboveRoot(file, readFileSync(path.join(repoRoot, file), 'utf8')).map(({ line, text }) => `${file}:${line}: ${text}`),
    );
    expect(found).toEqual([]);
  });
});

import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layer rule lives in eslint.config.js; this proves it bites, folder by folder.
const eslint = new ESLint({ cwd: process.cwd() });

async function importErrors(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${source}\nexport const used = x;\n`, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layer boundaries', () => {
  it.each([
    ['shared/domain/x.ts', "import x from 'react';"],
    ['shared/domain/x.ts', "import x from 'better-sqlite3';"],
    ['shared/domain/x.ts', "import x from 'node:fs';"],
    ['shared/domain/x.ts', "import x from 'electron';"],
    ['shared/domain/x.ts', "import x from '../../electron/db/database';"],
    ['shared/domain/x.ts', "import x from '@xyflow/react';"],
    ['renderer/canvas/x.ts', "import x from 'electron';"],
    ['renderer/canvas/x.ts', "import x from 'better-sqlite3';"],
    ['renderer/canvas/x.ts', "import x from 'node:path';"],
    ['renderer/canvas/x.ts', "import x from '../../electron/service/playbookService';"],
    ['electron/service/x.ts', "import x from 'electron';"],
    ['electron/service/x.ts', "import x from 'react';"],
    ['electron/shell/x.ts', "import x from '../../renderer/app/App';"],
  ])('%s may not %s', async (file, source) => {
    expect((await importErrors(file, source)).length).toBeGreaterThan(0);
  });

  it.each([
    ['shared/domain/x.ts', "import x from 'zod';"],
    ['renderer/canvas/x.ts', "import x from '@xyflow/react';"],
    ['renderer/canvas/x.ts', "import x from '../../shared/domain/playbook';"],
    ['electron/service/x.ts', "import x from 'better-sqlite3';"],
    ['electron/shell/x.ts', "import x from 'electron';"],
  ])('%s may %s', async (file, source) => {
    expect(await importErrors(file, source)).toEqual([]);
  });
});

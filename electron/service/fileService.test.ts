import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../test/support/tempDir';
import { createDispatch } from '../api/dispatch';
import { openDatabase, type Db } from '../db/database';
import { createPlaybookService } from './playbookService';

describe('saving an export through the service', () => {
  let dir: string;
  let cleanup: () => void;
  let db: Db;
  let asked: string[];
  let answer: string | undefined;
  const dispatchWith = (chooser: boolean) =>
    createDispatch(
      createPlaybookService(db, chooser ? { chooseSavePath: async (name) => (asked.push(name), answer) } : {}),
    );

  beforeEach(() => {
    ({ dir, cleanup } = makeTempDir());
    db = openDatabase(join(dir, 'tandem.db'));
    asked = [];
    answer = join(dir, 'out.md');
  });
  afterEach(() => {
    db.close();
    cleanup();
  });

  it('writes text and base64 images where the user chose, and nothing when they cancel', async () => {
    const dispatch = dispatchWith(true);
    expect(await dispatch('fileSaving', undefined)).toEqual({ ok: true, value: 'dialog' });
    expect(await dispatch('saveFile', { fileName: 'Plan.md', encoding: 'utf8', content: '# Acme – “renewal” 𝔸' })).toEqual({ ok: true, value: { path: answer } });
    expect(asked).toEqual(['Plan.md']);
    expect(readFileSync(answer!, 'utf8')).toBe('# Acme – “renewal” 𝔸');

    answer = join(dir, 'canvas.png');
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 255, 1]);
    await dispatch('saveFile', { fileName: 'canvas.png', encoding: 'base64', content: png.toString('base64') });
    expect(readFileSync(answer).equals(png)).toBe(true);

    answer = undefined;
    expect(await dispatch('saveFile', { fileName: 'x.md', encoding: 'utf8', content: 'x' })).toEqual({ ok: true, value: null });
    expect(readdirSync(dir).filter((n) => !n.startsWith('tandem.db')).sort()).toEqual(['canvas.png', 'out.md']);
  });

  it('refuses a name with a folder in it, or content that is not base64, before asking anything', async () => {
    const dispatch = dispatchWith(true);
    for (const arg of [
      { fileName: '../escape.md', encoding: 'utf8', content: 'x' },
      { fileName: 'a\\b.md', encoding: 'utf8', content: 'x' },
      { fileName: 'line\nbreak.md', encoding: 'utf8', content: 'x' },
      { fileName: 'image.png', encoding: 'base64', content: 'not base64!' },
      { fileName: 'image.png', encoding: 'hex', content: '00' },
    ]) {
      const result = await dispatch('saveFile', arg);
      expect(result.ok, JSON.stringify(arg)).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('invalid-argument');
    }
    expect(asked).toEqual([]);
  });

  it('says in one line why the file could not be written, and leaves the file it would have replaced', async () => {
    const dispatch = dispatchWith(true);
    writeFileSync(answer!, 'last week’s plan');
    const gone = join(dir, 'moved away', 'out.md');
    answer = gone;
    expect(await dispatch('saveFile', { fileName: 'out.md', encoding: 'utf8', content: 'new' })).toEqual({
      ok: false,
      error: { code: 'failed', message: `${gone}: no such file or folder` },
    });
    answer = dir;
    expect(await dispatch('saveFile', { fileName: 'out.md', encoding: 'utf8', content: 'new' })).toEqual({
      ok: false,
      error: { code: 'failed', message: `${dir}: is a folder; the file must name a file` },
    });
    expect(readFileSync(join(dir, 'out.md'), 'utf8')).toBe('last week’s plan');
  });

  it('without a Save dialog, tells the window to download instead', async () => {
    const dispatch = dispatchWith(false);
    expect(await dispatch('fileSaving', undefined)).toEqual({ ok: true, value: 'download' });
    const result = await dispatch('saveFile', { fileName: 'x.md', encoding: 'utf8', content: 'x' });
    expect(result).toEqual({ ok: false, error: { code: 'failed', message: 'Files cannot be saved from here; they are downloaded instead.' } });
    expect(readdirSync(dir)).not.toContain('x.md');
  });
});

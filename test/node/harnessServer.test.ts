import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatch } from '../../electron/api/dispatch';
import { openDatabase } from '../../electron/db/database';
import { createPlaybookService } from '../../electron/service/playbookService';
import { createHarnessServer } from '../harness/server';
import { makeTempDir } from '../support/tempDir';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

const temp = makeTempDir('tandem-harness-');
const db = openDatabase(join(temp.dir, 'tandem.db'));
const server = createHarnessServer({
  rendererDir: join(temp.dir, 'renderer'),
  bridgeFile: join(temp.dir, 'bridge.js'),
  dispatch: createDispatch(createPlaybookService(db), () => undefined),
});
let port = 0;

beforeAll(async () => {
  mkdirSync(join(temp.dir, 'renderer'));
  writeFileSync(join(temp.dir, 'renderer', 'index.html'), '<!DOCTYPE html><html><head></head><body>Tandem</body></html>');
  writeFileSync(join(temp.dir, 'bridge.js'), 'window.api = {};');
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((done) => server.close(done));
  db.close();
  temp.cleanup();
});

/** A request to the harness with any Host header, as a page reached by DNS rebinding would send. */
function ask(path: string, host: string, method = 'GET', body?: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers: { host, ...(body ? { 'content-type': 'application/json' } : {}) } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('the test harness server', () => {
  it('serves the page, the bridge and the API to its own host name', async () => {
    const own = `127.0.0.1:${port}`;
    const page = await ask('/', own);
    expect(page.status).toBe(200);
    expect(page.body).toContain('<script src="./__bridge.js"></script>');
    expect((await ask('/__bridge.js', own)).status).toBe(200);
    const list = await ask('/api/listPlaybooks', own, 'POST', '{}');
    expect(JSON.parse(list.body)).toEqual({ ok: true, value: [] });
  });

  it('refuses pages, the bridge and the API under any other host name', async () => {
    for (const host of ['evil.example', `localhost:${port}`, `evil.example:${port}`]) {
      for (const path of ['/', '/index.html', '/__bridge.js']) {
        const reply = await ask(path, host);
        expect(reply.status, `${host}${path}`).toBe(403);
        expect(reply.body).not.toContain('Tandem');
      }
      expect((await ask('/api/listPlaybooks', host, 'POST', '{}')).status).toBe(403);
    }
  });

  it('forbids framing on every response', async () => {
    for (const [path, host] of [['/', `127.0.0.1:${port}`], ['/missing.js', `127.0.0.1:${port}`], ['/', 'evil.example']] as const) {
      const { headers } = await ask(path, host);
      expect(headers['content-security-policy'], path).toBe("frame-ancestors 'none'");
      expect(headers['x-frame-options'], path).toBe('DENY');
    }
  });
});

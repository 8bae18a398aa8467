import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import type { Dispatch } from '../../electron/api/dispatch';
import { parseJsonOffThread } from './parseJsonOffThread';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};
// Above the API's own argument cap, so that cap (with its one-line message) is what refuses.
const MAX_BODY = 130 * 1024 * 1024;

export interface HarnessOptions {
  rendererDir: string;
  bridgeFile: string;
  dispatch: Dispatch;
}

/**
 * Serves the built renderer plus a bridge script that gives it `window.api` over HTTP, backed by
 * the same dispatcher the Electron main process uses. Listens on 127.0.0.1 only.
 */
export function createHarnessServer(options: HarnessOptions): Server {
  return createServer((req, res) => {
    handle(req, res, options).catch((error: unknown) => {
      send(res, 500, 'text/plain; charset=utf-8', error instanceof Error ? error.message : String(error));
    });
  });
}

async function handle(req: IncomingMessage, res: ServerResponse, options: HarnessOptions) {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  // This server's own host name on every request, pages as well as API calls: a page reached
  // through DNS rebinding (evil.example resolving to 127.0.0.1) would otherwise be same-origin
  // with itself and could read what is served.
  if (!/^127\.0\.0\.1:\d+$/.test(req.headers.host ?? '')) return send(res, 403, 'text/plain', 'Forbidden');
  if (url.pathname.startsWith('/api/')) {
    if (req.method !== 'POST') return send(res, 405, 'text/plain', 'POST only');
    // Only the page this server serves may call it: a JSON body, which a cross-site form cannot
    // send without a preflight.
    if (!req.headers['content-type']?.startsWith('application/json')) return send(res, 415, 'text/plain', 'JSON only');
    const op = decodeURIComponent(url.pathname.slice('/api/'.length));
    let arg: unknown;
    try {
      const body = await readBody(req);
      arg = ((await parseJsonOffThread(body)) as { arg?: unknown } | undefined)?.arg;
    } catch (error) {
      return send(res, 400, 'application/json', JSON.stringify({ ok: false, error: { code: 'invalid-argument', message: (error as Error).message } }));
    }
    return send(res, 200, 'application/json', JSON.stringify(await options.dispatch(op, arg)));
  }
  if (url.pathname === '/__bridge.js') {
    return send(res, 200, MIME['.js']!, await readFile(options.bridgeFile));
  }
  const relative = url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname.slice(1));
  const file = normalize(join(options.rendererDir, relative));
  if (!file.startsWith(options.rendererDir + sep)) return send(res, 403, 'text/plain', 'Forbidden');
  let content: Buffer;
  try {
    content = await readFile(file);
  } catch {
    return send(res, 404, 'text/plain', 'Not found');
  }
  if (relative === 'index.html') {
    // A classic script in <head> runs before the app's module script, so window.api is there when the app starts.
    content = Buffer.from(content.toString('utf8').replace('<head>', '<head>\n    <script src="./__bridge.js"></script>'));
  }
  send(res, 200, MIME[extname(file)] ?? 'application/octet-stream', content);
}

/** No other page may frame the app (clickjacking its buttons): the CSP directive, and the older header for older browsers. */
const NO_FRAMING = { 'Content-Security-Policy': "frame-ancestors 'none'", 'X-Frame-Options': 'DENY' };

function send(res: ServerResponse, status: number, type: string, body: string | Buffer) {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', ...NO_FRAMING });
  res.end(body);
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('Request too large.'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

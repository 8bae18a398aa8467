import type { Protocol } from 'electron';
import { readFile, realpath } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from './contentSecurityPolicy';

/**
 * The renderer is served from app://tandem/ instead of file://. A file:// page shares its origin
 * with every file on the disk; this one can reach the built renderer's own files and nothing
 * else, and every answer carries the Content-Security-Policy as a header.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'tandem';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

/** Registers the scheme as a standard, secure origin; Electron allows this only before the app is ready. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  // Standard: relative URLs and the same-origin rules work as on https. Secure: the page is a
  // secure context. CORS-enabled: the built page loads its script and styles with `crossorigin`
  // (Vite's output), which Chromium fetches in CORS mode, and it refuses CORS mode for a scheme not
  // registered for it; the answers carry no Access-Control-Allow-Origin, so no other origin can
  // read them. No fetch API, service worker or streaming privileges: the page needs none.
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, corsEnabled: true } }]);
}

/**
 * Where a request for app://tandem/… may be answered from: a file inside `rootDir`, or the HTTP
 * status that refuses it. Another host, a method other than GET, an encoded slash or backslash,
 * a NUL, or a path that climbs out of the folder are refused.
 */
export function resolveAppRequest(url: string, method: string, rootDir: string): { file: string } | { status: 400 | 403 | 404 | 405 } {
  if (method !== 'GET' && method !== 'HEAD') return { status: 405 };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { status: 400 };
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST || parsed.username || parsed.password || parsed.port) return { status: 403 };
  // Checked on the raw text: %2f, %5c and %00 would otherwise turn into separators or cut the path after decoding.
  if (/%(2f|5c|00)/i.test(parsed.pathname) || parsed.pathname.includes('\\')) return { status: 400 };
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return { status: 400 };
  }
  if (pathname.split('/').some((segment) => segment === '..')) return { status: 403 };
  const root = resolve(rootDir);
  const file = resolve(root, `.${pathname === '/' ? '/index.html' : pathname}`);
  const inside = relative(root, file);
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) return { status: 403 };
  return { file };
}

const refusal = (status: number) => new Response(null, { status, headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } });

/** Answers one request: the file with its type and the policy, or a bare refusal. */
export async function serveAppRequest(request: Request, rootDir: string): Promise<Response> {
  const target = resolveAppRequest(request.url, request.method, rootDir);
  if ('status' in target) return refusal(target.status);
  try {
    // A link inside the folder that points outside it is refused too.
    const [realRoot, realFile] = await Promise.all([realpath(rootDir), realpath(target.file)]);
    const inside = relative(realRoot, realFile);
    if (inside.startsWith('..') || isAbsolute(inside)) return refusal(403);
    const body = await readFile(realFile);
    return new Response(request.method === 'HEAD' ? null : body, {
      status: 200,
      headers: {
        'Content-Type': MIME_TYPES[extname(realFile).toLowerCase()] ?? 'application/octet-stream',
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-store',
      },
    });
  } catch {
    return refusal(404);
  }
}

/** Serves the built renderer folder on app://tandem/. Call once the app is ready. */
export function handleAppProtocol(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(request, rendererDir));
}

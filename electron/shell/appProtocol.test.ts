import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../test/support/tempDir';
import { APP_INDEX_URL, handleAppProtocol, registerAppScheme, resolveAppRequest } from './appProtocol';
import { CONTENT_SECURITY_POLICY } from './contentSecurityPolicy';

/** A stand-in for Electron's `protocol`: records what was registered and lets the test send requests. */
function standInProtocol() {
  const handlers = new Map<string, (request: Request) => Promise<Response>>();
  const privileged: unknown[] = [];
  return {
    privileged,
    registerSchemesAsPrivileged: (schemes: unknown[]) => void privileged.push(...schemes),
    handle: (scheme: string, handler: (request: Request) => Promise<Response>) => void handlers.set(scheme, handler),
    request: (url: string, init?: RequestInit) => {
      const handler = handlers.get(new URL(url).protocol.slice(0, -1));
      if (!handler) throw new Error(`no handler for ${url}`);
      return handler(new Request(url, init));
    },
  };
}

describe('the app:// protocol', () => {
  const temp = makeTempDir('tandem-protocol-');
  const renderer = join(temp.dir, 'renderer');
  const protocol = standInProtocol();

  beforeAll(() => {
    mkdirSync(join(renderer, 'assets'), { recursive: true });
    writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Tandem</title>');
    writeFileSync(join(renderer, 'assets', 'index-1.js'), 'console.log(1)');
    // A file beside the renderer folder: nothing the page asks for may reach it.
    writeFileSync(join(temp.dir, 'secret.txt'), 'private');
    symlinkSync(join(temp.dir, 'secret.txt'), join(renderer, 'assets', 'link.txt'));
    registerAppScheme(protocol);
    handleAppProtocol(protocol, renderer);
  });
  afterAll(() => temp.cleanup());

  it('is registered as a standard, secure scheme that the page’s crossorigin script may load from, and nothing more', () => {
    expect(protocol.privileged).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, corsEnabled: true } }]);
  });

  it('serves the renderer’s files with their type and the Content-Security-Policy header', async () => {
    const page = await protocol.request(APP_INDEX_URL);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('<title>Tandem</title>');
    const script = await protocol.request('app://tandem/assets/index-1.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1)');
    expect(CONTENT_SECURITY_POLICY).toMatch(/^default-src 'none'; script-src 'self';/);
  });

  it.each([
    ['a parent segment, resolved by the URL parser', 'app://tandem/../secret.txt', 404],
    ['an encoded parent segment', 'app://tandem/%2e%2e/secret.txt', 404],
    ['an encoded slash', 'app://tandem/assets/..%2f..%2fsecret.txt', 400],
    ['an encoded backslash', 'app://tandem/assets/..%5c..%5csecret.txt', 400],
    ['a NUL', 'app://tandem/index.html%00.js', 400],
    ['a link out of the folder', 'app://tandem/assets/link.txt', 403],
    ['a folder', 'app://tandem/assets/', 404],
    ['a file that is not there', 'app://tandem/nothing.js', 404],
    ['another host', 'app://evil.example/index.html', 403],
    ['a host that only starts the same', 'app://tandem.evil/index.html', 403],
    ['a port', 'app://tandem:8080/index.html', 403],
  ])('refuses %s', async (_what, url, status) => {
    const answer = await protocol.request(url);
    expect(answer.status).toBe(status);
    expect(await answer.text()).toBe('');
    expect(answer.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('refuses anything but reading', async () => {
    expect((await protocol.request(APP_INDEX_URL, { method: 'POST', body: 'x' })).status).toBe(405);
  });

  it('never resolves a path outside the folder, even when the URL parser leaves one in', () => {
    // The parser removes ".." segments; this guards the path joining on its own.
    expect(resolveAppRequest('app://tandem/a/b', 'GET', renderer)).toEqual({ file: join(renderer, 'a', 'b') });
    expect(resolveAppRequest('app://tandem/', 'GET', renderer)).toEqual({ file: join(renderer, 'index.html') });
    expect(resolveAppRequest('not a url', 'GET', renderer)).toEqual({ status: 400 });
    expect(resolveAppRequest('file:///etc/passwd', 'GET', renderer)).toEqual({ status: 403 });
    // (Chromium's Request would not carry credentials; the check does not rely on it.)
    expect(resolveAppRequest('app://someone@tandem/index.html', 'GET', renderer)).toEqual({ status: 403 });
  });
});

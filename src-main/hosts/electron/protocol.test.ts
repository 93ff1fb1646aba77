import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TempFolder } from '../../testing/db';
import { CSP } from '../csp';
import { handleAppRequest, mimeTypeOf, PRIVILEGED_SCHEMES, resolveAppRequest } from './protocol';

let folder: TempFolder;
let root: string;

beforeAll(() => {
  folder = new TempFolder('grants-protocol-');
  root = join(folder.path, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>t</title>');
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(join(root, 'assets', 'index-abc.css'), 'body{}');
  writeFileSync(join(root, 'assets', 'font.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
  // A file beside the renderer folder that must stay out of reach.
  writeFileSync(join(folder.path, 'secret.txt'), 'secret');
  writeFileSync(join(folder.path, 'grants.db'), 'db');
});

afterAll(() => folder.remove());

describe('the app:// scheme', () => {
  it('is registered standard and secure (so "self" is our origin and storage works)', () => {
    expect(PRIVILEGED_SCHEMES).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
    ]);
  });
});

describe('resolveAppRequest: URL → file', () => {
  it('maps our paths into the renderer folder, "/" to index.html', () => {
    expect(resolveAppRequest('app://grants/', root)).toEqual({
      status: 200,
      path: join(root, 'index.html'),
      mimeType: 'text/html; charset=utf-8',
    });
    expect(resolveAppRequest('app://grants/assets/index-abc.js?v=1#x', root)).toMatchObject({
      status: 200,
      path: join(root, 'assets', 'index-abc.js'),
    });
    expect(resolveAppRequest('app://grants/assets/%69ndex-abc.css', root)).toMatchObject({
      path: join(root, 'assets', 'index-abc.css'),
    });
  });

  it.each([
    // The URL parser resolves these dot segments against our root: they name root/secret.txt, which is absent.
    ['a plain climb', 'app://grants/../secret.txt', 200],
    ['an encoded-dot climb', 'app://grants/%2e%2e/%2E%2E/secret.txt', 200],
    ['an encoded slash climb', 'app://grants/assets%2F..%2F..%2Fsecret.txt', 403],
    ['a double-encoded climb stays a file name', 'app://grants/%252e%252e/secret.txt', 200],
    ['a backslash climb', 'app://grants/..%5Csecret.txt', 403],
    ['an encoded backslash in a folder name', 'app://grants/assets%5C..%5C..%5Cgrants.db', 403],
    ['a NUL byte', 'app://grants/index.html%00.js', 400],
    ['broken percent-encoding', 'app://grants/%E0%A4%A', 400],
    ['another host', 'app://evil/index.html', 404],
    ['another scheme', 'file:///etc/passwd', 404],
    ['not a URL', '::::', 400],
  ])('%s', (_name, url, status) => {
    const target = resolveAppRequest(url, root);
    expect(target.status).toBe(status);
    if (target.status === 200) expect(target.path.startsWith(join(root, '/'))).toBe(true);
  });

  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a/b.js', 'text/javascript; charset=utf-8'],
    ['a/b.MJS', 'text/javascript; charset=utf-8'],
    ['b.css', 'text/css; charset=utf-8'],
    ['f.woff2', 'font/woff2'],
    ['i.svg', 'image/svg+xml'],
    ['x.png', 'image/png'],
    ['m.wasm', 'application/wasm'],
    ['unknown.bin', 'application/octet-stream'],
    ['no-extension', 'application/octet-stream'],
  ])('MIME type of %s is %s', (path, mime) => {
    expect(mimeTypeOf(path)).toBe(mime);
  });
});

describe('handleAppRequest: the protocol.handle handler', () => {
  it('answers a file with its bytes, MIME type, the CSP and nosniff', async () => {
    const res = await handleAppRequest(new Request('app://grants/assets/index-abc.js'), root);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(CSP);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toBe('console.log(1)');
  });

  it('never answers a file outside the folder: 403 or 404, no body; 405 for a POST', async () => {
    for (const url of [
      'app://grants/%2e%2e/secret.txt',
      'app://grants/..%2Fsecret.txt',
      'app://grants/..%5Cgrants.db',
    ]) {
      const res = await handleAppRequest(new Request(url), root);
      expect([403, 404]).toContain(res.status);
      expect(await res.text()).toBe('');
    }
    expect((await handleAppRequest(new Request('app://grants/..%2Fsecret.txt'), root)).status).toBe(403);
    expect((await handleAppRequest(new Request('app://grants/nope.js'), root)).status).toBe(404);
    expect((await handleAppRequest(new Request('app://grants/assets'), root)).status).toBe(404);
    const post = await handleAppRequest(new Request('app://grants/index.html', { method: 'POST', body: 'x' }), root);
    expect(post.status).toBe(405);
  });
});

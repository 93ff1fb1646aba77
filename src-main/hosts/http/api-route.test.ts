import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeApp, createApp, type AppContext } from '../../api';
import { startHttpHost, type HttpHost } from './server';
import { MAX_BODY_BYTES } from './api-route';
import { makeFixture, rawRequest, type RawResponse } from '../../testing/http';

const fixture = makeFixture();
let app: AppContext;
let host: HttpHost;

beforeAll(async () => {
  app = createApp({ dbPath: fixture.dbPath, host: 'test' });
  host = await startHttpHost({ app, port: 0, rendererDir: fixture.rendererDir });
});

afterAll(async () => {
  await host.close();
  closeApp(app);
  fixture.cleanup();
});

function call(op: string, input: unknown, headers: Record<string, string> = {}): Promise<RawResponse> {
  return rawRequest(host.port, `/api/${op}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Grants-Client': '1', ...headers },
    body: typeof input === 'string' ? input : JSON.stringify(input),
  });
}

function json(res: RawResponse): { ok: boolean; value?: Record<string, unknown>; error?: Record<string, unknown> } {
  expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
  return JSON.parse(res.body) as ReturnType<typeof json>;
}

function sessionCookieOf(res: RawResponse): string {
  const set = res.headers['set-cookie'];
  expect(set).toHaveLength(1);
  return set![0]!;
}

describe('CSRF and origin guards', () => {
  it('refuses a call without X-Grants-Client with a Forbidden envelope', async () => {
    const res = await rawRequest(host.port, '/api/auth.status', { method: 'POST', body: '{}' });
    expect(res.status).toBe(403);
    const body = json(res);
    expect(body.ok).toBe(false);
    expect(body.error).toMatchObject({ kind: 'Forbidden', details: { rule: 'http.clientHeader' } });
    expect(body.error!.message).toContain('X-Grants-Client');
  });

  it('refuses a foreign Origin and accepts our own', async () => {
    const foreign = await call('auth.status', {}, { Origin: 'http://evil.example' });
    expect(foreign.status).toBe(403);
    expect(json(foreign).error).toMatchObject({ kind: 'Forbidden', details: { rule: 'http.origin' } });
    const otherPort = await call('auth.status', {}, { Origin: `http://127.0.0.1:${host.port + 1}` });
    expect(otherPort.status).toBe(403);
    const own = await call('auth.status', {}, { Origin: `http://127.0.0.1:${host.port}` });
    expect(own.status).toBe(200);
    expect(json(own).ok).toBe(true);
  });

  it('speaks the language in X-Grants-Locale', async () => {
    const zh = json(await rawRequest(host.port, '/api/auth.status', { method: 'POST' }));
    expect(zh.error!.message).toMatch(/请求头/);
    const en = json(
      await rawRequest(host.port, '/api/auth.status', { method: 'POST', headers: { 'X-Grants-Locale': 'en' } }),
    );
    expect(en.error!.message).toMatch(/header/);
  });
});

describe('request handling', () => {
  it('answers 405 for GET on /api', async () => {
    const res = await rawRequest(host.port, '/api/auth.status', { headers: { 'X-Grants-Client': '1' } });
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('POST');
    expect(json(res).ok).toBe(false);
  });

  it('answers 404 for /api paths that are not an op name', async () => {
    for (const path of ['/api', '/api/', '/api/a/b', '/api/..%2fpackage.json']) {
      const res = await rawRequest(host.port, path, { method: 'POST', headers: { 'X-Grants-Client': '1' } });
      expect(res.status, path).toBe(404);
    }
  });

  it('answers 400 with a Validation envelope for malformed JSON', async () => {
    const res = await call('auth.status', '{"oops":');
    expect(res.status).toBe(400);
    expect(json(res).error).toMatchObject({ kind: 'Validation', details: { rule: 'http.badJson' } });
  });

  it('answers 413 for a body over the limit, by Content-Length or by streaming', async () => {
    const big = 'x'.repeat(MAX_BODY_BYTES + 1);
    const res = await call('auth.status', JSON.stringify({ big }));
    expect(res.status).toBe(413);
    expect(json(res).error).toMatchObject({ kind: 'Validation', details: { rule: 'http.bodyTooLarge' } });
    const chunked = await rawRequest(host.port, '/api/auth.status', {
      method: 'POST',
      headers: { 'X-Grants-Client': '1', 'Transfer-Encoding': 'chunked' },
      body: big,
    });
    expect(chunked.status).toBe(413);
  });

  it('passes unknown op names to dispatch, which refuses them as data', async () => {
    const res = await call('no.suchOp', {});
    expect(res.status).toBe(200);
    expect(json(res).ok).toBe(false);
  });

  it('returns dispatch validation errors as envelopes naming the field', async () => {
    const res = await call('auth.setup', { username: 'a', displayName: '', password: 'x' });
    expect(res.status).toBe(200);
    const body = json(res);
    expect(body.error).toMatchObject({ kind: 'Validation' });
  });
});

describe('session cookie', () => {
  it('signs in through setup, carries the session in an HttpOnly cookie and clears it on sign-out', async () => {
    const before = json(await call('auth.status', {}));
    expect(before.value).toMatchObject({ needsSetup: true, user: null });

    const setup = await call('auth.setup', {
      username: 'admin',
      displayName: '管理员',
      password: 'secret123',
      loadDemo: false,
    });
    expect(json(setup).ok).toBe(true);
    const cookie = sessionCookieOf(setup);
    expect(cookie).toMatch(/^grants_session=[^;]+;/);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Strict/);
    expect(cookie).toMatch(/; Path=\//);
    expect(cookie).not.toMatch(/Max-Age|Expires/i);
    expect(setup.body).not.toContain(cookie.split(';')[0]!.split('=')[1]!);

    const pair = cookie.split(';')[0]!;
    const info = await call('system.info', {}, { Cookie: pair });
    expect(json(info)).toMatchObject({ ok: true, value: { host: 'test' } });
    const status = json(await call('auth.status', {}, { Cookie: pair }));
    expect(status.value).toMatchObject({ needsSetup: false, user: { username: 'admin' } });

    const signOut = await call('auth.signOut', {}, { Cookie: pair });
    expect(json(signOut).ok).toBe(true);
    const cleared = sessionCookieOf(signOut);
    expect(cleared).toMatch(/^grants_session=;/);
    expect(cleared).toMatch(/Max-Age=0/);

    const after = json(await call('system.info', {}, { Cookie: pair }));
    expect(after.error).toMatchObject({ kind: 'Unauthenticated' });
    const anonymous = json(await call('system.info', {}));
    expect(anonymous.error).toMatchObject({ kind: 'Unauthenticated' });
  });
});

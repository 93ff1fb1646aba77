import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { closeApp, createApp, type AppContext } from '../../api';
import { CSP } from '../csp';
import { startHttpHost, type HttpHost } from './server';
import { makeFixture, rawRequest } from '../../testing/http';

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

describe('binding', () => {
  it('listens on loopback on the port it reports', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/`);
    expect(host.port).toBeGreaterThan(0);
  });

  it.each(['0.0.0.0', '192.168.1.10', '::', 'example.com'])('refuses to listen on %s', async (bad) => {
    await expect(startHttpHost({ app, port: 0, host: bad, rendererDir: fixture.rendererDir })).rejects.toThrow(
      /loopback/,
    );
  });

  it('listens on the bracketed IPv6 loopback as URLs write it', async () => {
    const v6 = await startHttpHost({ app, port: 0, host: '[::1]', rendererDir: fixture.rendererDir });
    try {
      expect(v6.url).toBe(`http://[::1]:${v6.port}/`);
      expect(await (await fetch(`${v6.url}healthz`)).text()).toBe('ok');
    } finally {
      await v6.close();
    }
  });

  it('closes within seconds although a browser holds a connection with no request on it', async () => {
    const other = await startHttpHost({ app, port: 0, rendererDir: fixture.rendererDir });
    // Chromium opens sockets ahead of need; Node counts one that has sent nothing as busy, not idle.
    const socket = connect(other.port, '127.0.0.1');
    socket.on('error', () => {});
    await new Promise((resolve) => socket.once('connect', resolve));
    const ended = new Promise((resolve) => socket.once('close', resolve));
    const started = Date.now();
    await other.close();
    await ended;
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('logs one line, no stack trace, for a client that closes the connection mid-body', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const warnings = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const socket = connect(host.port, '127.0.0.1');
      await new Promise((resolve) => socket.once('connect', resolve));
      socket.write(
        `POST /api/auth.status HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nX-Grants-Client: 1\r\n` +
          'Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"partial":',
      );
      await new Promise((resolve) => setTimeout(resolve, 100));
      socket.destroy();
      await vi.waitFor(() => expect(warnings).toHaveBeenCalled());
      // The server still answers afterwards.
      expect((await rawRequest(host.port, '/healthz')).body).toBe('ok');
      expect(errors).not.toHaveBeenCalled();
      expect(warnings).toHaveBeenCalledTimes(1);
      const line = warnings.mock.calls[0]!.map(String).join(' ');
      expect(line).toBe(
        'grants http host: the client closed the connection before sending the whole body of /api/auth.status',
      );
    } finally {
      errors.mockRestore();
      warnings.mockRestore();
    }
  });

  it('refuses a Host header that is not this server (DNS rebinding)', async () => {
    const res = await rawRequest(host.port, '/', { headers: { Host: `evil.example:${host.port}` } });
    expect(res.status).toBe(403);
    expect(res.body).not.toContain('资金项目管理');
  });
});

describe('static files', () => {
  it('serves index.html for / with the security headers', async () => {
    const res = await rawRequest(host.port, '/');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toContain('资金项目管理');
    expect(res.headers['content-security-policy']).toBe(CSP);
    expect(CSP).toContain("script-src 'self'");
    expect(CSP).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('gives hashed assets long-lived caching and the right content types', async () => {
    const js = await rawRequest(host.port, '/assets/index-Ab12Cd34.js');
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const css = await rawRequest(host.port, '/assets/index-Ab12Cd34.css');
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    const svg = await rawRequest(host.port, '/logo.svg');
    expect(svg.headers['content-type']).toBe('image/svg+xml');
    expect(svg.headers['cache-control']).toBe('no-cache');
  });

  it('answers HEAD without a body', async () => {
    const res = await rawRequest(host.port, '/', { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.body).toBe('');
    expect(Number(res.headers['content-length'])).toBeGreaterThan(0);
  });

  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E%2Fsecret.txt',
    '/..%2fsecret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/assets/%2e%2e/%2e%2e/secret.txt',
    '/..%5csecret.txt',
    '/%252e%252e/secret.txt',
    '/index.html%00.js',
    '/%zz',
  ])('never leaves the renderer folder: %s', async (path) => {
    const res = await rawRequest(host.port, path);
    expect(res.status).toBe(404);
    expect(res.body).not.toContain('TOP-SECRET');
  });

  it('returns 404 for unknown files and directories, 405 for other methods', async () => {
    expect((await rawRequest(host.port, '/nope.js')).status).toBe(404);
    expect((await rawRequest(host.port, '/assets')).status).toBe(404);
    const put = await rawRequest(host.port, '/index.html', { method: 'PUT', body: 'x' });
    expect(put.status).toBe(405);
  });

  it('reads "//" and "//host/x" as paths on this server: 404, never a 500 or another host', async () => {
    for (const path of ['//', '//evil.example/index.html', '//%', '/%%30']) {
      const res = await rawRequest(host.port, path);
      expect(res.status, path).toBe(404);
    }
    const api = await rawRequest(host.port, '//api/ops', { method: 'POST', body: '{}' });
    expect(api.status).not.toBe(500);
  });

  it('answers /healthz', async () => {
    const res = await rawRequest(host.port, '/healthz');
    expect(res.status).toBe(200);
    expect(res.body).toBe('ok');
  });
});

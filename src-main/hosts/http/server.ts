import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AppContext } from '../../api';
import type * as ApiRouteModule from './api-route';
import { requestLocale, sendJson } from './respond';
import { httpError } from './messages';
import { isLoopbackHost, listenAddress, ownAuthorities, setSecurityHeaders } from './security';
import { serveStatic } from './static';

/** How long answers in flight may take to finish once the host is closing. */
const CLOSE_GRACE_MS = 1_000;

type ApiRoute = typeof ApiRouteModule;

export interface HttpHostOptions {
  /**
   * The app, or how to get it when the first API call needs it: `grants serve` answers its first page before
   * the database is open (index.html and the scripts need only node:http and the file system).
   */
  app: AppContext | (() => Promise<AppContext>);
  /** 0 picks a free port; the returned url has the real one. */
  port: number;
  host?: string;
  /** The built renderer (out/renderer). */
  rendererDir: string;
}

export interface HttpHost {
  url: string;
  port: number;
  close(): Promise<void>;
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(text);
}

function urlHost(address: string): string {
  return address.includes(':') ? `[${address}]` : address;
}

/**
 * The path of an origin-form request target ("/api/x?y" → "/api/x"). Resolved against a fixed origin rather
 * than parsed alone, so "//" or "//elsewhere/x" stays a path on this server instead of naming another host
 * (or throwing); anything not starting with "/" is not a request this server answers.
 */
export function requestPath(target: string | undefined): string | null {
  const raw = target ?? '/';
  if (!raw.startsWith('/')) return null;
  try {
    return new URL(`http://placeholder${raw}`).pathname;
  } catch {
    return null;
  }
}

export async function startHttpHost({
  app,
  port,
  host = '127.0.0.1',
  rendererDir,
}: HttpHostOptions): Promise<HttpHost> {
  if (!isLoopbackHost(host)) throw new Error(`the browser host listens on loopback only, not on ${host}`);
  let authorities = new Set<string>();
  // The API (dispatch, every service, the contract's schemas: most of a start's time) is loaded after the
  // first answer, not before listening: a static file or the health check needs none of it, and an API call
  // that comes first waits for it. A failed load is tried again by the next call, which reports it.
  let api: Promise<ApiRoute> | null = null;
  const appNow = typeof app === 'function' ? app : () => Promise.resolve(app);
  let warm = false;
  const loadApi = () =>
    (api ??= import('./api-route').catch((e: unknown) => {
      api = null;
      throw e;
    }));

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    setSecurityHeaders(res);
    const locale = requestLocale(req);
    // A page on another name that resolves to 127.0.0.1 (DNS rebinding) would otherwise be same-origin.
    const authority = (req.headers.host ?? '').toLowerCase();
    if (!authorities.has(authority)) {
      return sendJson(res, 403, httpError('Forbidden', 'http.host', locale, { host: authority }));
    }
    const pathname = requestPath(req.url);
    if (pathname === null) return sendText(res, 400, 'Bad Request');
    if (pathname === '/api' || pathname.startsWith('/api/')) {
      const [{ handleApi }, context] = await Promise.all([loadApi(), appNow()]);
      return handleApi(context, `http://${authority}`, pathname, req, res);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return sendText(res, 405, 'Method Not Allowed');
    }
    if (pathname === '/healthz') return sendText(res, 200, 'ok');
    if (!(await serveStatic(rendererDir, pathname, req, res))) sendText(res, 404, 'Not Found');
  }

  const server = createServer((req, res) => {
    handle(req, res)
      .catch((e: unknown) => {
        console.error('grants http host:', e);
        if (res.headersSent) res.destroy();
        else sendJson(res, 500, httpError('Internal', 'http.internal', requestLocale(req)));
      })
      .finally(() => {
        // Once the first answer is out, the rest is readied for the first API call (opening the database
        // included, when it is opened on demand); whoever opens it reports its own failures.
        if (warm) return;
        warm = true;
        setImmediate(() => {
          void loadApi().catch(() => {});
          void appNow().catch(() => {});
        });
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, listenAddress(host), () => {
      server.off('error', reject);
      resolve();
    });
  });
  const actualPort = (server.address() as AddressInfo).port;
  authorities = ownAuthorities(actualPort);

  return {
    url: `http://${urlHost(listenAddress(host))}:${actualPort}/`,
    port: actualPort,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((e) => (e ? reject(e) : resolve()));
        // Idle keep-alive sockets would otherwise hold close() open.
        server.closeIdleConnections();
        // So would a socket a browser opened ahead of need, with no request on it yet (Node waits for its
        // headers, minutes): answers in flight get a moment to finish, then every connection is closed.
        setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS).unref();
      }),
  };
}

import { readFile } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { CSP } from '../csp';

/**
 * The renderer is served from app://grants/… rather than file://: a standard, secure origin of its own, so
 * 'self' in the CSP means our files only (under file:// it would mean every file on the disk), fetch and
 * storage behave as on the web, and nothing else on the disk is reachable. No Electron import here: the
 * handler is a plain function from a request to a response, tested without the binary.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'grants';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const RENDERER_ENTRY = `${APP_ORIGIN}/index.html`;

/** protocol.registerSchemesAsPrivileged's argument: standard + secure, before the app is ready. */
export const PRIVILEGED_SCHEMES = [
  {
    scheme: APP_SCHEME,
    privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
  },
];

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export function mimeTypeOf(path: string): string {
  return MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

export type AppRequestTarget = { status: 200; path: string; mimeType: string } | { status: 400 | 403 | 404 };

/**
 * Which file under `root` a request URL names. Only GET-able paths of app://grants/ map to files; a path that
 * would leave `root` after decoding and normalising (../, %2e%2e, encoded slashes or backslashes) is 403,
 * a malformed one 400, another origin 404. "/" is index.html.
 */
export function resolveAppRequest(url: string, root: string): AppRequestTarget {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return { status: 400 };
  }
  if (u.protocol !== `${APP_SCHEME}:` || u.host !== APP_HOST) return { status: 404 };
  let path: string;
  try {
    path = decodeURIComponent(u.pathname);
  } catch {
    return { status: 400 };
  }
  if (path.includes('\0')) return { status: 400 };
  // A backslash is a separator on Windows: treat it as an attempt to climb, whatever the platform.
  if (path.includes('\\')) return { status: 403 };
  const base = resolve(root);
  const file = resolve(join(base, path === '/' ? 'index.html' : path));
  if (file !== base && !file.startsWith(base + sep)) return { status: 403 };
  if (file === base) return { status: 404 };
  return { status: 200, path: file, mimeType: mimeTypeOf(file) };
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** protocol.handle's handler: the file's bytes with its MIME type and the CSP, or an empty error status. */
export async function handleAppRequest(request: Request, root: string): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new Response(null, { status: 405, headers: SECURITY_HEADERS });
  }
  const target = resolveAppRequest(request.url, root);
  if (target.status !== 200) return new Response(null, { status: target.status, headers: SECURITY_HEADERS });
  let body: Buffer;
  try {
    body = await readFile(target.path);
  } catch {
    return new Response(null, { status: 404, headers: SECURITY_HEADERS });
  }
  const headers = { ...SECURITY_HEADERS, 'Content-Type': target.mimeType };
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
}

import type { ServerResponse } from 'node:http';
import { CSP } from '../csp';

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

export function setSecurityHeaders(res: ServerResponse): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

/** The browser host cannot tell one local user from a remote one, so it only ever listens on loopback. */
export function isLoopbackHost(host: string): boolean {
  return LOOPBACK_HOSTS.has(host.toLowerCase());
}

/** What to pass to listen(): a bracketed IPv6 literal ("[::1]", as URLs write it) without its brackets. */
export function listenAddress(host: string): string {
  return host.replace(/^\[(.*)\]$/, '$1');
}

/** Every way a browser on this machine can name the server; anything else in Host is DNS rebinding. */
export function ownAuthorities(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]);
}

export const SESSION_COOKIE = 'grants_session';

// No Max-Age or Expires: the cookie dies with the browser session; the server expires idle sessions too.
const COOKIE_ATTRIBUTES = 'Path=/; HttpOnly; SameSite=Strict';

export function sessionCookie(token: string | null): string {
  return token === null
    ? `${SESSION_COOKIE}=; ${COOKIE_ATTRIBUTES}; Max-Age=0`
    : `${SESSION_COOKIE}=${encodeURIComponent(token)}; ${COOKIE_ATTRIBUTES}`;
}

export function readSessionCookie(header: string | undefined): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim() !== SESSION_COOKIE) continue;
    const raw = part.slice(eq + 1).trim();
    if (raw === '') return null;
    try {
      return decodeURIComponent(raw);
    } catch {
      return null;
    }
  }
  return null;
}

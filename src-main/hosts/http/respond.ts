import type { IncomingMessage, ServerResponse } from 'node:http';
import { isLocale, type Locale } from '../../contract/errors';

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(text));
  res.setHeader('Cache-Control', 'no-store');
  res.end(text);
}

export function requestLocale(req: IncomingMessage): Locale {
  const h = req.headers['x-grants-locale'];
  return isLocale(h) ? h : 'zh';
}

import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Envelope, Locale } from '../../contract';
import { dispatch, type AppContext, type CallContext } from '../../api';
import { httpError } from './messages';
import { readUploadsOffThread } from './read-uploads';
import { readSessionCookie, sessionCookie } from './security';
import { requestLocale, sendJson } from './respond';

export { requestLocale, sendJson } from './respond';

/**
 * Room for the largest op input: an uploaded spreadsheet travels as base64 (the import ops accept up to 28 MB of
 * it), plus its JSON wrapping.
 */
export const MAX_BODY_BYTES = 32 * 1024 * 1024;
const OP_PATH = /^\/api\/([A-Za-z][A-Za-z0-9_.]{0,63})$/;

class BodyTooLarge extends Error {}

/** The client went away before sending the whole body: nobody is left to answer, and nothing was run. */
class ClientAborted extends Error {}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // Node reports a connection closed mid-body as an "aborted" error, or only as a close before the end.
    req.on('close', () => {
      if (!req.complete) reject(new ClientAborted());
    });
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        // Keep reading (and dropping) so the client gets our 413 instead of a reset connection.
        req.resume();
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', (e) => reject(req.complete ? e : new ClientAborted()));
  });
}

function refuseTooLarge(res: ServerResponse, locale: Locale): void {
  res.setHeader('Connection', 'close');
  sendJson(res, 413, httpError('Validation', 'http.bodyTooLarge', locale, { limit: `${MAX_BODY_BYTES / 1048576} MB` }));
}

/**
 * POST /api/<op>: the same dispatch the Electron host calls over IPC. The session token travels only in
 * an HttpOnly cookie; the custom header and the Origin check keep other sites from making calls.
 */
export async function handleApi(
  app: AppContext,
  origin: string,
  pathname: string,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const locale = requestLocale(req);
  const match = OP_PATH.exec(pathname);
  if (!match) return sendJson(res, 404, httpError('NotFound', 'http.notFound', locale, { path: pathname }));
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    return sendJson(res, 405, httpError('Validation', 'http.method', locale, { allowed: 'POST' }));
  }
  // A form or an <img> on another site cannot set a custom header; fetch from another origin needs CORS,
  // which this server never grants.
  if (req.headers['x-grants-client'] !== '1') {
    return sendJson(res, 403, httpError('Forbidden', 'http.clientHeader', locale));
  }
  const requestOrigin = req.headers.origin;
  if (requestOrigin !== undefined && requestOrigin !== origin) {
    return sendJson(res, 403, httpError('Forbidden', 'http.origin', locale, { origin: requestOrigin }));
  }
  if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) return refuseTooLarge(res, locale);

  let raw: Buffer;
  try {
    raw = await readBody(req, MAX_BODY_BYTES);
  } catch (e) {
    if (e instanceof BodyTooLarge) return refuseTooLarge(res, locale);
    if (e instanceof ClientAborted) {
      console.warn(`grants http host: the client closed the connection before sending the whole body of ${pathname}`);
      res.destroy();
      return;
    }
    throw e;
  }
  let input: unknown = {};
  if (raw.length > 0) {
    try {
      input = JSON.parse(raw.toString('utf8'));
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      return sendJson(res, 400, httpError('Validation', 'http.badJson', locale, { reason }));
    }
  }

  let newToken: string | null | undefined;
  const call: CallContext = {
    sessionToken: readSessionCookie(req.headers.cookie),
    locale,
    setSessionToken(token) {
      newToken = token;
    },
    readUploads: readUploadsOffThread,
  };
  const envelope: Envelope<unknown> = await dispatch(app, match[1]!, input, call);
  if (newToken !== undefined) res.setHeader('Set-Cookie', sessionCookie(newToken));
  sendJson(res, 200, envelope);
}

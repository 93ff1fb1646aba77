import type { Envelope, Locale, OpName } from '@contract';
import type { GrantsBridge } from '../env';
import { isEnvelope, localError } from './errors';

/** Carries one op call to main and brings back its envelope; never throws for a failed op. */
export type Transport = (op: OpName, input: unknown, locale: Locale) => Promise<Envelope<unknown>>;

function failure(body: ReturnType<typeof localError>): Envelope<unknown> {
  return { ok: false, error: body };
}

/** Electron: the preload's single dispatch function over one IPC channel. */
export function electronTransport(bridge: GrantsBridge): Transport {
  return async (op, input, locale) => {
    try {
      const env: unknown = await bridge.dispatch(op, input ?? {}, locale);
      return isEnvelope(env) ? env : failure(localError('badResponse', locale, { status: 'IPC' }));
    } catch (e) {
      return failure(localError('unreachable', locale, { reason: e instanceof Error ? e.message : String(e) }));
    }
  };
}

/**
 * Browser host: POST /api/<op>. Any HTTP status may carry an envelope (401, 403, 422…), so the body decides;
 * the custom header lets the server refuse cross-site form posts.
 */
export function httpTransport(fetchImpl: typeof fetch = (...a) => fetch(...a), base = ''): Transport {
  return async (op, input, locale) => {
    let res: Response;
    try {
      res = await fetchImpl(`${base}/api/${op}`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', 'X-Grants-Client': '1', 'X-Grants-Locale': locale },
        body: JSON.stringify(input ?? {}),
      });
    } catch (e) {
      return failure(localError('unreachable', locale, { reason: e instanceof Error ? e.message : String(e) }));
    }
    let body: unknown;
    try {
      body = await res.json();
    } catch {
      return failure(localError('badResponse', locale, { status: res.status }));
    }
    return isEnvelope(body) ? body : failure(localError('badResponse', locale, { status: res.status }));
  };
}

/** Chosen once at start-up: the Electron bridge when the preload provided one, HTTP otherwise. */
export function pickTransport(bridge: GrantsBridge | undefined): Transport {
  return bridge && typeof bridge.dispatch === 'function' ? electronTransport(bridge) : httpTransport();
}

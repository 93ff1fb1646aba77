import { describe, expect, it } from 'vitest';
import { electronTransport, httpTransport, pickTransport } from './transports';

function fakeFetch(respond: (url: string, init: RequestInit) => Response | Promise<Response>) {
  const calls: { url: string; init: RequestInit }[] = [];
  const f = (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return respond(url, init);
  }) as unknown as typeof fetch;
  return { f, calls };
}

describe('httpTransport', () => {
  it('POSTs the input as JSON with the client and locale headers', async () => {
    const { f, calls } = fakeFetch(() => Response.json({ ok: true, value: { total: 0, rows: [] } }));
    const env = await httpTransport(f)('organizations.list', { page: 2 }, 'en');
    expect(env).toEqual({ ok: true, value: { total: 0, rows: [] } });
    expect(calls[0]!.url).toBe('/api/organizations.list');
    expect(calls[0]!.init).toMatchObject({
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'X-Grants-Client': '1', 'X-Grants-Locale': 'en' },
      body: '{"page":2}',
    });
  });

  it('sends {} for an op without input', async () => {
    const { f, calls } = fakeFetch(() => Response.json({ ok: true, value: {} }));
    await httpTransport(f)('auth.status', undefined as never, 'zh');
    expect(calls[0]!.init.body).toBe('{}');
  });

  it('takes the envelope whatever the HTTP status', async () => {
    const body = { ok: false, error: { kind: 'Forbidden', message: '没有权限', details: { rule: 'auth.forbidden' } } };
    const { f } = fakeFetch(() => Response.json(body, { status: 403 }));
    expect(await httpTransport(f)('users.list', {}, 'zh')).toEqual(body);
  });

  it('turns a non-JSON or non-envelope answer into an Internal error naming the status', async () => {
    const html = fakeFetch(() => new Response('<html>502</html>', { status: 502 }));
    const a = await httpTransport(html.f)('auth.status', {}, 'zh');
    expect(a.ok).toBe(false);
    if (!a.ok) {
      expect(a.error.kind).toBe('Internal');
      expect(a.error.message).toContain('HTTP 502');
    }
    const odd = fakeFetch(() => Response.json({ hello: 1 }));
    const b = await httpTransport(odd.f)('auth.status', {}, 'en');
    expect(b.ok).toBe(false);
    if (!b.ok) expect(b.error.message).toMatch(/unreadable answer \(HTTP 200\)/);
    const badKind = fakeFetch(() => Response.json({ ok: false, error: { kind: 'Oops', message: 'x' } }));
    const c = await httpTransport(badKind.f)('auth.status', {}, 'zh');
    expect(!c.ok && c.error.kind).toBe('Internal');
  });

  it('reports an unreachable service as Internal, without throwing', async () => {
    const { f } = fakeFetch(() => {
      throw new TypeError('Failed to fetch');
    });
    const env = await httpTransport(f)('auth.status', {}, 'zh');
    expect(env.ok).toBe(false);
    if (!env.ok) expect(env.error.message).toBe('无法连接到服务：Failed to fetch');
  });
});

describe('electronTransport', () => {
  it('passes op, input and locale to the bridge and checks what comes back', async () => {
    const seen: unknown[] = [];
    const t = electronTransport({
      dispatch: async (op, input, locale) => {
        seen.push([op, input, locale]);
        return op === 'auth.status' ? { ok: true, value: 1 } : ({ nope: true } as never);
      },
    });
    expect(await t('auth.status', {}, 'en')).toEqual({ ok: true, value: 1 });
    expect(seen[0]).toEqual(['auth.status', {}, 'en']);
    const bad = await t('users.list', {}, 'zh');
    expect(!bad.ok && bad.error.kind).toBe('Internal');
  });

  it('pickTransport uses the bridge only when it has a dispatch function', async () => {
    const bridge = { dispatch: async () => ({ ok: true as const, value: 'ipc' }) };
    expect(await pickTransport(bridge)('auth.status', {}, 'zh')).toEqual({ ok: true, value: 'ipc' });
    expect(pickTransport(undefined)).toBeTypeOf('function');
  });
});

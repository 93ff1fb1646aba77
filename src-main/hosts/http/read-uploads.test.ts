import { monitorEventLoopDelay } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readOutcome } from '../../services/spreadsheet/uploads';
import { openFixture, type Fixture } from '../../testing/dispatch';
import { rawRequest, type RawResponse } from '../../testing/http';
import { readUploadsOffThread } from './read-uploads';
import { SESSION_COOKIE } from './security';
import { startHttpHost, type HttpHost } from './server';

/** The browser host reads uploaded spreadsheets on a worker thread: its event loop keeps answering meanwhile. */
let f: Fixture;
let host: HttpHost;
beforeAll(async () => {
  f = openFixture();
  host = await startHttpHost({ app: f.app, port: 0, rendererDir: f.folder.file('no-renderer') });
  // The host loads its API route on the first call; loaded here, that load is not timed as the upload's stall.
  await rawRequest(host.port, '/api/auth.status');
});
afterAll(async () => {
  await host.close();
  f.close();
});

function importPreview(fileName: string, text: string): Promise<RawResponse> {
  const body = JSON.stringify({ fileName, contentBase64: Buffer.from(text, 'utf8').toString('base64') });
  return rawRequest(host.port, '/api/applications.importPreview', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'X-Grants-Client': '1',
      'X-Grants-Locale': 'en',
      Cookie: `${SESSION_COOKIE}=${encodeURIComponent(f.tokens.project)}`,
    },
    body,
  });
}

/** A CSV whose last field opens a quote it never closes: refused only once every row has been read. */
function unclosedCsv(rows: number): string {
  const line = '1,2,3,4,5,6,7,8,9,0,1,2,3,4,5,6,7,8,9,0\r\n';
  return `项目名称,申请金额(元)\r\n${line.repeat(rows)}"unclosed,1\r\n`;
}

describe('uploads read on a worker thread', () => {
  it('reads only the import ops’ spreadsheets, with the verdict reading them in the op would give', async () => {
    const text = unclosedCsv(3);
    const base64 = Buffer.from(text).toString('base64');
    const read = await readUploadsOffThread('applications.importPreview', { fileName: 'a.csv', contentBase64: base64 });
    expect(read?.get(base64)).toEqual(readOutcome('a.csv', base64));
    expect(read?.get(base64)).toEqual({ ok: false, rule: 'import.csvQuote', params: { row: 5 } });
    expect(await readUploadsOffThread('attachments.upload', { fileName: 'a.csv', contentBase64: base64 })).toBe(
      undefined,
    );
    const res = await importPreview('a.csv', text);
    const env = JSON.parse(res.body) as { ok: boolean; error?: { message: string } };
    expect(env.ok).toBe(false);
    expect(env.error?.message).toContain('row 5');
  });

  it('keeps answering other requests while a large upload is read', async () => {
    // What the read costs on the calling thread: the host's event loop would stall this long without the worker.
    // The file grows until that stall is long enough to tell apart from the loop's own small steps, whatever
    // the machine's speed, so the comparison below measures the worker, not how fast this machine is today.
    let text = '';
    let readMs = 0;
    for (let rows = 30_000; readMs <= 150 && rows <= 960_000; rows *= 2) {
      text = unclosedCsv(rows);
      const base64 = Buffer.from(text).toString('base64');
      const start = performance.now();
      expect(readOutcome('big.csv', base64)).toMatchObject({ ok: false, rule: 'import.csvQuote' });
      readMs = performance.now() - start;
    }
    expect(readMs).toBeGreaterThan(150);

    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    let answered = 0;
    let done = false;
    const upload = importPreview('big.csv', text).finally(() => (done = true));
    const pings = (async () => {
      while (!done) {
        const r = await rawRequest(host.port, '/healthz');
        if (r.status === 200 && !done) answered++;
      }
    })();
    const res = await upload;
    await pings;
    delay.disable();
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { details: { rule: 'import.csvQuote' } } });
    expect(answered).toBeGreaterThan(2);
    // The longest the loop was held at once: the JSON body and small steps, never the whole read.
    expect(delay.max / 1e6, `read ${Math.round(readMs)} ms`).toBeLessThan(readMs / 2);
  }, 60_000);
});

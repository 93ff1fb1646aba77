import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** node:http rather than fetch: fetch normalizes "/../" away and forbids setting Host or Origin freely. */
export function rawRequest(
  port: number,
  path: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: opts.method ?? 'GET', headers: opts.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

/** A temp folder with a fake built renderer beside a file that must never be served. */
export function makeFixture(): { root: string; rendererDir: string; dbPath: string; cleanup(): void } {
  const root = mkdtempSync(join(tmpdir(), 'grants-http-'));
  const rendererDir = join(root, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>资金项目管理</title><div id="root"></div>');
  writeFileSync(join(rendererDir, 'assets', 'index-Ab12Cd34.js'), 'console.log("app");');
  writeFileSync(join(rendererDir, 'assets', 'index-Ab12Cd34.css'), 'body{}');
  writeFileSync(join(rendererDir, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(root, 'secret.txt'), 'TOP-SECRET');
  return {
    root,
    rendererDir,
    dbPath: join(root, 'data', 'grants.db'),
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}

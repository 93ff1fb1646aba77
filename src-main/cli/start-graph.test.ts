import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from './paths';

/**
 * What a command loads before it does anything, read from the JavaScript build (vitest builds out/cli first):
 * `grants serve` answers as soon as the server listens, so SQLite, the API (dispatch, every service and the
 * contract's zod schemas) and the migrations, most of a start's time, must stay out of what it loads up front.
 */
const OUT = join(PROJECT_ROOT, 'out', 'cli');
const text = (file: string) => readFileSync(join(OUT, file), 'utf8');

/**
 * Chunks loaded when `entry` is required, itself included: the build is CommonJS, and a chunk's top-level
 * require() lines are what loading it loads (one loaded on demand is required inside a function).
 */
function staticGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const m of text(file).matchAll(/^(?:(?:const|let|var)\s+[\w$]+\s*=\s*)?require\("\.\/([^"]+)"\);?$/gm))
      visit(m[1]!);
  };
  visit(entry);
  return seen;
}

/** Packages a set of chunks requires when loaded (top-level require() of a bare name). */
function packagesOf(chunks: Iterable<string>): Set<string> {
  const names = new Set<string>();
  for (const chunk of chunks)
    for (const m of text(chunk).matchAll(
      /^(?:(?:const|let|var)\s+[\w$]+\s*=\s*)?(?:[\w$.]+\()?require\("([^."][^"]*)"\)/gm,
    ))
      names.add(m[1]!);
  return names;
}

function commandChunk(name: string): string {
  const m = new RegExp(`require\\("\\./(${name}-[\\w-]+\\.cjs)"\\)`).exec(text('main.cjs'));
  if (!m) throw new Error(`main.cjs loads no ${name} chunk`);
  return m[1]!;
}

describe('what a command loads up front', () => {
  it('serve loads neither SQLite, the op schemas nor the services before it answers; they come later', () => {
    const graph = staticGraph(commandChunk('serve'));
    const loaded = [...graph].map(text);
    expect(loaded.some((code) => /^var ops = \{/m.test(code))).toBe(false);
    expect(loaded.some((code) => code.includes('function dispatch('))).toBe(false);
    expect(loaded.some((code) => code.includes('function openDatabase('))).toBe(false);
    expect([...packagesOf(graph)].filter((p) => !p.startsWith('node:'))).toEqual([]);
    // The route and the database are still in the build, loaded on demand.
    const serve = text(commandChunk('serve'));
    expect(serve).toMatch(/\.then\(\(\) => require\("\.\/api-route-[\w-]+\.cjs"\)\)/);
    expect(serve).toMatch(/\.then\(\(\) => require\("\.\/open-[\w-]+\.cjs"\)\)/);
  });

  it('the entry every command loads requires no package: SQLite waits for a command that opens a file', () => {
    const graph = staticGraph('main.cjs');
    expect([...packagesOf(graph)].filter((p) => !p.startsWith('node:'))).toEqual([]);
  });

  it('the build is CommonJS (required without the ES module loader), with zod inside it', () => {
    expect(text('main.cjs')).not.toMatch(/^import\s/m);
    const chunks = readdirSync(OUT).filter((f) => f.endsWith('.cjs'));
    expect(chunks.filter((f) => /\brequire\("zod"\)/.test(text(f)))).toEqual([]);
  });
});

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from './paths';

/**
 * What a command loads before it does anything, read from the JavaScript build (vitest builds out/cli first):
 * `grants serve` answers once the database is open and the server listens, so the API (dispatch, every
 * service and the contract's zod schemas, most of a start's time) must stay out of what it loads up front.
 */
const OUT = join(PROJECT_ROOT, 'out', 'cli');
const text = (file: string) => readFileSync(join(OUT, file), 'utf8');

/** Chunks loaded by static imports from `entry`, itself included. */
function staticGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const m of text(file).matchAll(/^import\s+(?:[^'"]*?\s+from\s+)?"\.\/([^"]+)";?$/gm)) visit(m[1]!);
  };
  visit(entry);
  return seen;
}

function commandChunk(name: string): string {
  const m = new RegExp(`import\\("\\./(${name}-[\\w-]+\\.js)"\\)`).exec(text('main.js'));
  if (!m) throw new Error(`main.js loads no ${name} chunk`);
  return m[1]!;
}

describe('what a command loads up front', () => {
  it('serve loads neither the op schemas nor the services before it answers; the API route comes later', () => {
    const graph = staticGraph(commandChunk('serve'));
    const loaded = [...graph].map(text);
    expect(loaded.some((code) => /^var ops = \{/m.test(code))).toBe(false);
    expect(loaded.some((code) => code.includes('function dispatch('))).toBe(false);
    expect(loaded.some((code) => /\bfrom "exifr"/.test(code))).toBe(false);
    // The route is still in the build, loaded on demand.
    expect(loaded.some((code) => /import\("\.\/api-route-[\w-]+\.js"\)/.test(code))).toBe(true);
  });

  it('zod is part of the build rather than a hundred modules resolved at run time', () => {
    const chunks = readdirSync(OUT).filter((f) => f.endsWith('.js'));
    expect(chunks.filter((f) => /\bfrom "zod"/.test(text(f)))).toEqual([]);
  });
});

import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chooseEntry } from './choose-entry.cjs';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'grants-entry-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const at = (iso: string) => new Date(iso);
function source(path: string, mtime: Date): void {
  const file = join(root, 'src-main', path);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, 'export {};\n');
  utimesSync(file, mtime, mtime);
}
function built(when: Date, sources?: string[]): void {
  mkdirSync(join(root, 'out', 'cli'), { recursive: true });
  const stamp = { builtAt: when.getTime(), ...(sources ? { sources: sources.map((s) => `src-main/${s}`) } : {}) };
  writeFileSync(join(root, 'out', 'cli', 'built.json'), JSON.stringify(stamp));
}

describe('chooseEntry', () => {
  it('runs the build when no source changed after it started', () => {
    source('cli/main.ts', at('2026-01-01T10:00:00Z'));
    source('db/deep/repo.ts', at('2026-01-01T10:05:00Z'));
    built(at('2026-01-01T10:06:00Z'));
    expect(chooseEntry(root, {})).toBe('build');
  });

  it('runs the sources when one of them is newer than the build, however deep', () => {
    source('cli/main.ts', at('2026-01-01T10:00:00Z'));
    source('db/deep/repo.ts', at('2026-01-01T10:07:00Z'));
    built(at('2026-01-01T10:06:00Z'));
    expect(chooseEntry(root, {})).toBe('source');
  });

  it('ignores tests edited after the build (they are not part of it)', () => {
    source('cli/main.ts', at('2026-01-01T10:00:00Z'));
    source('cli/main.test.ts', at('2026-01-01T11:00:00Z'));
    built(at('2026-01-01T10:06:00Z'));
    expect(chooseEntry(root, {})).toBe('build');
  });

  it('runs the sources without a build, with a broken stamp, or when asked to', () => {
    source('cli/main.ts', at('2026-01-01T10:00:00Z'));
    expect(chooseEntry(root, {})).toBe('source');
    mkdirSync(join(root, 'out', 'cli'), { recursive: true });
    writeFileSync(join(root, 'out', 'cli', 'built.json'), '{"builtAt":"soon"}');
    expect(chooseEntry(root, {})).toBe('source');
    built(at('2026-01-01T10:06:00Z'));
    expect(chooseEntry(root, { GRANTS_FROM_SOURCE: '1' })).toBe('source');
  });

  it('runs the build of an installed copy that has no sources', () => {
    built(at('2026-01-01T10:06:00Z'));
    expect(chooseEntry(root, {})).toBe('build');
  });

  describe('with the list of sources the build holds', () => {
    it('looks only at the listed sources: a file the build does not hold may change', () => {
      source('cli/main.ts', at('2026-01-01T10:00:00Z'));
      source('cli/unused.ts', at('2026-01-01T11:00:00Z'));
      built(at('2026-01-01T10:06:00Z'), ['cli/main.ts']);
      expect(chooseEntry(root, {})).toBe('build');
    });

    it('runs the sources when a listed one is newer than the build', () => {
      source('cli/main.ts', at('2026-01-01T10:00:00Z'));
      source('db/deep/repo.ts', at('2026-01-01T10:07:00Z'));
      built(at('2026-01-01T10:06:00Z'), ['cli/main.ts', 'db/deep/repo.ts']);
      expect(chooseEntry(root, {})).toBe('source');
    });

    it('runs the sources when a listed one is gone, the build when every source is (an installed copy)', () => {
      source('cli/main.ts', at('2026-01-01T10:00:00Z'));
      built(at('2026-01-01T10:06:00Z'), ['cli/main.ts', 'cli/removed.ts']);
      expect(chooseEntry(root, {})).toBe('source');
      rmSync(join(root, 'src-main'), { recursive: true });
      expect(chooseEntry(root, {})).toBe('build');
    });
  });
});

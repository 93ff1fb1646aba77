import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir, resolveDbPath } from './data-dir';

describe('default data folder (the same one the Electron host uses for userData)', () => {
  it('follows XDG_DATA_HOME on Linux, else ~/.local/share', () => {
    expect(defaultDataDir('linux', { XDG_DATA_HOME: '/xdg' }, '/home/u')).toBe(join('/xdg', 'grants'));
    expect(defaultDataDir('linux', {}, '/home/u')).toBe(join('/home/u', '.local', 'share', 'grants'));
    expect(defaultDataDir('linux', { XDG_DATA_HOME: '' }, '/home/u')).toBe(
      join('/home/u', '.local', 'share', 'grants'),
    );
  });

  it('uses %APPDATA% on Windows and Application Support on macOS', () => {
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\u\\AppData\\Roaming' }, 'C:\\Users\\u')).toBe(
      join('C:\\Users\\u\\AppData\\Roaming', 'grants'),
    );
    expect(defaultDataDir('darwin', {}, '/Users/u')).toBe(join('/Users/u', 'Library', 'Application Support', 'grants'));
  });

  it('resolves --db first, then GRANTS_DB, then the default folder', () => {
    expect(resolveDbPath('/a.db', { GRANTS_DB: '/b.db' }, '/data')).toBe('/a.db');
    expect(resolveDbPath(undefined, { GRANTS_DB: '/b.db' }, '/data')).toBe('/b.db');
    expect(resolveDbPath(undefined, {}, '/data')).toBe(join('/data', 'grants.db'));
  });
});

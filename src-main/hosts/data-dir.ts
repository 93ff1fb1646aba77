import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_DIR_NAME = 'grants';
export const DB_FILE_NAME = 'grants.db';

type Env = Record<string, string | undefined>;

/**
 * Where the data lives when nobody says otherwise. The Electron host sets its userData path to this same
 * folder, so the desktop app, `grants serve` and `grants init` all find one database by default.
 */
export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: Env = process.env,
  home: string = homedir(),
): string {
  if (platform === 'win32') return join(env.APPDATA || join(home, 'AppData', 'Roaming'), APP_DIR_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_DIR_NAME);
  return join(env.XDG_DATA_HOME || join(home, '.local', 'share'), APP_DIR_NAME);
}

/** `--db PATH` wins, then GRANTS_DB, then the default data folder. */
export function resolveDbPath(flag: string | undefined, env: Env = process.env, dataDir = defaultDataDir()): string {
  if (flag) return flag;
  if (env.GRANTS_DB) return env.GRANTS_DB;
  return join(dataDir, DB_FILE_NAME);
}

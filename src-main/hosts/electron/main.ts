import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, dialog, Menu, type BrowserWindow } from 'electron';
import type { Locale } from '../../contract';
import { closeApp, createApp, DatabaseOpenError, startDailyBackup, warmUpSoon, type AppContext } from '../../api';
import { DB_FILE_NAME, defaultDataDir } from '../data-dir';
import { registerDispatch } from './ipc';
import { aboutText, menuTemplate } from './menu';
import { PRIVILEGED_SCHEMES } from './protocol';
import { createMainWindow, lockDownContents, lockDownSession, registerAppScheme } from './window';
import { devToolsRequested } from './window-options';

// out/main/main.js → out/preload/preload.cjs and out/renderer/ (served as app://grants/).
const OUT_DIR = fileURLToPath(new URL('..', import.meta.url));
const paths = {
  preload: join(OUT_DIR, 'preload', 'preload.cjs'),
  rendererDir: join(OUT_DIR, 'renderer'),
};

/** `electron . --db PATH` or `--db=PATH`, else GRANTS_DB, else userData/grants.db. */
function dbPathFromArgs(argv: string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--db') return argv[i + 1];
    if (arg.startsWith('--db=')) return arg.slice('--db='.length);
  }
  return undefined;
}

/** better-sqlite3 built for Electron's ABI by scripts/electron-rebuild.mjs; node_modules keeps the Node build. */
function electronNativeBinding(): string | undefined {
  const file = join(app.getAppPath(), 'build-electron', 'better_sqlite3.node');
  return existsSync(file) ? file : undefined;
}

// DevTools only when GRANTS_DEVTOOLS=1 asks for them, in a development checkout (npm start) as in a package.
const devTools = devToolsRequested();
let context: AppContext | null = null;
let mainWindow: BrowserWindow | null = null;
// Chinese until the renderer's first call says otherwise (the UI's own default, as regulation asks).
let locale: Locale = 'zh';

// The same folder the CLI uses by default, so `grants serve` and the desktop app share one database.
app.setPath('userData', defaultDataDir());
app.enableSandbox();
// Before ready, or the scheme is not standard and secure.
registerAppScheme(PRIVILEGED_SCHEMES);
lockDownContents(devTools);

function showAbout(): void {
  const { title, detail } = aboutText(locale, app.getVersion(), context?.dbPath ?? '');
  void dialog.showMessageBox({ type: 'info', title, message: title, detail });
}

function installMenu(): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate({ locale, devTools, onAbout: showAbout })));
}

/** The menu follows the language the renderer sends with each call. */
function setLocale(next: Locale): void {
  if (next === locale) return;
  locale = next;
  installMenu();
}

function start(): void {
  const dbPath = dbPathFromArgs(process.argv) ?? process.env.GRANTS_DB ?? join(app.getPath('userData'), DB_FILE_NAME);
  try {
    context = createApp({
      dbPath,
      host: 'electron',
      appVersion: app.getVersion(),
      nativeBinding: electronNativeBinding(),
    });
  } catch (e) {
    const message = e instanceof DatabaseOpenError ? e.messageIn(locale) : String(e);
    dialog.showErrorBox(locale === 'zh' ? '无法打开数据库' : 'Cannot open the database', `${dbPath}\n\n${message}`);
    app.exit(1);
    return;
  }
  void startDailyBackup(context, (line) => console.log(line), locale);
  warmUpSoon(context);
  lockDownSession(paths.rendererDir);
  installMenu();
  registerDispatch({ app: context, window: () => mainWindow, onLocale: setLocale });
  mainWindow = createMainWindow(paths.preload, devTools);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    if (context) closeApp(context);
    context = null;
  });
  void app.whenReady().then(start);
}

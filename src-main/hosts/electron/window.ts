import { app, BrowserWindow, session, type WebContents } from 'electron';
import { CSP } from '../csp';
import { isRendererUrl } from './renderer-url';

export interface WindowPaths {
  preload: string;
  rendererIndex: string;
}

/**
 * Rules for every webContents, including any the app never meant to create: no navigation away from our
 * file, no new windows, no <webview>.
 */
export function lockDownContents(rendererIndex: string): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isRendererUrl(url, rendererIndex)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isRendererUrl(url, rendererIndex)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}

/** CSP on every response (the renderer's meta tag says the same) and no device or API permissions. */
export function lockDownSession(): void {
  const ses = session.defaultSession;
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CSP] } });
  });
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
}

export function createMainWindow({ preload, rendererIndex }: WindowPaths, isDev: boolean): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: '资金项目管理',
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      devTools: isDev,
    },
  });
  win.once('ready-to-show', () => win.show());
  void win.loadFile(rendererIndex);
  return win;
}

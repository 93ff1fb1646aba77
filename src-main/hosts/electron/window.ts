import { app, BrowserWindow, protocol, session, type WebContents } from 'electron';
import { CSP } from '../csp';
import { APP_SCHEME, handleAppRequest, RENDERER_ENTRY } from './protocol';
import { isRendererUrl, navigationAllowed } from './renderer-url';
import { mainWindowOptions, permissionDecision } from './window-options';

/**
 * Rules for every webContents, including any the app never meant to create: no navigation away from our
 * page, none at all in sub-frames, no new windows, no <webview>, no DevTools unless asked for.
 */
export function lockDownContents(devTools: boolean): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isRendererUrl(url)) event.preventDefault();
    });
    contents.on('will-frame-navigate', (event) => {
      if (!navigationAllowed(event.url, event.isMainFrame)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isRendererUrl(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    if (!devTools) contents.on('devtools-opened', () => contents.closeDevTools());
  });
}

/**
 * Serves out/renderer under app://grants/ (the scheme was registered as privileged before ready), sends the
 * CSP on every response as well, and refuses every permission request.
 */
export function lockDownSession(rendererDir: string): void {
  const ses = session.defaultSession;
  protocol.handle(APP_SCHEME, (request) => handleAppRequest(request, rendererDir));
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CSP] } });
  });
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(permissionDecision()));
  ses.setPermissionCheckHandler(permissionDecision);
}

export function registerAppScheme(schemes: Parameters<typeof protocol.registerSchemesAsPrivileged>[0]): void {
  protocol.registerSchemesAsPrivileged(schemes);
}

export function createMainWindow(preload: string, devTools: boolean): BrowserWindow {
  const win = new BrowserWindow(mainWindowOptions(preload, devTools));
  win.once('ready-to-show', () => win.show());
  void win.loadURL(RENDERER_ENTRY);
  return win;
}

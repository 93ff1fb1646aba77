import type { BrowserWindowConstructorOptions } from 'electron';

type Env = Record<string, string | undefined>;

/** The variable that asks for DevTools; nothing else (not a development build, not npm start) enables them. */
export const DEVTOOLS_ENV = 'GRANTS_DEVTOOLS';

export function devToolsRequested(env: Env = process.env): boolean {
  return env[DEVTOOLS_ENV] === '1';
}

/**
 * The main window, as the Electron security checklist asks: isolated and sandboxed renderer without Node,
 * web security on, no <webview>, no insecure content, no experimental features, DevTools only on request.
 */
export function mainWindowOptions(preload: string, devTools: boolean): BrowserWindowConstructorOptions {
  return {
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
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools,
    },
  };
}

/** No permission (camera, notifications, geolocation, clipboard-read…) is ever granted or reported granted. */
export function permissionDecision(): false {
  return false;
}

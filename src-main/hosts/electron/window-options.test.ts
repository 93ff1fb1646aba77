import { describe, expect, it } from 'vitest';
import { devToolsRequested, mainWindowOptions, permissionDecision } from './window-options';

describe('the main window', () => {
  it('has an isolated, sandboxed renderer without Node, webview or insecure content', () => {
    const prefs = mainWindowOptions('/app/out/preload/preload.cjs', false).webPreferences!;
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/preload.cjs',
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
      devTools: false,
    });
  });

  it('opens DevTools only when GRANTS_DEVTOOLS=1 asks, whatever else is set', () => {
    expect(devToolsRequested({})).toBe(false);
    expect(devToolsRequested({ NODE_ENV: 'development', GRANTS_DEVTOOLS: '0' })).toBe(false);
    expect(devToolsRequested({ GRANTS_DEVTOOLS: 'true' })).toBe(false);
    expect(devToolsRequested({ GRANTS_DEVTOOLS: '1' })).toBe(true);
    expect(mainWindowOptions('p', devToolsRequested({ GRANTS_DEVTOOLS: '1' })).webPreferences!.devTools).toBe(true);
  });

  it('grants no permission', () => {
    expect(permissionDecision()).toBe(false);
  });
});

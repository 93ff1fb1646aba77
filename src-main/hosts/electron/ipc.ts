import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { isLocale, type Envelope, type Locale } from '../../contract';
import { dispatch, type AppContext } from '../../api';
import { isRendererUrl } from './renderer-url';

export const DISPATCH_CHANNEL = 'grants:dispatch';

export interface DispatchBridgeOptions {
  app: AppContext;
  window(): BrowserWindow | null;
  onLocale(locale: Locale): void;
}

function refused(locale: Locale): Envelope<never> {
  const message =
    locale === 'zh' ? '请求来自不受信任的页面，已拒绝' : 'the request came from an untrusted page and was refused';
  return { ok: false, error: { kind: 'Forbidden', message, details: { rule: 'ipc.sender' } } };
}

/**
 * The one IPC channel. Only the main frame of our own window, showing our own page, may call it. The
 * session token stays here, per webContents: the renderer never sees it, so script injected into the page
 * cannot carry it away.
 */
export function registerDispatch({ app, window, onLocale }: DispatchBridgeOptions): void {
  const tokens = new Map<number, string>();
  const watched = new Set<number>();

  function trusted(event: IpcMainInvokeEvent): boolean {
    const win = window();
    const frame = event.senderFrame;
    return (
      win !== null &&
      !win.isDestroyed() &&
      event.sender === win.webContents &&
      frame !== null &&
      frame.parent === null &&
      isRendererUrl(frame.url)
    );
  }

  ipcMain.handle(DISPATCH_CHANNEL, async (event, op: unknown, input: unknown, locale: unknown) => {
    const lang: Locale = isLocale(locale) ? locale : 'zh';
    if (!trusted(event)) return refused(lang);
    onLocale(lang);
    const contents = event.sender;
    if (!watched.has(contents.id)) {
      watched.add(contents.id);
      contents.once('destroyed', () => {
        tokens.delete(contents.id);
        watched.delete(contents.id);
      });
    }
    return dispatch(app, typeof op === 'string' ? op : '', input, {
      sessionToken: tokens.get(contents.id) ?? null,
      locale: lang,
      setSessionToken(token) {
        if (token === null) tokens.delete(contents.id);
        else tokens.set(contents.id, token);
      },
    });
  });
}

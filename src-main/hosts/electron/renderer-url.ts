import { APP_HOST, APP_SCHEME } from './protocol';

/**
 * True when `url` is our renderer's entry page, app://grants/index.html (or app://grants/), whatever hash
 * route or query it carries: the IPC sender check and the navigation rules.
 */
export function isRendererUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return (
      u.protocol === `${APP_SCHEME}:` &&
      u.host === APP_HOST &&
      u.username === '' &&
      u.password === '' &&
      u.port === '' &&
      (u.pathname === '/index.html' || u.pathname === '/')
    );
  } catch {
    return false;
  }
}

/**
 * Where a frame may go: the main frame only to our entry page (the hash router never navigates otherwise);
 * a sub-frame nowhere at all (the renderer has no frames, so one trying to navigate was put there).
 */
export function navigationAllowed(url: string, isMainFrame: boolean): boolean {
  return isMainFrame && isRendererUrl(url);
}

import { fileURLToPath } from 'node:url';

/** True when `url` is our renderer's index.html, whatever hash route or query it carries. */
export function isRendererUrl(url: string, rendererIndex: string): boolean {
  try {
    const u = new URL(url);
    if (u.protocol !== 'file:') return false;
    u.hash = '';
    u.search = '';
    return fileURLToPath(u) === rendererIndex;
  } catch {
    return false;
  }
}

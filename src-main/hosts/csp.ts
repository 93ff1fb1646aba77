/**
 * The one Content-Security-Policy. The browser host and the Electron app:// handler send it as a header; the
 * renderer's index.html carries the same directives in its meta tag (less frame-ancestors, which a meta tag
 * cannot carry), written there at build time by
 * cspMetaPlugin (electron.vite.config.ts), so the two can never drift apart. The renderer needs nothing from
 * elsewhere: no CDN, no remote fonts, no inline scripts, no form posts.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  // antd writes its CSS-in-JS into <style> elements at run time.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  // Only in the header: browsers ignore it in a meta tag and log a console error on every load.
  "frame-ancestors 'none'",
] as const;

/** What the hosts send as a header. */
export const CSP = CSP_DIRECTIVES.join('; ');

/** The meta tag's copy: the same policy without what a meta tag cannot carry. */
export const CSP_META = CSP_DIRECTIVES.filter((d) => !d.startsWith('frame-ancestors')).join('; ');

/** The placeholder index.html holds where the policy goes. */
export const CSP_PLACEHOLDER = '%GRANTS_CSP%';

/** Writes the policy into index.html; fails the build if the placeholder is missing. */
export function injectCsp(html: string): string {
  if (!html.includes(CSP_PLACEHOLDER)) throw new Error(`index.html has no ${CSP_PLACEHOLDER} for the CSP meta tag`);
  // The policy holds single quotes only, so it sits safely in a double-quoted attribute.
  return html.replaceAll(CSP_PLACEHOLDER, CSP_META);
}

/** A Vite plugin (any object with transformIndexHtml) that fills the meta tag at build and dev time. */
export function cspMetaPlugin(): { name: string; transformIndexHtml: (html: string) => string } {
  return { name: 'grants-csp-meta', transformIndexHtml: injectCsp };
}

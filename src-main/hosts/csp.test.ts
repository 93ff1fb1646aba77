import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../cli/paths';
import { CSP, CSP_META, CSP_PLACEHOLDER, cspMetaPlugin, injectCsp } from './csp';
import { SECURITY_HEADERS } from './http/security';

function metaCsp(html: string): string | undefined {
  return /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)?.[1];
}

describe('one Content-Security-Policy for the meta tag and the header', () => {
  const source = readFileSync(join(PROJECT_ROOT, 'src-renderer', 'index.html'), 'utf8');

  it('index.html holds only the placeholder, which the build fills with the header less frame-ancestors', () => {
    expect(metaCsp(source)).toBe(CSP_PLACEHOLDER);
    const built = cspMetaPlugin().transformIndexHtml(source);
    expect(metaCsp(built)).toBe(CSP_META);
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(CSP);
    // A meta tag cannot carry frame-ancestors (Chromium logs an error on every load); every other directive is the header's.
    expect(CSP_META).not.toContain('frame-ancestors');
    expect(`${CSP_META}; frame-ancestors 'none'`).toBe(CSP);
  });

  it('forbids form posts, plugins, base changes and framing, and allows nothing from elsewhere', () => {
    for (const d of ["form-action 'none'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) {
      expect(CSP).toContain(d);
    }
    expect(CSP).not.toMatch(/https?:|\*|unsafe-eval/);
  });

  it('a page without the placeholder fails the build rather than ship without a policy', () => {
    expect(() => injectCsp('<html><head></head></html>')).toThrow(CSP_PLACEHOLDER);
  });
});

import { describe, expect, it } from 'vitest';
import { isRendererUrl, navigationAllowed } from './renderer-url';

const url = 'app://grants/index.html';

describe('isRendererUrl: the IPC sender and navigation check', () => {
  it('accepts our entry page with any hash route or query', () => {
    expect(isRendererUrl(url)).toBe(true);
    expect(isRendererUrl('app://grants/')).toBe(true);
    expect(isRendererUrl(`${url}#/organizations?page=2`)).toBe(true);
    expect(isRendererUrl(`${url}?lang=en`)).toBe(true);
  });

  it.each([
    ['another file of ours', 'app://grants/evil.html'],
    ['a script of ours', 'app://grants/assets/index.js'],
    ['a lookalike path', 'app://grants/index.html.evil'],
    ['another host on our scheme', 'app://evil/index.html'],
    ['credentials in the URL', 'app://user:pw@grants/index.html'],
    ['a port', 'app://grants:8080/index.html'],
    ['the old file:// page', 'file:///opt/grants/out/renderer/index.html'],
    ['http on loopback', 'http://127.0.0.1:4800/index.html'],
    ['a remote page', 'https://example.com/'],
    ['about:blank', 'about:blank'],
    ['a data URL', 'data:text/html,<script>1</script>'],
    ['garbage', 'not a url'],
  ])('refuses %s', (_name, candidate) => {
    expect(isRendererUrl(candidate)).toBe(false);
  });
});

describe('navigationAllowed: will-frame-navigate', () => {
  it('lets the main frame (re)load our page and nothing else', () => {
    expect(navigationAllowed(`${url}#/log`, true)).toBe(true);
    expect(navigationAllowed('https://example.com/', true)).toBe(false);
  });

  it('refuses every sub-frame navigation, even to our own page', () => {
    expect(navigationAllowed(url, false)).toBe(false);
    expect(navigationAllowed('about:blank', false)).toBe(false);
    expect(navigationAllowed('https://example.com/', false)).toBe(false);
  });
});

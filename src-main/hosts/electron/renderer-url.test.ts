import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isRendererUrl } from './renderer-url';

const index = join('/opt', 'grants app', 'out', 'renderer', 'index.html');
const url = pathToFileURL(index).href;

describe('isRendererUrl: the IPC sender and navigation check', () => {
  it('accepts our index.html with any hash route or query', () => {
    expect(isRendererUrl(url, index)).toBe(true);
    expect(isRendererUrl(`${url}#/organizations?page=2`, index)).toBe(true);
    expect(isRendererUrl(`${url}?lang=en`, index)).toBe(true);
  });

  it.each([
    ['another file in the same folder', pathToFileURL(join('/opt', 'grants app', 'out', 'renderer', 'evil.html')).href],
    ['a lookalike path', url.replace('index.html', 'index.html.evil')],
    ['a path that climbs out and back', url.replace('/renderer/', '/renderer/../main/')],
    ['an encoded slash', url.replace('/renderer/index.html', '/renderer%2Findex.html')],
    ['http on loopback', 'http://127.0.0.1:4800/index.html'],
    ['a remote page', 'https://example.com/'],
    ['about:blank', 'about:blank'],
    ['a data URL', 'data:text/html,<script>1</script>'],
    ['garbage', 'not a url'],
  ])('refuses %s', (_name, candidate) => {
    expect(isRendererUrl(candidate, index)).toBe(false);
  });
});

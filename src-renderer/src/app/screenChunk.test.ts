import { createElement, Suspense } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { screenChunk } from './screenChunk';

function Page({ who }: { who: string }) {
  return createElement('h1', null, `hello ${who}`);
}

const drawn = (node: Parameters<typeof createElement>[0], props: object) =>
  renderToString(
    createElement(Suspense, { fallback: createElement('p', null, 'loading') }, createElement(node, props)),
  );

describe('screenChunk', () => {
  it('suspends while the code has not arrived, and draws at once after preload', async () => {
    let fetched = 0;
    const Screen = screenChunk(async () => {
      fetched++;
      return { Page };
    }, 'Page');
    expect(drawn(Screen, { who: 'a' })).toContain('loading');
    await Screen.preload();
    // A screen mounted after its code arrived never shows the spinner (lazy() alone would, once).
    expect(drawn(Screen, { who: 'b' })).toContain('hello b');
    await Screen.preload();
    expect(fetched).toBe(1);
  });

  it('tries a failed fetch again on the next preload', async () => {
    let attempts = 0;
    const Screen = screenChunk(async () => {
      attempts++;
      if (attempts === 1) throw new Error('service restarting');
      return { Page };
    }, 'Page');
    await expect(Screen.preload()).rejects.toThrow('service restarting');
    await Screen.preload();
    expect(attempts).toBe(2);
    expect(drawn(Screen, { who: 'c' })).toContain('hello c');
  });
});

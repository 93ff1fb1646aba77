import { createElement, Suspense, type ComponentType } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { screenChunk } from './screenChunk';

function Page({ who }: { who: string }) {
  return createElement('h1', null, `hello ${who}`);
}

const drawn = (Screen: ComponentType<{ who: string }>, who: string) =>
  renderToString(
    createElement(Suspense, { fallback: createElement('p', null, 'loading') }, createElement(Screen, { who })),
  );

describe('screenChunk', () => {
  it('suspends while the code has not arrived, and draws at once after preload', async () => {
    let fetched = 0;
    const Screen = screenChunk(async () => {
      fetched++;
      return { Page };
    }, 'Page');
    expect(drawn(Screen, 'a')).toContain('loading');
    await Screen.preload();
    // A screen mounted after its code arrived never shows the spinner (lazy() alone would, once).
    expect(drawn(Screen, 'b')).toContain('hello b');
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
    expect(drawn(Screen, 'c')).toContain('hello c');
  });
});

import { createElement, lazy, useState, type ComponentType, type FunctionComponent } from 'react';

/** A screen in its own chunk that can also be fetched ahead of need. */
export type ScreenChunk<P extends object> = FunctionComponent<P> & { preload: () => Promise<void> };

/**
 * Like React.lazy, but a screen whose code has already arrived (preload()) is drawn at once: lazy() would
 * still suspend on its first render, committing the spinner and then the screen. Which of the two a mounted
 * screen uses is fixed when it mounts, so a screen never remounts (losing its state) when its code arrives.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a screen's props are its own; lazy() requires any
export function screenChunk<M extends Record<K, ComponentType<any>>, K extends keyof M & string>(
  load: () => Promise<M>,
  name: K,
): ScreenChunk<React.ComponentProps<M[K]>> {
  let loaded: M[K] | null = null;
  let loading: Promise<M[K]> | null = null;
  const fetchCode = () =>
    (loading ??= load().then(
      (m) => (loaded = m[name]),
      (e: unknown) => {
        // A failed fetch (the service restarting) is tried again by the next render or preload.
        loading = null;
        throw e;
      },
    ));
  const Lazy = lazy(async () => ({ default: await fetchCode() }));
  function Screen(props: React.ComponentProps<M[K]>) {
    const [drawn] = useState(() => ({ Code: (loaded ?? Lazy) as ComponentType<React.ComponentProps<M[K]>> }));
    return createElement(drawn.Code, props);
  }
  Screen.displayName = `Screen(${name})`;
  Screen.preload = async () => void (await fetchCode());
  return Screen;
}

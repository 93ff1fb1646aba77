import { startTransition, useEffect, useState } from 'react';
import { COMMON_SCREENS } from './RouteView';

/** Quiet time after the frame first draws before the warm-up starts, so it never competes with that draw. */
const SETTLE_MS = 300;

function whenIdle(run: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(run, { timeout: 2_000 });
    return () => window.cancelIdleCallback(handle);
  }
  const timer = window.setTimeout(run, 0);
  return () => window.clearTimeout(timer);
}

/**
 * Once the signed-in frame has drawn and the browser is idle: fetches the code of the common screens, then says
 * when the hidden controls may be drawn (in a transition, so a click meanwhile is answered first). Until then a
 * first click on a list waited for its code and for antd to build the CSS of its controls.
 */
export function useIdleWarmup(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let cancelIdle = () => {};
    let live = true;
    const timer = window.setTimeout(() => {
      cancelIdle = whenIdle(() => {
        // One screen's code failing to load is reported when it is opened, not here.
        void Promise.allSettled(COMMON_SCREENS.map((s) => s.preload())).then(() => {
          if (live) startTransition(() => setReady(true));
        });
      });
    }, SETTLE_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
      cancelIdle();
    };
  }, []);
  return ready;
}

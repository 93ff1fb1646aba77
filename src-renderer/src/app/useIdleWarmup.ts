import { useQueryClient } from '@tanstack/react-query';
import { startTransition, useEffect, useState } from 'react';
import { COMMON_SCREENS } from './RouteView';

/**
 * Quiet time (no answer awaited) before the warm-up starts, so it never competes with the drawing of the first
 * screen's answers (the home screen's counts, on a big database the slowest answer of a sign-in).
 */
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
  const client = useQueryClient();
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let cancelIdle = () => {};
    let live = true;
    let timer = 0;
    const start = () => {
      if (client.isFetching() > 0) {
        timer = window.setTimeout(start, SETTLE_MS);
        return;
      }
      cancelIdle = whenIdle(() => {
        // One screen's code failing to load is reported when it is opened, not here.
        void Promise.allSettled(COMMON_SCREENS.map((s) => s.preload())).then(() => {
          if (live) startTransition(() => setReady(true));
        });
      });
    };
    timer = window.setTimeout(start, SETTLE_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
      cancelIdle();
    };
  }, [client]);
  return ready;
}

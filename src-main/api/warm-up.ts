import { warmUpFirstScreens } from '../services/home/warm-up';
import type { AppContext } from './app';

/** Past the sign-in screen's own start, which needs the machine more; well before anyone has typed a password. */
const WARM_UP_AFTER_MS = 1_500;

/**
 * What a host calls once the database is open: the first screens' queries are run once in the background
 * (services/home/warm-up.ts), so the first sign-in of the day does not pay for preparing them.
 */
export function warmUpSoon(app: AppContext, afterMs = WARM_UP_AFTER_MS): void {
  setTimeout(() => {
    try {
      warmUpFirstScreens(app);
    } catch {
      // Only a head start is lost (the database was closed or replaced meanwhile): the op itself, when asked,
      // reports any real problem.
    }
  }, afterMs).unref();
}

import type { AppContext } from '../api/app';
import type { Locale } from '../contract/errors';

/** How long `grants serve` waits for its first request before opening the database anyway. */
export const OPEN_UNASKED_AFTER_MS = 1_000;

export interface ServeDatabase {
  /** The app, opened on the first call (the first API request or the first answer going out). */
  get(): Promise<AppContext>;
  /** Rejects with the reason the database was refused, whenever an open fails; never resolves otherwise. */
  refused: Promise<never>;
  /** Waits for the daily backup, then closes the connection, if it was ever opened. */
  close(): Promise<void>;
}

/**
 * The database of `grants serve`, opened after the server answers its first request rather than before it
 * listens: the browser's first page needs none of it, and opening it (SQLite, the migrations' check, the
 * modules behind them) was most of the time to that first answer. A refused file still stops serve with its
 * message, at the first request or within OPEN_UNASKED_AFTER_MS of listening, whichever is first.
 */
export function serveDatabase(
  dbPath: string,
  locale: Locale,
  log: (line: string) => void,
  openUnaskedAfterMs = OPEN_UNASKED_AFTER_MS,
): ServeDatabase {
  let opening: Promise<AppContext> | null = null;
  let backup: Promise<void> = Promise.resolve();
  let refuse: (e: unknown) => void = () => {};
  const refused = new Promise<never>((_, reject) => (refuse = reject));
  // Nobody may be listening for a refusal yet (serve awaits it only once it is up).
  refused.catch(() => {});
  const get = () =>
    (opening ??= (async () => {
      const [{ openApp }, { startDailyBackup }, { warmUpSoon }] = await Promise.all([
        import('./open'),
        import('../api/daily-backup'),
        import('../api/warm-up'),
      ]);
      const app = openApp(dbPath, 'http', locale);
      backup = startDailyBackup(app, log, locale);
      warmUpSoon(app);
      return app;
    })().catch((e: unknown) => {
      refuse(e);
      throw e;
    }));
  const timer = setTimeout(() => void get().catch(() => {}), openUnaskedAfterMs);
  return {
    get,
    refused,
    close: async () => {
      clearTimeout(timer);
      if (!opening) return;
      const app = await opening.catch(() => null);
      // A daily backup still copying finishes first: closing the connection under it would only waste it.
      await backup;
      if (app?.db.open) app.db.close();
    },
  };
}

import type { Locale } from '../contract/errors';
import { interpolate } from '../contract/messages';
import { runDailyBackup } from '../services/backup/kept';
import type { AppContext } from './app';

const MESSAGES = {
  done: { zh: '已自动备份数据库：{path}', en: 'automatic backup written: {path}' },
  failed: { zh: '自动备份失败：{reason}', en: 'the automatic backup failed: {reason}' },
} as const;

/**
 * What a host calls once it is up: the daily backup when one is due, in the background. Its outcome is one
 * line for the host's log; a failure never stops the app (the next start tries again).
 */
export function startDailyBackup(app: AppContext, log: (line: string) => void, locale: Locale = 'zh'): Promise<void> {
  return runDailyBackup(app).then(
    (result) => {
      if (result) log(interpolate(MESSAGES.done[locale], { path: result.path }));
    },
    (e: unknown) => log(interpolate(MESSAGES.failed[locale], { reason: e instanceof Error ? e.message : String(e) })),
  );
}

import type { OpOutput, OpParsedInput } from '../contract/index';
import { databaseFacts } from '../db/system-repo';
import type { ServiceContext } from './context';

/** What the about/settings page shows: where the data lives and what shape it is in. */
export function info(ctx: ServiceContext, _input: OpParsedInput<'system.info'>): OpOutput<'system.info'> {
  const facts = databaseFacts(ctx.db);
  return {
    appVersion: ctx.app.appVersion,
    dbPath: ctx.app.dbPath,
    dbSizeBytes: ctx.app.dbSizeBytes(),
    schemaVersion: facts.schemaVersion,
    sqliteVersion: facts.sqliteVersion,
    journalMode: facts.journalMode,
    host: ctx.app.host,
  };
}

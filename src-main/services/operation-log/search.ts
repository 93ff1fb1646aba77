import {
  entityTypesNamed,
  opsNamed,
  personIdsIn,
  ROLES,
  type LogEntry,
  type OpOutput,
  type OpParsedInput,
  type Role,
} from '../../contract/index';
import { listLog, type LogListRow, type LogSelection } from '../../db/operation-log-repo';
import { displayNamesOf } from '../../db/users-repo';
import type { ServiceContext } from '../context';

/** Roles as stored; anything that is not a known role (a hand-edited file) is left out rather than failing. */
export function parseRoles(json: string): Role[] {
  try {
    const stored = JSON.parse(json) as unknown;
    return Array.isArray(stored) ? ROLES.filter((r) => stored.includes(r)) : [];
  } catch {
    return [];
  }
}

export function toLogEntry(r: LogListRow, people: Readonly<Record<string, string>> = {}): LogEntry {
  const named = Object.fromEntries(
    personIdsIn(r.beforeJson, r.afterJson)
      .filter((id) => people[String(id)] !== undefined)
      .map((id) => [String(id), people[String(id)]!]),
  );
  return {
    id: r.id,
    at: r.at,
    userId: r.userId !== null && r.userId >= 1 ? r.userId : null,
    username: r.username,
    roles: parseRoles(r.roles),
    op: r.op,
    entityType: r.entityType,
    entityId: r.entityId,
    entityKey: r.entityKey,
    before: r.beforeJson,
    after: r.afterJson,
    hash: r.hash,
    people: named,
  };
}

/**
 * What the search text means beyond the stored text: the ops and object types it names, in either language,
 * and the language the business keys are written in.
 */
export function searchNames(ctx: ServiceContext, search: string): Pick<LogSelection, 'named' | 'locale'> {
  return { named: { ops: opsNamed(search), entityTypes: entityTypesNamed(search) }, locale: ctx.locale ?? 'zh' };
}

/** log.search: paged, sorted, filtered; newest first unless a sort is given. Dates are UTC days. */
export function search(ctx: ServiceContext, input: OpParsedInput<'log.search'>): OpOutput<'log.search'> {
  const { rows, total } = listLog(ctx.db, input, searchNames(ctx, input.search));
  const people = displayNamesOf(
    ctx.db,
    rows.flatMap((r) => personIdsIn(r.beforeJson, r.afterJson)),
  );
  return { rows: rows.map((r) => toLogEntry(r, people)), total };
}

import { ROLES, type LogEntry, type OpOutput, type OpParsedInput, type Role } from '../../contract/index';
import { listLog, type LogRow } from '../../db/operation-log-repo';
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

export function toLogEntry(r: LogRow): LogEntry {
  return {
    id: r.id,
    at: r.at,
    userId: r.userId !== null && r.userId >= 1 ? r.userId : null,
    username: r.username,
    roles: parseRoles(r.roles),
    op: r.op,
    entityType: r.entityType,
    entityId: r.entityId,
    before: r.beforeJson,
    after: r.afterJson,
    hash: r.hash,
  };
}

/** log.search: paged, sorted, filtered; newest first unless a sort is given. Dates are UTC days. */
export function search(ctx: ServiceContext, input: OpParsedInput<'log.search'>): OpOutput<'log.search'> {
  const { rows, total } = listLog(ctx.db, input);
  return { rows: rows.map(toLogEntry), total };
}

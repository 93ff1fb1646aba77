import { insertLogRow, logHead, type LogRow } from '../../db/operation-log-repo';
import { AppError } from '../app-error';
import type { AuditActor, AuditChange, ServiceContext } from '../context';
import { entryHash, wellFormed, ZERO_HASH } from './chain';
import { changedFields, jsonColumn, redact } from './values';

/** One entry to append: what happened (op or event name), to what, and the values before and after. */
export interface LogEvent {
  op: string;
  entityType: string | null;
  entityId: string | null;
  before: unknown;
  after: unknown;
}

/**
 * Appends entries to the chain. Must run inside the caller's write transaction: the head read here and the
 * rows inserted belong together (the insert trigger refuses anything that does not link to the head).
 */
export function appendLogEntries(
  db: ServiceContext['db'],
  at: string,
  actor: AuditActor,
  events: readonly LogEvent[],
): LogRow[] {
  if (!db.inTransaction) throw new Error('operation log entries are appended inside a transaction');
  const head = currentHead(db);
  let id = head?.id ?? 0;
  let prevHash = head?.hash ?? ZERO_HASH;
  const roles = JSON.stringify(actor.roles);
  const rows: LogRow[] = [];
  for (const e of events) {
    const redacted = changedFields(redact(e.before), redact(e.after));
    const unsigned = {
      id: ++id,
      at,
      userId: actor.userId,
      username: wellFormed(actor.username),
      roles,
      op: wellFormed(e.op),
      entityType: e.entityType === null ? null : wellFormed(e.entityType),
      entityId: e.entityId === null ? null : wellFormed(e.entityId),
      beforeJson: jsonColumn(redacted.before),
      afterJson: jsonColumn(redacted.after),
      prevHash,
    };
    const row: LogRow = { ...unsigned, hash: entryHash(unsigned) };
    insertLogRow(db, row);
    rows.push(row);
    prevHash = row.hash;
  }
  return rows;
}

/**
 * The head the new entries link to. A log table that is gone (dropped with other tools) cannot record the
 * change, so the change is refused, with a message saying why, rather than made unlogged or failed as a raw
 * SQL error.
 */
function currentHead(db: ServiceContext['db']): ReturnType<typeof logHead> {
  try {
    return logHead(db);
  } catch (e) {
    if (e instanceof Error && /no such table: operation_log/.test(e.message)) {
      throw new AppError('RuleViolation', 'log.tableMissing');
    }
    throw e;
  }
}

function actorOf(ctx: ServiceContext): AuditActor {
  if (ctx.auditActor) return ctx.auditActor;
  if (ctx.user) return { userId: ctx.user.id, username: ctx.user.username, roles: ctx.user.roles };
  return { userId: null, username: '', roles: [] };
}

function toEvent(op: string, c: AuditChange): LogEvent {
  return { op: c.event ?? op, entityType: c.entityType, entityId: c.entityId, before: c.before, after: c.after };
}

/**
 * Dispatch's hook, inside the op's transaction. After a successful mutation: one entry per recorded change,
 * or one entry without an object when the service recorded none. After a failure whose writes are kept
 * (a wrong password counting towards the lockout): exactly the events the service recorded.
 */
export function logOperation(ctx: ServiceContext, op: string, outcome: 'succeeded' | 'failed'): LogRow[] {
  const events = ctx.changes.map((c) => toEvent(op, c));
  if (outcome === 'succeeded' && events.length === 0) {
    events.push({ op, entityType: null, entityId: null, before: null, after: null });
  }
  if (events.length === 0) return [];
  return appendLogEntries(ctx.db, ctx.now.toISOString(), actorOf(ctx), events);
}

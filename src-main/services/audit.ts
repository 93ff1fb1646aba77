import type { AuditActor, ServiceContext } from './context';

/**
 * Services call this for every entity they create, change or remove; dispatch turns the list into operation
 * log entries inside the same transaction, so a change and its log entry commit or roll back together.
 * `before` is null for a creation, `after` null for a removal. Pass plain values (views, records): the log
 * keeps only the fields that differ between before and after, and drops secrets (password, token… fields)
 * wherever they appear.
 */
export function recordChange(
  ctx: ServiceContext,
  entityType: string,
  entityId: number | string,
  before: unknown,
  after: unknown,
): void {
  ctx.changes.push({ entityType, entityId: String(entityId), before: before ?? null, after: after ?? null });
}

/**
 * An entry logged under its own name rather than the op's: a failed sign-in, a lockout. Sign-in records these
 * before throwing an AppError with `commit: true`, which is the one failure whose writes (and so these
 * entries) are kept.
 */
export function recordEvent(
  ctx: ServiceContext,
  event: string,
  entity: { type: string; id: number | string } | null,
  before: unknown,
  after: unknown,
): void {
  ctx.changes.push({
    entityType: entity?.type ?? null,
    entityId: entity === null ? null : String(entity.id),
    before: before ?? null,
    after: after ?? null,
    event,
  });
}

/** Name someone other than the signed-in caller in this operation's entries (sign-in, first-run setup). */
export function recordActor(ctx: ServiceContext, actor: AuditActor): void {
  ctx.auditActor = actor;
}

import type { ServiceContext } from './context';

/**
 * Services call this for every entity they create, change or remove; dispatch turns the list into operation
 * log entries inside the same transaction, so a change and its log entry commit or roll back together.
 * `before` is null for a creation, `after` null for a removal.
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

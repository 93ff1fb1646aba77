import { getFieldPack } from '../../db/field-pack-repo';
import { AppError } from '../app-error';
import type { ServiceContext } from '../context';

/** What a field database accepts besides reads: signing in and out, and the field records themselves. */
const FIELD_WORK = /^(auth\.|packs\.field)/;

/**
 * A field database holds a copy of the office's context for reading only: any other change would be lost
 * (nothing but field records travels back) or would pretend to be office data. Dispatch asks before every
 * mutation.
 */
export function refuseOutsideFieldWork(ctx: ServiceContext, op: string): void {
  if (FIELD_WORK.test(op)) return;
  const pack = getFieldPack(ctx.db);
  if (pack) throw new AppError('RuleViolation', 'pack.fieldReadOnly', { pack: pack.packNo });
}

import { randomBytes } from 'node:crypto';
import { getFieldPack, insertFieldPack } from '../../db/field-pack-repo';
import { countUsers, insertUser } from '../../db/users-repo';
import { AppError, nowIso } from '../app-error';
import { recordChange } from '../audit';
import type { ServiceContext } from '../context';
import { hashPassword } from '../passwords';
import { openEnvelope, verifyEnvelope } from './envelope';
import type { PackBody } from './types';

/** The pack a field database was opened from; refused in any other database. */
export function loadFieldPack(ctx: ServiceContext, field = 'inspectionId'): PackBody {
  const row = getFieldPack(ctx.db);
  if (!row) throw new AppError('RuleViolation', 'pack.notFieldDatabase', {}, field);
  return JSON.parse(row.body) as PackBody;
}

/** A pack file checked under the key it carries; refused whole when any byte differs from what was sealed. */
export function readPack(bytes: Buffer): { body: PackBody; key: string } {
  const envelope = openEnvelope(bytes);
  const claimed = envelope.body as { key?: unknown } | null;
  const key = typeof claimed?.key === 'string' && /^[0-9a-f]{64}$/.test(claimed.key) ? claimed.key : null;
  if (key === null) throw new AppError('RuleViolation', 'pack.malformed', {}, 'file');
  verifyEnvelope(envelope, key, 'pack');
  return { body: envelope.body as PackBody, key };
}

/**
 * 打开检查包: makes a new database into a field database. The pack is checked under the key it carries (it
 * shows the file arrived as it was sealed; the office checks the result under its own copy of the key). The
 * pack's inspectors get accounts to record under, signed in to with their office passwords (a pack made
 * before packs carried them gives unusable ones: `grants pack record` still works); nothing but field
 * records can be written to a field database.
 */
export function openPack(ctx: ServiceContext, bytes: Buffer): PackBody {
  const { body, key } = readPack(bytes);
  if (getFieldPack(ctx.db) || countUsers(ctx.db) > 0)
    throw new AppError('RuleViolation', 'pack.fieldDatabaseNotNew', {}, 'db');
  const at = nowIso(ctx);
  insertFieldPack(ctx.db, { packNo: body.packNo, key, body: JSON.stringify(body), openedAt: at });
  for (const i of body.inspectors)
    insertUser(ctx.db, {
      username: i.username,
      displayName: i.displayName,
      passwordHash: i.passwordHash ?? hashPassword(randomBytes(24).toString('base64')),
      roles: ['evaluator'],
      now: at,
    });
  recordChange(ctx, 'pack', body.packNo, null, {
    packNo: body.packNo,
    projects: body.projects.map((p) => p.agreementNumber).join('、'),
    inspectors: body.inspectors.map((i) => i.displayName).join('、'),
  });
  return body;
}

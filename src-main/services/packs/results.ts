import { getFieldFile, getFieldPack, listFieldRecords } from '../../db/field-pack-repo';
import { getUser } from '../../db/users-repo';
import { AppError, nowIso } from '../app-error';
import type { ServiceContext } from '../context';
import { sealPack } from './envelope';
import type { ResultsBody } from './types';

/** The field's records and their photos, sealed with the pack's key: what travels back to the office. */
export function packResults(ctx: ServiceContext): { packNo: string; bytes: Buffer; records: number } {
  const pack = getFieldPack(ctx.db);
  if (!pack) throw new AppError('RuleViolation', 'pack.notFieldDatabase', {}, 'db');
  const records = listFieldRecords(ctx.db).map((r) => ({
    kind: r.kind,
    refId: r.refId,
    by: getUser(ctx.db, r.by)?.username ?? '',
    at: r.at,
    content: JSON.parse(r.content) as ResultsBody['records'][number]['content'],
  }));
  const shas = [...new Set(records.flatMap((r) => r.content.photos))].sort();
  const files = shas.map((sha256) => {
    const f = getFieldFile(ctx.db, sha256)!;
    return { sha256, fileName: f.fileName, mimeType: f.mimeType, base64: f.content.toString('base64') };
  });
  const body: ResultsBody = { kind: 'results', packNo: pack.packNo, createdAt: nowIso(ctx), records, files };
  return { packNo: pack.packNo, bytes: sealPack('results', pack.packNo, pack.key, body), records: records.length };
}

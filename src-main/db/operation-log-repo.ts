import Database from 'better-sqlite3';
import type { Locale, OpParsedInput } from '../contract/index';
import { DatabaseOpenError } from './errors';
import { entityKeySql } from './operation-log-keys';
import { containsPattern, escapeLike, limitOffset, orderBy, Where, type ListResult } from './list-sql';
import { prepared, type Db, type Statement } from './statements';

/** One stored entry, column for column. `roles`, `beforeJson` and `afterJson` are JSON text, exactly as hashed. */
export interface LogRow {
  id: number;
  at: string;
  userId: number | null;
  username: string;
  roles: string;
  op: string;
  entityType: string | null;
  entityId: string | null;
  beforeJson: string | null;
  afterJson: string | null;
  prevHash: string;
  hash: string;
}

type LogListQuery = OpParsedInput<'log.search'>;
export type LogFilters = LogListQuery['filters'];
/**
 * What a search or an export selects: the content search and the filters. `named` lists the ops and object
 * types whose names (in either language) contain the search text, looked up by the service from the contract.
 */
export interface LogSelection {
  search: string;
  filters: LogFilters;
  named?: { ops: readonly string[]; entityTypes: readonly string[] };
  /** The language of the business keys (凭证号 / voucher); Chinese when absent. */
  locale?: Locale;
}

/** A stored entry with the business key of its object (see operation-log-keys.ts), for lists and exports. */
export type LogListRow = LogRow & { entityKey: string | null };

const COLUMNS = `id, at, user_id, username, roles, op, entity_type, entity_id, before_json, after_json, prev_hash, hash`;

const SORT_COLUMNS: Record<LogListQuery['sort'][number]['id'], string> = {
  id: 'id',
  at: 'at',
  username: 'username COLLATE NOCASE',
  op: 'op',
};

type RawRow = [number, string, number | null, string, string, string, ...(string | null)[]];

function toListRow(r: RawRow): LogListRow {
  return { ...toRow(r), entityKey: r[12] ?? null };
}

function toRow(r: RawRow): LogRow {
  return {
    id: r[0],
    at: r[1],
    userId: r[2],
    username: r[3],
    roles: r[4],
    op: r[5],
    entityType: r[6] ?? null,
    entityId: r[7] ?? null,
    beforeJson: r[8] ?? null,
    afterJson: r[9] ?? null,
    prevHash: r[10] as string,
    hash: r[11] as string,
  };
}

/** The newest entry: what the next one links to. One step down the primary key, however long the log. */
export function logHead(db: Db): { id: number; hash: string } | undefined {
  return prepared(db, 'SELECT id, hash FROM operation_log ORDER BY id DESC LIMIT 1').get() as
    { id: number; hash: string } | undefined;
}

export function insertLogRow(db: Db, r: LogRow): void {
  prepared(db, `INSERT INTO operation_log (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
    r.id,
    r.at,
    r.userId,
    r.username,
    r.roles,
    r.op,
    r.entityType,
    r.entityId,
    r.beforeJson,
    r.afterJson,
    r.prevHash,
    r.hash,
  );
}

export function countLog(db: Db): number {
  return prepared(db, 'SELECT COUNT(*) FROM operation_log').pluck().get() as number;
}

/** The day after a 'YYYY-MM-DD' date, so "to" is inclusive: at < next day 00:00 UTC. Null after 9999-12-31. */
function nextDay(date: string): string | null {
  const next = new Date(Date.parse(`${date}T00:00:00.000Z`) + 86_400_000).toISOString().slice(0, 10);
  return /^\d{4}-\d\d-\d\d$/.test(next) ? next : null;
}

/**
 * Dates are UTC days, compared with the stored UTC timestamps. Operator matches the user name without regard
 * to case (as sign-in does); an op ending in "." matches every op with that prefix ("users." → users.*);
 * content search looks into the op (its id and its names), the object (its type, id, names and business key)
 * and the before/after JSON.
 */
function where(sel: LogSelection): Where {
  const w = new Where();
  const f = sel.filters;
  if (f.username) w.add('username = ? COLLATE NOCASE', f.username);
  if (f.from) w.add('at >= ?', `${f.from}T00:00:00.000Z`);
  const until = f.to ? nextDay(f.to) : null;
  if (until) w.add('at < ?', `${until}T00:00:00.000Z`);
  if (f.op) {
    if (f.op.endsWith('.')) w.add(`op LIKE ? ESCAPE '\\'`, `${escapeLike(f.op)}%`);
    else w.add('op = ?', f.op);
  }
  if (f.entityType) w.add('entity_type = ?', f.entityType);
  if (f.entityId) w.add('entity_id = ?', f.entityId);
  if (sel.search) {
    const p = containsPattern(sel.search);
    w.add(
      `op LIKE ? ESCAPE '\\' OR entity_type LIKE ? ESCAPE '\\' OR entity_id LIKE ? ESCAPE '\\'
       OR before_json LIKE ? ESCAPE '\\' OR after_json LIKE ? ESCAPE '\\'
       OR op IN (SELECT value FROM json_each(?)) OR entity_type IN (SELECT value FROM json_each(?))
       OR ${entityKeySql(sel.locale ?? 'zh')} LIKE ? ESCAPE '\\'`,
      p,
      p,
      p,
      p,
      p,
      JSON.stringify(sel.named?.ops ?? []),
      JSON.stringify(sel.named?.entityTypes ?? []),
      p,
    );
  }
  return w;
}

/** The listed columns and the object's business key; `l` is the entry (the key's subqueries refer to it). */
function listColumns(locale: Locale | undefined): string {
  return `${COLUMNS}, ${entityKeySql(locale ?? 'zh')}`;
}

/** A page of matching entries; the business key is derived for the page's rows only. */
export function listLog(
  db: Db,
  q: LogListQuery,
  more: Pick<LogSelection, 'named' | 'locale'> = {},
): ListResult<LogListRow> {
  const sel = { ...q, ...more };
  const w = where(sel);
  const order = orderBy(q.sort, SORT_COLUMNS, 'id', 'id DESC');
  const rows = prepared(
    db,
    `SELECT ${listColumns(sel.locale)} FROM operation_log l
     WHERE l.id IN (SELECT id FROM operation_log l ${w.sql()} ${order} LIMIT ? OFFSET ?) ${order}`,
  )
    .raw()
    .all(...w.params, ...limitOffset(q)) as RawRow[];
  return { rows: rows.map(toListRow), total: countLogMatching(db, sel) };
}

export function countLogMatching(db: Db, sel: LogSelection): number {
  const w = where(sel);
  return prepared(db, `SELECT COUNT(*) FROM operation_log l ${w.sql()}`)
    .pluck()
    .get(...w.params) as number;
}

/** Every matching entry in chain order, one at a time (exports); nothing else may use `db` meanwhile. */
export function* iterateLogMatching(db: Db, sel: LogSelection): Generator<LogListRow> {
  const w = where(sel);
  const stmt = prepared(db, `SELECT ${listColumns(sel.locale)} FROM operation_log l ${w.sql()} ORDER BY id`).raw();
  for (const r of stmt.iterate(...w.params) as IterableIterator<RawRow>) yield toListRow(r);
}

// ---- the chain ----------------------------------------------------------------------------------------------

/** The hashed fields, in order. services/operation-log/chain.ts builds the same text in JS for new entries. */
export const CHAIN_FIELDS = [
  'id',
  'at',
  'user_id',
  'username',
  'roles',
  'op',
  'entity_type',
  'entity_id',
  'before_json',
  'after_json',
  'prev_hash',
] as const;

/**
 * The text an entry's hash covers, computed by SQLite from the stored values: for each field
 * "<UTF-8 byte length>:<text>", and just ":" for NULL (concat() skips NULL arguments). Length prefixes make it
 * unambiguous whatever the values contain; letting SQLite build it means one string per row crosses into
 * JavaScript instead of eleven.
 */
export const PAYLOAD_SQL = `concat(${CHAIN_FIELDS.map((c) => `octet_length(${c}), ':', ${c}`).join(', ')})`;

/** The lowest and highest id in the log (null when it is empty). */
export function chainIdBounds(db: Db): { minId: number; maxId: number } | null {
  const r = prepared(db, 'SELECT min(id) AS minId, max(id) AS maxId FROM operation_log').get() as {
    minId: number | null;
    maxId: number | null;
  };
  return r.minId === null || r.maxId === null ? null : { minId: r.minId, maxId: r.maxId };
}

/** The entry just before an id in chain order. */
export function chainRowBefore(db: Db, id: number): ChainRow | undefined {
  return chainStatement(db, 'WHERE id < ?', 'DESC LIMIT 1').get(id) as ChainRow | undefined;
}

/** [id, prev_hash, hash, payload] */
export type ChainRow = [id: number, prevHash: string, hash: string, payload: string];

/**
 * The next `limit` entries in chain order after id `afterId` (from the start when null), for verification.
 * Reading in batches with all() measured about 15% faster over a million rows than iterate(), which pays
 * for a native call and a result object per row; call it inside one read transaction for a consistent view.
 */
export function chainBatch(db: Db, afterId: number | null, limit: number): ChainRow[] {
  return (
    afterId === null
      ? chainStatement(db, '', 'LIMIT ?').all(limit)
      : chainStatement(db, 'WHERE id > ?', 'LIMIT ?').all(afterId, limit)
  ) as ChainRow[];
}

export function chainRowAt(db: Db, id: number): ChainRow | undefined {
  return chainStatement(db, 'WHERE id = ?').get(id) as ChainRow | undefined;
}

function chainStatement(db: Db, whereSql: string, limitSql = ''): Statement {
  return prepared(
    db,
    `SELECT id, prev_hash, hash, ${PAYLOAD_SQL} FROM operation_log ${whereSql} ORDER BY id ${limitSql}`,
  ).raw();
}

/** The payload SQLite computes for these values; lets tests prove the JS and SQL forms agree. */
export function payloadOf(db: Db, values: readonly (string | number | null)[]): string {
  // Bound JS numbers arrive as REAL; the table's INTEGER columns hold integers.
  const columns = CHAIN_FIELDS.map((c) => (c === 'id' || c === 'user_id' ? `CAST(? AS INTEGER) AS ${c}` : `? AS ${c}`));
  return prepared(db, `SELECT ${PAYLOAD_SQL} FROM (SELECT ${columns.join(', ')})`)
    .pluck()
    .get(...values) as string;
}

/**
 * Which entry holds this hash (the lowest id if several do). A full scan, used only to explain a broken link.
 */
export function idWithHash(db: Db, hash: string): number | undefined {
  return prepared(db, 'SELECT id FROM operation_log WHERE hash = ? ORDER BY id LIMIT 1').pluck().get(hash) as
    number | undefined;
}

// ---- checking a file from outside the app ------------------------------------------------------------------

/**
 * Opens a database file read-only to check its log (`grants audit verify`): no migration, no integrity scan,
 * nothing written, so checking evidence never changes it. Throws DatabaseOpenError for a missing file or one
 * that is not SQLite.
 */
export function openReadOnly(path: string): Db {
  let db: Db;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
  } catch (e) {
    throw new DatabaseOpenError('db.cannotOpen', { path, detail: e instanceof Error ? e.message : String(e) });
  }
  try {
    db.pragma('busy_timeout = 5000');
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
    return db;
  } catch (e) {
    db.close();
    if ((e as { code?: unknown }).code === 'SQLITE_NOTADB') throw new DatabaseOpenError('db.notDatabase', { path });
    throw new DatabaseOpenError('db.cannotOpen', { path, detail: e instanceof Error ? e.message : String(e) });
  }
}

export function hasLogTable(db: Db): boolean {
  return db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'operation_log'").get() !== undefined;
}

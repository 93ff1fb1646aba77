import type { SAVED_FILTER_LISTS } from '../contract/index';
import { prepared, type Db } from './statements';

export type SavedFilterList = (typeof SAVED_FILTER_LISTS)[number];

export interface SavedFilterRecord {
  id: number;
  userId: number;
  list: SavedFilterList;
  name: string;
  query: Record<string, unknown>;
  createdAt: string;
  updatedAt: string;
}

function toRecord(r: Record<string, unknown>): SavedFilterRecord {
  return {
    id: r.id as number,
    userId: r.user_id as number,
    list: r.list as SavedFilterList,
    name: r.name as string,
    query: JSON.parse(r.query as string) as Record<string, unknown>,
    createdAt: r.created_at as string,
    updatedAt: r.updated_at as string,
  };
}

const COLUMNS = 'id, user_id, list, name, query, created_at, updated_at';

export function listSavedFilters(db: Db, userId: number, list: SavedFilterList): SavedFilterRecord[] {
  return (
    prepared(db, `SELECT ${COLUMNS} FROM saved_filters WHERE user_id = ? AND list = ? ORDER BY name, id`).all(
      userId,
      list,
    ) as Record<string, unknown>[]
  ).map(toRecord);
}

export function getSavedFilter(db: Db, id: number): SavedFilterRecord | undefined {
  const r = prepared(db, `SELECT ${COLUMNS} FROM saved_filters WHERE id = ?`).get(id) as
    Record<string, unknown> | undefined;
  return r && toRecord(r);
}

export function findSavedFilterByName(
  db: Db,
  userId: number,
  list: SavedFilterList,
  name: string,
): SavedFilterRecord | undefined {
  const r = prepared(db, `SELECT ${COLUMNS} FROM saved_filters WHERE user_id = ? AND list = ? AND name = ?`).get(
    userId,
    list,
    name,
  ) as Record<string, unknown> | undefined;
  return r && toRecord(r);
}

export function insertSavedFilter(
  db: Db,
  f: { userId: number; list: SavedFilterList; name: string; query: Record<string, unknown>; now: string },
): number {
  const { lastInsertRowid } = prepared(
    db,
    'INSERT INTO saved_filters (user_id, list, name, query, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(f.userId, f.list, f.name, JSON.stringify(f.query), f.now, f.now);
  return Number(lastInsertRowid);
}

export function updateSavedFilterQuery(db: Db, id: number, query: Record<string, unknown>, now: string): void {
  prepared(db, 'UPDATE saved_filters SET query = ?, updated_at = ? WHERE id = ?').run(JSON.stringify(query), now, id);
}

export function deleteSavedFilter(db: Db, id: number): void {
  prepared(db, 'DELETE FROM saved_filters WHERE id = ?').run(id);
}

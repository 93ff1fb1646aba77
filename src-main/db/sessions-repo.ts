import { isDatabaseBusy } from './errors';
import { prepared, type Db } from './statements';

export interface SessionRecord {
  id: number;
  userId: number;
  createdAt: string;
  lastSeenAt: string;
}

/** Callers pass the SHA-256 of the token; the token itself never reaches the database. */
export function insertSession(db: Db, s: { tokenHash: string; userId: number; now: string }): number {
  const { lastInsertRowid } = prepared(
    db,
    'INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at) VALUES (?, ?, ?, ?)',
  ).run(s.tokenHash, s.userId, s.now, s.now);
  return Number(lastInsertRowid);
}

export function findSession(db: Db, tokenHash: string): SessionRecord | undefined {
  const row = prepared(db, 'SELECT id, user_id, created_at, last_seen_at FROM sessions WHERE token_hash = ?').get(
    tokenHash,
  ) as { id: number; user_id: number; created_at: string; last_seen_at: string } | undefined;
  return row && { id: row.id, userId: row.user_id, createdAt: row.created_at, lastSeenAt: row.last_seen_at };
}

export function touchSession(db: Db, id: number, now: string): void {
  prepared(db, 'UPDATE sessions SET last_seen_at = ? WHERE id = ?').run(now, id);
}

/**
 * Slides a session without waiting for the write lock: while another connection (a long import in another
 * process) holds it, this gives up at once and returns false rather than make a read wait behind the writer.
 */
export function touchSessionIfUnlocked(db: Db, id: number, now: string): boolean {
  if (db.inTransaction) throw new Error('touchSessionIfUnlocked runs outside a transaction');
  const wait = db.pragma('busy_timeout', { simple: true }) as number;
  db.pragma('busy_timeout = 0');
  try {
    touchSession(db, id, now);
    return true;
  } catch (e) {
    if (isDatabaseBusy(e)) return false;
    throw e;
  } finally {
    db.pragma(`busy_timeout = ${Number(wait)}`);
  }
}

export function deleteSession(db: Db, id: number): void {
  prepared(db, 'DELETE FROM sessions WHERE id = ?').run(id);
}

/** Signs a user out everywhere except, optionally, the session making the change. */
export function deleteUserSessions(db: Db, userId: number, exceptSessionId: number | null = null): number {
  return prepared(db, 'DELETE FROM sessions WHERE user_id = ? AND id IS NOT ?').run(userId, exceptSessionId).changes;
}

/** Housekeeping: sessions idle since before the cutoff can never be used again. */
export function deleteSessionsIdleSince(db: Db, cutoff: string): number {
  return prepared(db, 'DELETE FROM sessions WHERE last_seen_at < ?').run(cutoff).changes;
}

export function countSessions(db: Db, userId: number): number {
  return prepared(db, 'SELECT COUNT(*) FROM sessions WHERE user_id = ?').pluck().get(userId) as number;
}

import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { runEvalWorker } from '../../db/eval-worker';

/**
 * A backup is one folder:
 *
 *   manifest.json          what the backup holds (below), written last: a folder without it is unfinished
 *   grants.db              the database, a self-contained SQLite file (rollback journal, no -wal beside it)
 *   attachments/ab/abcd…   the attachment files the database refers to, named by their SHA-256 as in the store
 *
 * A folder rather than an archive: the database is copied once, straight from SQLite's backup API, and any
 * file manager can show and copy it. The manifest's SHA-256 of grants.db ties the two together; attachment
 * files carry their own hash in their name.
 */
export const BACKUP_FORMAT = 'grants-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const MANIFEST_FILE = 'manifest.json';
export const BACKUP_DB_FILE = 'grants.db';
export const BACKUP_ATTACHMENTS_DIR = 'attachments';
export const BACKUP_KINDS = ['manual', 'daily', 'pre-migration'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const count = z.int().min(0);

export const manifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  kind: z.enum(BACKUP_KINDS),
  createdAt: z.iso.datetime(),
  appVersion: z.string(),
  schemaVersion: count,
  database: z.object({ file: z.literal(BACKUP_DB_FILE), bytes: count, sha256 }),
  tables: z.record(z.string(), count),
  /** The operation log's head when the copy was taken: entry count and the last entry's hash. */
  log: z.object({ entries: count, headHash: sha256.nullable() }),
  /** Attachment files copied, and those the database names but the store did not hold intact. */
  attachments: z.object({ files: count, bytes: count, missing: z.array(sha256) }),
});
export type BackupManifest = z.output<typeof manifestSchema>;

/** The manifest of a backup folder, or null when there is none or it is not one of ours. */
export function readManifest(folder: string): BackupManifest | null {
  let text: string;
  try {
    text = readFileSync(join(folder, MANIFEST_FILE), 'utf8');
  } catch {
    return null;
  }
  try {
    const parsed = manifestSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

const CHUNK = 4 * 1024 * 1024;

export function hashFileSync(path: string): string {
  const hash = createHash('sha256');
  const buf = Buffer.allocUnsafe(CHUNK);
  const fd = openSync(path, 'r');
  try {
    for (;;) {
      const n = readSync(fd, buf, 0, CHUNK, null);
      if (n === 0) break;
      hash.update(buf.subarray(0, n));
    }
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

const HASH_WORKER = `
const { createHash } = require('node:crypto');
const { openSync, readSync, closeSync } = require('node:fs');
const { parentPort, workerData } = require('node:worker_threads');
const hash = createHash('sha256');
const buf = Buffer.allocUnsafe(${CHUNK});
const fd = openSync(workerData, 'r');
try {
  for (;;) {
    const n = readSync(fd, buf, 0, buf.length, null);
    if (n === 0) break;
    hash.update(buf.subarray(0, n));
  }
} finally {
  closeSync(fd);
}
parentPort.postMessage(hash.digest('hex'));
`;

/**
 * The SHA-256 on the other core: a backup counts the copy's rows on this thread meanwhile, so the two
 * largest costs after the copy overlap instead of adding up.
 */
export function hashFileInWorker(path: string): Promise<string> {
  return runEvalWorker<string>(HASH_WORKER, path, `hashing ${path}`);
}

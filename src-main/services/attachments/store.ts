import { createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import type { AttachmentStatus } from '../../contract/index';
import { AppError } from '../app-error';
import type { AppContext } from '../context';

/**
 * The file store: every distinct content once, at `<dir>/<first 2 hex>/<sha256>`. The path is made from the
 * hash alone, never from a user's file name, so no upload can choose where it lands. Metadata is in SQLite
 * (db/attachments-repo.ts).
 */

export function attachmentsDirOf(app: AppContext): string {
  if (app.attachmentsDir) return app.attachmentsDir;
  if (app.dbPath === ':memory:') throw new Error('an in-memory database needs an explicit attachmentsDir');
  return join(dirname(app.dbPath), 'attachments');
}

const SHA256_RE = /^[0-9a-f]{64}$/;

export function storedPath(dir: string, sha256: string): string {
  if (!SHA256_RE.test(sha256)) throw new Error(`not a SHA-256: ${sha256}`);
  return join(dir, sha256.slice(0, 2), sha256);
}

export function sha256Of(content: Buffer): string {
  return createHash('sha256').update(content).digest('hex');
}

function readIfPresent(path: string): Buffer | null {
  try {
    return readFileSync(path);
  } catch (e) {
    if (isMissing(e)) return null;
    throw e;
  }
}

function isMissing(e: unknown): boolean {
  const code = (e as { code?: unknown }).code;
  return code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR';
}

/**
 * Stores the content under its hash unless an intact copy is there already ('reused'). A damaged or missing
 * copy is replaced, so uploading the original again repairs the store. The file is written to a temp name in
 * the same folder, flushed, and renamed into place, so a reader never sees half a file. If the surrounding
 * transaction later rolls back, the file stays: it is named by its content, and the next upload of the same
 * bytes simply reuses it.
 */
export function storeContent(dir: string, sha256: string, content: Buffer): 'stored' | 'reused' {
  const path = storedPath(dir, sha256);
  try {
    const existing = readIfPresent(path);
    if (existing && sha256Of(existing) === sha256) return 'reused';
    writeContent(path, sha256, content);
    return 'stored';
  } catch (e) {
    throw storeError(dir, path, e);
  }
}

function writeContent(path: string, sha256: string, content: Buffer): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${sha256}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const fd = openSync(temp, 'wx');
    try {
      let offset = 0;
      while (offset < content.length) offset += writeSync(fd, content, offset, content.length - offset);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
}

/** Why the store cannot take a file, in words an administrator can act on, naming the path that is wrong. */
const STORE_PROBLEMS: Record<string, string> = {
  ENOTDIR: 'notFolder',
  EEXIST: 'notFolder',
  EISDIR: 'notFile',
  EACCES: 'noPermission',
  EPERM: 'noPermission',
  EROFS: 'readOnly',
  ENOSPC: 'diskFull',
  EDQUOT: 'diskFull',
};

function storeError(dir: string, path: string, e: unknown): unknown {
  const code = (e as { code?: unknown }).code;
  if (typeof code !== 'string' || !code.startsWith('E')) return e;
  const problem = STORE_PROBLEMS[code] ?? 'other';
  // The first folder on the way that is a file is the one to name (often the store folder itself).
  const culprit = problem === 'notFolder' ? ([dir, dirname(path)].find((p) => isNonFolder(p)) ?? dir) : dir;
  return new AppError('Conflict', `attachment.store.${problem}`, { path: culprit, code });
}

function isNonFolder(path: string): boolean {
  try {
    return !statSync(path).isDirectory();
  } catch {
    return false;
  }
}

export interface StoredCheck {
  status: AttachmentStatus;
  /** The bytes, when they were read ('hash' check) and match. */
  content: Buffer | null;
}

/** Re-reads the file and recomputes its SHA-256: 'missing' without a file, 'altered' when the hash differs. */
export function checkByHash(dir: string, sha256: string): StoredCheck {
  const content = readIfPresent(storedPath(dir, sha256));
  if (content === null) return { status: 'missing', content: null };
  if (sha256Of(content) !== sha256) return { status: 'altered', content: null };
  return { status: 'ok', content };
}

/** The cheap check for lists: a file is there with the recorded size (its content is not read). */
export function checkBySize(dir: string, sha256: string, size: number): AttachmentStatus {
  try {
    const s = statSync(storedPath(dir, sha256));
    if (!s.isFile()) return 'missing';
    return s.size === size ? 'ok' : 'altered';
  } catch (e) {
    if (isMissing(e)) return 'missing';
    throw e;
  }
}

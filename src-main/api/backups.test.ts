import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpInput, OpName, OpOutput } from '../contract/index';
import { openCopyReadOnly, tableCounts } from '../db/backup-repo';
import { openDatabase } from '../db/connection';
import { chainRowAt, countLog, logHead } from '../db/operation-log-repo';
import type { Db } from '../db/statements';
import { databaseDigest } from '../db/system-repo';
import { AppError } from '../services/app-error';
import { storedPath } from '../services/attachments/store';
import { checkBackup, createBackup, restoreBackup, RESTORE_EVENT } from '../services/backup/index';
import { restoreInApp } from '../services/backup/index';
import { hashFileSync, MANIFEST_FILE, type BackupManifest } from '../services/backup/manifest';
import { ruleMessage } from '../contract/messages';
import { fillLog } from '../testing/operation-log';
import { verifyChain } from '../services/operation-log/verify';
import { dispatch } from './dispatch';
import { caller, openFixture, validInputs, type Fixture } from '../testing/dispatch';

let f: Fixture;
const ACTOR = { userId: 1, username: 'admin', roles: ['admin' as const] };

async function ok<N extends OpName>(op: N, input: OpInput<N>, token = f.tokens.admin): Promise<OpOutput<N>> {
  const env = await dispatch(f.app, op, input, caller(token));
  if (!env.ok) throw new Error(`${op}: ${env.error.message}`);
  return env.value as OpOutput<N>;
}

const attachmentsDir = () => join(f.folder.path, 'attachments');

function backup(out = join(f.folder.path, 'out', 'backup-1'), db: Db = f.app.db, pagesPerStep?: number) {
  return createBackup({
    db,
    attachmentsDir: attachmentsDir(),
    out,
    kind: 'manual',
    appVersion: '1.2.3',
    now: f.clock.now(),
    pagesPerStep,
  }).then((manifest) => ({ out, manifest }));
}

/** Edits a backup's database as someone holding the folder could, and optionally makes the manifest agree. */
function editBackup(out: string, fn: (db: Db) => void, fixManifest: (m: BackupManifest) => void = () => {}): void {
  const db = openDatabase(join(out, 'grants.db'));
  try {
    db.exec('DROP TRIGGER IF EXISTS operation_log_no_update;');
    fn(db);
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
  rewriteManifest(out, (m) => {
    m.database.sha256 = hashFileSync(join(out, 'grants.db'));
    fixManifest(m);
  });
}

function rewriteManifest(out: string, fn: (m: BackupManifest) => void): void {
  const m = JSON.parse(readFileSync(join(out, MANIFEST_FILE), 'utf8')) as BackupManifest;
  fn(m);
  writeFileSync(join(out, MANIFEST_FILE), JSON.stringify(m));
}

function refusal(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

beforeEach(async () => {
  f = openFixture();
  await ok('users.create', { username: 'clerk1', displayName: '出纳一', password: 'abcd1234', roles: ['finance'] });
  await ok('attachments.upload', validInputs(f)['attachments.upload'], f.tokens.project);
  fillLog(f.app.db, 40, f.clock.now().toISOString());
});

afterEach(() => f.close());

describe('a backup', () => {
  it('holds the database, its attachments and a manifest describing exactly that copy', async () => {
    const { out, manifest } = await backup();
    expect(manifest.schemaVersion).toBe(f.app.db.pragma('user_version', { simple: true }));
    expect(manifest.tables).toEqual(tableCounts(f.app.db));
    expect(manifest.log).toEqual({ entries: countLog(f.app.db), headHash: logHead(f.app.db)!.hash });
    expect(manifest.database.sha256).toBe(hashFileSync(join(out, 'grants.db')));
    expect(manifest.attachments).toMatchObject({ files: 1, missing: [] });
    // Self-contained: no -wal or -shm next to the copy, and it reads back read-only.
    expect(existsSync(join(out, 'grants.db-wal'))).toBe(false);
    expect(checkBackup(out)).toEqual(manifest);
  });

  it('refuses to overwrite an existing folder', async () => {
    const { out } = await backup();
    await expect(backup(out)).rejects.toMatchObject({ rule: 'backup.outExists' });
  });

  it('taken while another connection keeps writing is a consistent snapshot', async () => {
    const other = openDatabase(f.app.dbPath);
    const before = countLog(f.app.db);
    let writes = 0;
    let stop = false;
    const writer = (async () => {
      while (!stop && writes < 200) {
        fillLog(other, 3, f.clock.now().toISOString());
        writes++;
        await new Promise((r) => setImmediate(r));
      }
    })();
    // One page per step: the copy is interleaved with the writer's commits.
    const { out, manifest } = await backup(undefined, f.app.db, 1).finally(() => {
      stop = true;
    });
    await writer;
    other.close();
    expect(writes).toBeGreaterThan(0);
    const copy = openCopyReadOnly(join(out, 'grants.db'));
    try {
      expect(verifyChain(copy).ok).toBe(true);
      expect(tableCounts(copy)).toEqual(manifest.tables);
    } finally {
      copy.close();
    }
    expect(manifest.log.entries).toBeGreaterThanOrEqual(before);
    expect((manifest.log.entries - before) % 3).toBe(0);
    expect(checkBackup(out).log).toEqual(manifest.log);
  });
});

describe('restoring a good backup', () => {
  it('brings back identical row counts and log head, records the restore, keeps the old file aside', async () => {
    const { out, manifest } = await backup();
    await ok('users.create', { username: 'later', displayName: '后来', password: 'abcd1234', roles: ['auditor'] });
    const storeFile = storedPath(attachmentsDir(), checkBackupHash(out));
    rmSync(storeFile);

    const result = restoreInApp(f.app, out, ACTOR, { locale: 'zh' });
    const counts = tableCounts(f.app.db);
    expect(counts).toEqual({ ...manifest.tables, operation_log: manifest.tables.operation_log! + 1 });
    expect(chainRowAt(f.app.db, manifest.log.entries)![2]).toBe(manifest.log.headHash);
    const last = f.app.db.prepare('SELECT op, username FROM operation_log ORDER BY id DESC LIMIT 1').get();
    expect(last).toEqual({ op: RESTORE_EVENT, username: 'admin' });
    expect(verifyChain(f.app.db).ok).toBe(true);
    // The attachment missing from the store came back from the backup.
    expect(existsSync(storeFile)).toBe(true);
    // The replaced database is kept aside, with the user created after the backup.
    const aside = openCopyReadOnly(result.keptAside!);
    try {
      expect(aside.prepare("SELECT count(*) FROM users WHERE username = 'later'").pluck().get()).toBe(1);
    } finally {
      aside.close();
    }
  });

  it('puts the old database back when the restored file cannot be opened', async () => {
    const { out } = await backup();
    await ok('users.create', { username: 'later', displayName: '后来', password: 'abcd1234', roles: ['auditor'] });
    const digest = databaseDigest(f.app.db);
    const e = refusal(() =>
      restoreBackup({
        backup: out,
        dbPath: f.app.dbPath,
        attachmentsDir: attachmentsDir(),
        actor: ACTOR,
        now: f.clock.now(),
        open: () => {
          throw new Error('disk full');
        },
        beforeReplace: () => f.app.db.close(),
      }),
    );
    expect(ruleMessage(e.rule, 'zh', e.params)).toBe('恢复未完成（disk full），当前数据库已复原为恢复前的状态');
    f.app.db = openDatabase(f.app.dbPath);
    expect(databaseDigest(f.app.db)).toBe(digest);
    expect(existsSync(`${f.app.dbPath}.before-restore`)).toBe(false);
  });
});

function checkBackupHash(out: string): string {
  const m = JSON.parse(readFileSync(join(out, MANIFEST_FILE), 'utf8')) as BackupManifest;
  const row = openCopyReadOnly(join(out, 'grants.db'));
  try {
    expect(m.attachments.files).toBe(1);
    return row.prepare('SELECT sha256 FROM attachments').pluck().get() as string;
  } finally {
    row.close();
  }
}

describe('a bad backup is refused, naming why, and changes nothing', () => {
  const cases: [string, (out: string) => void, string, RegExp][] = [
    [
      'a corrupted byte',
      (out) => {
        const file = join(out, 'grants.db');
        const bytes = readFileSync(file);
        // The middle of the file: a table or index page, whatever it holds.
        const at = Math.floor(bytes.length / 2) + 100;
        bytes[at] = bytes[at]! ^ 0xff;
        writeFileSync(file, bytes);
      },
      'backup.(damaged|hashMismatch)',
      /已损坏|不符/,
    ],
    [
      'a newer schema',
      (out) =>
        editBackup(
          out,
          (db) => db.pragma('user_version = 999'),
          (m) => {
            m.schemaVersion = 999;
          },
        ),
      'backup.newerSchema',
      /备份的数据库版本 999 高于本程序支持的版本/,
    ],
    [
      'a wrong manifest hash',
      (out) =>
        rewriteManifest(out, (m) => {
          m.database.sha256 = '0'.repeat(64);
        }),
      'backup.hashMismatch',
      /SHA-256 应为 0{64}/,
    ],
    [
      'a tampered log',
      (out) => editBackup(out, (db) => db.exec("UPDATE operation_log SET after_json = '{}' WHERE id = 5")),
      'backup.logBroken.edited',
      /操作日志未通过校验：第 5 条日志被修改/,
    ],
    ['a folder without a manifest', (out) => rmSync(join(out, MANIFEST_FILE)), 'backup.notBackup', /不是本程序的备份/],
    [
      'an altered attachment',
      (out) => {
        const hash = checkBackupHash(out);
        writeFileSync(storedPath(join(out, 'attachments'), hash), 'forged');
      },
      'backup.attachmentDamaged',
      /附件文件 [0-9a-f]{64} 缺失或内容与其哈希不符/,
    ],
  ];

  it.each(cases)('%s', async (_name, spoil, rule, message) => {
    const { out } = await backup();
    spoil(out);
    const digest = databaseDigest(f.app.db);
    const db = f.app.db;
    const e = refusal(() => restoreInApp(f.app, out, ACTOR, { locale: 'zh' }));
    expect(e.rule).toMatch(new RegExp(`^${rule}$`));
    expect(ruleMessage(e.rule, 'zh', e.params)).toMatch(message);
    expect(ruleMessage(e.rule, 'en', e.params)).not.toMatch(/[\u4e00-\u9fff]/);
    // The app kept its connection and its data; nothing was put aside.
    expect(f.app.db).toBe(db);
    expect(f.app.db.open).toBe(true);
    expect(databaseDigest(f.app.db)).toBe(digest);
    expect(existsSync(`${f.app.dbPath}.before-restore`)).toBe(false);
  });
});

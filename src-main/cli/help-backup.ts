import type { Locale } from '../contract';

/** Help for `grants backup` and `grants restore`; merged into help.ts's topics. */
export const BACKUP_TOPICS: Record<'backup' | 'restore', Record<Locale, string>> = {
  backup: {
    zh: `用法：grants [--db PATH] backup --out 文件夹

在程序运行时也可备份：用 SQLite 的在线备份接口一次取得一致的快照。生成一个文件夹：
  grants.db        数据库（独立文件，可直接打开）
  attachments/     数据库引用的全部附件（按 SHA-256 命名）
  manifest.json    清单：数据库结构版本、各表行数、操作日志条数与链头哈希、grants.db 的 SHA-256、附件数
--out 指定的文件夹不能已存在。程序每天启动时还会在数据文件夹的 backups/ 中自动备份（保留 7 个每日、4 个
每周），每次升级数据库前也会先备份到那里。`,
    en: `Usage: grants [--db PATH] backup --out FOLDER

Works while the app is running: SQLite's online backup takes one consistent snapshot. Writes a folder:
  grants.db        the database (a self-contained file)
  attachments/     every attachment the database refers to (named by SHA-256)
  manifest.json    schema version, rows per table, operation-log entry count and head hash, SHA-256 of
                   grants.db, attachment count
The --out folder must not exist yet. The app also backs up into the data folder's backups/ once a day when it
starts (keeping 7 daily and 4 weekly) and before every database upgrade.`,
  },
  restore: {
    zh: `用法：grants [--db PATH] restore 备份文件夹 [--yes]

先检查备份：完整性检查（integrity_check）、结构版本不高于本程序、grants.db 与清单中的 SHA-256 一致、
操作日志哈希链完整且与清单相符、附件与其哈希相符；任一项不通过即拒绝并说明原因，什么也不改动。
不加 --yes 时只做检查并说明将恢复什么。加 --yes 时恢复：当前数据库改名为 grants.db.before-restore 留存，
恢复成功后在操作日志中记录本次恢复；失败则放回原数据库。恢复前请关闭桌面程序和 grants serve。`,
    en: `Usage: grants [--db PATH] restore BACKUP_FOLDER [--yes]

Checks the backup first: integrity_check, a schema version no newer than this program, grants.db matching the
manifest's SHA-256, an intact operation-log chain that ends where the manifest says, attachments matching
their hashes; any failure refuses it, says why and changes nothing. Without --yes it only checks and says what
would be restored. With --yes it restores: the current database is renamed to grants.db.before-restore and
kept, the restore is recorded in the operation log; on failure the old database is put back. Close the desktop
app and grants serve first.`,
  },
};

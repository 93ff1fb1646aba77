import type { Catalogue } from '../messages';
import { LOG_MESSAGES } from './log';

/** Rule messages for backups and restore; merged into RULE_MESSAGES. Placeholders are {name}. */
export const BACKUP_MESSAGES: Catalogue = {
  'backup.outExists': {
    zh: '备份位置 {path} 已存在，请另选一个名称',
    en: 'the backup location {path} already exists; choose another name',
  },
  'backup.cannotWrite': { zh: '无法写入备份位置 {path}：{reason}', en: 'cannot write the backup to {path}: {reason}' },
  'backup.notBackup': {
    zh: '{path} 不是本程序的备份（缺少 manifest.json 或其内容无法识别）',
    en: '{path} is not a backup of this program (manifest.json is missing or not recognised)',
  },
  'backup.dbMissing': {
    zh: '备份中缺少数据库文件 grants.db',
    en: 'the backup has no database file grants.db',
  },
  'backup.damaged': {
    zh: '备份中的数据库已损坏（完整性检查未通过：{detail}）',
    en: 'the database in the backup is damaged (integrity check failed: {detail})',
  },
  'backup.sourceDamaged': {
    zh: '要备份的数据库已损坏（快速检查未通过：{detail}），备份只会把损坏带进去，未生成备份；请用 grants check 查看',
    en: 'the database to back up is damaged (quick check failed: {detail}); a backup would only carry the damage, so none was made; see grants check',
  },
  'backup.newerSchema': {
    zh: '备份的数据库版本 {found} 高于本程序支持的版本 {supported}，请先升级程序再恢复',
    en: 'the backup has schema version {found}, newer than version {supported} this program supports; upgrade the program first',
  },
  'backup.hashMismatch': {
    zh: '备份中的数据库与备份清单不符（SHA-256 应为 {expected}，实为 {found}）：文件在备份后被改动或已损坏',
    en: 'the database in the backup does not match its manifest (SHA-256 {found}, expected {expected}): it was changed or damaged after the backup',
  },
  'backup.manifestMismatch': {
    zh: '备份清单与数据库内容不符（{what}）',
    en: 'the backup manifest does not match the database ({what})',
  },
  'backup.attachmentDamaged': {
    zh: '备份中的附件文件 {hash} 缺失或内容与其哈希不符',
    en: 'the attachment file {hash} in the backup is missing or does not match its hash',
  },
  'backup.notFound': { zh: '找不到所选的备份', en: 'the selected backup was not found' },
  'backup.restoreFailed': {
    zh: '恢复未完成（{detail}），当前数据库已复原为恢复前的状态',
    en: 'the restore did not complete ({detail}); the current database was put back as it was',
  },
  'backup.inUse': {
    zh: '数据库正被另一个程序使用（桌面程序或 grants serve），请先关闭它再恢复',
    en: 'the database is in use by another program (the desktop app or grants serve); close it before restoring',
  },
  // One per way the chain can fail, each the log check's own wording after the same lead-in.
  ...Object.fromEntries(
    ['edited', 'missing', 'inserted', 'reordered'].map((fault) => {
      const m = LOG_MESSAGES[`log.chain.${fault}`]!;
      const rule = `backup.logBroken.${fault}`;
      return [
        rule,
        { zh: `备份中的操作日志未通过校验：${m.zh}`, en: `the operation log in the backup failed its check: ${m.en}` },
      ];
    }),
  ),
};

import type { Catalogue } from '../messages';

/** Rule messages for the log area; merged into RULE_MESSAGES. Placeholders are {name}. */
export const LOG_MESSAGES: Catalogue = {
  // What `log.verify` / `grants audit verify` says about the first entry that does not check out.
  'log.chain.edited': { zh: '第 {id} 条日志被修改', en: 'entry {id} was modified' },
  'log.chain.missing': { zh: '第 {id} 条之前的日志缺失', en: 'entries before entry {id} are missing' },
  'log.chain.inserted': {
    zh: '第 {id} 条日志是插入的，不属于原日志链',
    en: 'entry {id} was inserted; it is not part of the original chain',
  },
  'log.chain.reordered': { zh: '第 {id} 条日志的顺序被改变', en: 'entry {id} is out of order' },
  'log.chain.anchorMissing': {
    zh: '记录的哈希 {hash} 不在日志链中：该条日志或其后的日志被删除或改写',
    en: 'the recorded hash {hash} is not in the chain: that entry or entries after it were deleted or rewritten',
  },
  'log.chain.intact': {
    zh: '操作日志完整：共 {entries} 条，链头哈希 {headHash}',
    en: 'operation log intact: {entries} entries, head hash {headHash}',
  },
  'log.chain.empty': { zh: '操作日志为空', en: 'the operation log is empty' },
  'log.exportTooLarge': {
    zh: '符合条件的日志有 {count} 条，超过单次导出上限 {max} 条，请缩小时间范围或增加筛选条件',
    en: '{count} entries match, more than the {max} one export may hold; narrow the time range or add filters',
  },
  // What the log check says besides the chain: its protection, its presence, and the head seen before.
  'log.check.tableMissing': {
    zh: '操作日志表 operation_log 已被删除（结构版本 {version} 的数据库应有此表）：日志被篡改，请从备份恢复并追查原因',
    en: 'the operation log table operation_log was dropped (a database at schema version {version} has one): the log was tampered with; restore a backup and find out why',
  },
  'log.protection.missing': {
    zh: '保护日志的{what} {name} 已被删除，视为篡改',
    en: 'the {what} {name} protecting the log was dropped: tampering',
  },
  'log.protection.altered': {
    zh: '保护日志的{what} {name} 与数据库升级时创建的不同，视为篡改',
    en: 'the {what} {name} protecting the log differs from what the upgrade created: tampering',
  },
  'log.protection.extra': {
    zh: '操作日志表上多了不是数据库升级创建的{what} {name}，视为篡改',
    en: 'the log table has a {what} {name} that no upgrade created: tampering',
  },
  'log.object.trigger': { zh: '触发器', en: 'trigger' },
  'log.object.index': { zh: '索引', en: 'index' },
  'log.object.table': { zh: '表', en: 'table' },
  'log.object.view': { zh: '视图', en: 'view' },
  'log.head.shorter': {
    zh: '日志比 {at} 校验时短：当时共 {seen} 条，现在只有 {entries} 条，最新的日志被删除',
    en: 'the log is shorter than when it was verified at {at}: it had {seen} entries then and has {entries} now; the newest entries were removed',
  },
  'log.head.rewritten': {
    zh: '第 {seen} 条日志的哈希与 {at} 校验时记下的 {hash} 不同：日志被改写',
    en: 'entry {seen} no longer has the hash {hash} recorded when the log was verified at {at}: the log was rewritten',
  },
};

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
};

/** What `grants pack` says, in both languages; merged into CLI_MESSAGES. */
export const PACK_CLI_MESSAGES = {
  'usage.packAction': {
    zh: '未知的子命令“{action}”：请用 grants pack export|open|record|results|import',
    en: 'unknown subcommand "{action}": use grants pack export|open|record|results|import',
  },
  'usage.packExportOptions': {
    zh: '请用 --projects 项目编号[,项目编号…] --inspectors 用户名,用户名[,…] --out 文件 指定检查包',
    en: 'give --projects CODE[,CODE…] --inspectors USER,USER[,…] --out FILE',
  },
  'usage.packFile': { zh: '请指定{what}文件', en: 'give the {what} file' },
  'usage.packOut': { zh: '请用 --out 指定输出文件', en: 'give --out FILE' },
  'usage.packResolve': {
    zh: '--resolve 应为 记录=office 或 记录=field（多个用逗号分隔），例如 inspection-12=field，收到“{value}”',
    en: '--resolve must be RECORD=office or RECORD=field (several separated by commas), e.g. inspection-12=field, got "{value}"',
  },
  'usage.packRecordJson': {
    zh: '记录文件“{file}”不是有效的 JSON：{reason}',
    en: 'the record file "{file}" is not valid JSON: {reason}',
  },
  'pack.exported': {
    zh: '已导出检查包 {packNo}：{count} 个项目，写入 {file}',
    en: 'exported field pack {packNo}: {count} projects, written to {file}',
  },
  'pack.opened': {
    zh: '已打开检查包 {packNo}，现场数据库：{db}（{count} 个项目；检查人员：{inspectors}）',
    en: 'opened field pack {packNo} as the field database {db} ({count} projects; inspectors: {inspectors})',
  },
  'pack.openedProject': {
    zh: '  {agreement} {project}（{organization}） 检查 ID {inspection}；未完成整改 {open} 项',
    en: '  {agreement} {project} ({organization}) inspection id {inspection}; {open} open rectification items',
  },
  'pack.recorded': { zh: '已记录：{what}', en: 'recorded: {what}' },
  'pack.results': {
    zh: '已写出检查包 {packNo} 的检查结果：{count} 条记录，写入 {file}',
    en: 'wrote the results of field pack {packNo}: {count} records, to {file}',
  },
  'pack.record.apply': { zh: '  采用现场版本：{label}', en: '  field version taken: {label}' },
  'pack.record.unchanged': { zh: '  已导入过，未改动：{label}', en: '  already imported, unchanged: {label}' },
  'pack.record.keepOffice': { zh: '  保留办公室版本：{label}', en: '  office version kept: {label}' },
  'pack.record.conflict': { zh: '  冲突：{label}', en: '  conflict: {label}' },
  'pack.conflictHeader': {
    zh: '冲突 {key}：{label}（导出后办公室也改动了这条记录）',
    en: 'conflict {key}: {label} (the office changed this record since export)',
  },
  'pack.conflictRow': {
    zh: '    {label}：办公室版本“{office}”；现场版本“{field}”',
    en: '    {label}: office "{office}"; field "{field}"',
  },
  'pack.imported': {
    zh: '已导入检查包 {packNo} 的检查结果',
    en: 'imported the results of field pack {packNo}',
  },
  'pack.unchanged': {
    zh: '检查包 {packNo} 的这份检查结果已导入过，本次没有任何改动',
    en: 'these results of field pack {packNo} were imported before; nothing changed',
  },
  'pack.checked': {
    zh: '检查结果签名正确，可以导入（--dry-run：未做任何更改）',
    en: 'the results are signed correctly and can be imported (--dry-run: nothing changed)',
  },
  'pack.stopped': {
    zh: '导入已停止，未做任何更改：请逐条决定，用 --resolve 记录=office|field 重新导入',
    en: 'import stopped, nothing changed: decide each conflict and import again with --resolve RECORD=office|field',
  },
  'pack.fieldDatabaseOnly': {
    zh: '“{db}”是检查包 {pack} 的现场数据库，“grants {command}”不能在现场数据库上运行：现场请用 grants pack record 记录、grants pack results 写出检查结果，其他命令请在办公室数据库上运行',
    en: '"{db}" is the field database of pack {pack}; "grants {command}" does not run on a field database: in the field use grants pack record to record and grants pack results to write the results, and run other commands on the office database',
  },
} as const satisfies Record<string, { zh: string; en: string }>;

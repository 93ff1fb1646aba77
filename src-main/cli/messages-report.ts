/** What `grants report` and `grants verify-report` say, in both languages; merged into CLI_MESSAGES. */
export const REPORT_CLI_MESSAGES = {
  'usage.reportKind': {
    zh: '报告类型应为 project、tranche、program、disclosure、inspection、rectification-notice、evaluation 或 batch，收到“{kind}”',
    en: 'the report kind must be project, tranche, program, disclosure, inspection, rectification-notice, evaluation or batch, got "{kind}"',
  },
  'usage.reportCode': {
    zh: '请指定项目编号（批复文号）、资金计划编号、检查记录编号或评估编号',
    en: 'name the project (its approval number), the fund program code, the inspection ID or the evaluation ID',
  },
  'usage.reportOut': { zh: '请用 --out 文件.pdf 指定输出文件', en: 'name the output with --out FILE.pdf' },
  'usage.reportOutDir': {
    zh: '请用 --out-dir 文件夹 指定输出文件夹',
    en: 'name the output folder with --out-dir FOLDER',
  },
  'usage.reportSeq': { zh: '拨付审批单需要 --seq N（第几期）', en: 'the tranche form needs --seq N (which tranche)' },
  'usage.reportYear': { zh: '请用 --year 年度 指定年度', en: 'name the year with --year YEAR' },
  'usage.reportProgram': {
    zh: '请用 --program 资金计划编号 指定资金计划',
    en: 'name the fund program with --program CODE',
  },
  'report.projectNotFound': {
    zh: '项目 {code} 不存在（请使用批复文号）',
    en: 'project {code} does not exist (use the approval number)',
  },
  'report.done': {
    zh: '已生成 {title} {number}（{pages}）：{file}\n指纹 {fingerprint}{draft}',
    en: 'Generated {title} {number} ({pages}): {file}\nfingerprint {fingerprint}{draft}',
  },
  'report.draft': { zh: '（草稿：数据尚未最终确定）', en: ' (draft: the data is not final)' },
  'report.cannotWrite': { zh: '无法写入 {file}：{reason}', en: 'cannot write {file}: {reason}' },
  'report.batchProgress': { zh: '[{done}/{total}] {code} {result}', en: '[{done}/{total}] {code} {result}' },
  'report.batchDone': {
    zh: '共 {total} 个项目：成功 {ok} 个，失败 {failed} 个；用时 {seconds} 秒，{workers} 个工作线程',
    en: '{total} projects: {ok} generated, {failed} failed; {seconds} s with {workers} worker threads',
  },
  'report.batchFailed': { zh: '失败：{code}：{reason}', en: 'failed: {code}: {reason}' },
  'verify.match': {
    zh: '报告 {number} 与数据库一致（生成于 {at}，指纹 {fingerprint}）',
    en: 'report {number} matches the database (generated {at}, fingerprint {fingerprint})',
  },
  'verify.mismatch': {
    zh: '报告 {number} 与数据库不一致：报告指纹 {fingerprint}，按当前数据计算为 {recomputed}',
    en: 'report {number} does not match the database: the report says {fingerprint}, the data now gives {recomputed}',
  },
  'verify.edited': {
    zh: 'PDF 中的指纹与报告登记簿中登记的不同，PDF 可能被改动过',
    en: 'the fingerprint in the PDF differs from the one in the report register: the PDF may have been edited',
  },
  'verify.changes': {
    zh: '报告生成后（操作日志第 {after} 条之后）与本报告有关的记录变动：',
    en: 'records concerning this report changed since it was generated (after log entry {after}):',
  },
  'verify.change': { zh: '  #{id} {at} {user} {op} {object}', en: '  #{id} {at} {user} {op} {object}' },
  'verify.noLoggedChange': {
    zh: '操作日志中没有与本报告有关的后续记录：数据可能未经本程序被改动（请运行 grants audit verify）',
    en: 'the operation log holds no later entry about this report: the data may have been changed outside this program (run grants audit verify)',
  },
  'usage.reportOrg': {
    zh: '整改通知书需要 --org 统一社会信用代码（被通知的机构）',
    en: 'the rectification notice needs --org CREDITCODE (the organization notified)',
  },
} as const;

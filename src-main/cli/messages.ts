import { DRAW_CLI_MESSAGES } from './draw-messages';
import { REPORT_CLI_MESSAGES } from './messages-report';
import { PACK_CLI_MESSAGES } from './pack-messages';

/** Everything the CLI says, in both languages. Help texts live in help.ts. */
export const CLI_MESSAGES = {
  'usage.unknownCommand': { zh: '未知命令“{command}”', en: 'unknown command "{command}"' },
  'usage.unknownOption': { zh: '未知选项“{option}”', en: 'unknown option "{option}"' },
  'usage.missingValue': { zh: '选项 {option} 需要一个值', en: 'option {option} needs a value' },
  'usage.unexpectedValue': { zh: '选项 {option} 不接受值', en: 'option {option} takes no value' },
  'usage.extraArgument': { zh: '多余的参数“{arg}”', en: 'unexpected argument "{arg}"' },
  'usage.missingArgument': { zh: '缺少参数 <{name}>', en: 'missing argument <{name}>' },
  'usage.missingCommand': { zh: '请指定命令', en: 'no command given' },
  'usage.badLang': { zh: '--lang 只能是 zh 或 en，收到“{value}”', en: '--lang must be zh or en, got "{value}"' },
  'usage.badInteger': {
    zh: '{option} 应为 {min} 到 {max} 之间的整数，收到“{value}”',
    en: '{option} must be a whole number from {min} to {max}, got "{value}"',
  },
  'usage.projectsWithoutDemo': {
    zh: '--projects 只能与 --demo 一起使用',
    en: '--projects can only be used together with --demo',
  },
  'usage.ledgerLinesWithoutDemo': {
    zh: '--ledger-lines 只能与 --demo 一起使用',
    en: '--ledger-lines can only be used together with --demo',
  },
  'usage.hostNotLoopback': {
    zh: '浏览器版只监听本机地址（127.0.0.1、localhost 或 ::1），不能使用“{host}”',
    en: 'the browser host listens on this machine only (127.0.0.1, localhost or ::1), not on "{host}"',
  },
  'usage.badAnchor': {
    zh: '--anchor 应为 16 至 64 位十六进制的哈希（grants audit anchor 或 audit verify 打印的哈希），收到“{value}”',
    en: '--anchor must be a hash of 16 to 64 hexadecimal digits (as grants audit anchor or audit verify prints it), got "{value}"',
  },
  'error.prefix': { zh: '错误：{message}', en: 'error: {message}' },
  'amount.invalid': {
    zh: '金额“{text}”无效：{message}（规则 {rule}）',
    en: 'invalid amount "{text}": {message} (rule {rule})',
  },
  'init.ready': {
    zh: '数据库已就绪：{path}（结构版本 {version}）',
    en: 'database ready: {path} (schema version {version})',
  },
  'init.demoLoaded': {
    zh: '已加载示例数据：{fundPrograms} 个资金计划，{organizations} 个机构，{applications} 个申报项目，{users} 个演示账号：',
    en: 'sample data loaded: {fundPrograms} fund programs, {organizations} organizations, {applications} applications, {users} demo accounts:',
  },
  'init.demoFinance': {
    zh: '资金数据：{budgetVersions} 个预算版本（{adjustedProjects} 个项目经批准调整），{trancheReleases} 笔拨付（{trancheReversals} 笔冲回），支出台账 {ledgerLines} 行（{ledgerProjects} 个项目，{ledgerReversals} 笔红字冲销，{advances} 笔垫支），{milestones} 个里程碑，{indicatorReadings} 条指标完成值',
    en: 'finance: {budgetVersions} budget versions ({adjustedProjects} projects with an approved adjustment), {trancheReleases} tranche releases ({trancheReversals} reversed), {ledgerLines} ledger lines ({ledgerProjects} projects, {ledgerReversals} reversals, {advances} advances), {milestones} milestones, {indicatorReadings} indicator readings',
  },
  'init.demoBigLedger': {
    zh: '  大台账项目：{project}（{lines} 行）',
    en: '  large ledger: {project} ({lines} lines)',
  },
  'init.demoNotEmpty': {
    zh: '数据库“{path}”中已有数据，不能加载示例数据（--demo 只能用于新数据库）',
    en: 'the database "{path}" already has data; sample data cannot be loaded (--demo needs a new database)',
  },
  'init.accountHeader': {
    zh: '  用户名     密码       角色',
    en: '  user name  password   roles',
  },
  'serve.building': {
    zh: '尚未构建界面（{dir} 中没有 index.html），正在运行 npx electron-vite build …',
    en: 'the renderer is not built ({dir} has no index.html); running npx electron-vite build …',
  },
  'serve.buildFailed': {
    zh: '界面构建失败（退出码 {code}），请查看上面的输出',
    en: 'building the renderer failed (exit code {code}); see the output above',
  },
  'serve.noRenderer': {
    zh: '界面目录 {dir} 中没有 index.html（GRANTS_RENDERER_DIR）',
    en: 'the renderer folder {dir} has no index.html (GRANTS_RENDERER_DIR)',
  },
  'serve.portInUse': {
    zh: '端口 {port} 已被占用，请换一个端口（--port）',
    en: 'port {port} is in use; pick another with --port',
  },
  'serve.stopped': { zh: '已停止', en: 'stopped' },
  // import / export (grants import applications, grants export projects)
  'usage.importKind': {
    zh: '只能导入 applications（申报项目）或 expenditures（支出台账），收到“{kind}”',
    en: 'only "applications" or "expenditures" can be imported, got "{kind}"',
  },
  'usage.exportKind': {
    zh: '只能导出 projects（申报项目）或 expenditures（支出台账），收到“{kind}”',
    en: 'only "projects" or "expenditures" can be exported, got "{kind}"',
  },
  'usage.projectRequired': {
    zh: '请用 --project 项目编号 指定要导出支出台账的项目',
    en: 'name the project whose ledger to export with --project CODE',
  },
  'usage.projectOnlyForExpenditures': {
    zh: '--project 只能与 export expenditures 一起使用',
    en: '--project can only be used with export expenditures',
  },
  'usage.fileExtension': {
    zh: '文件必须是 .xlsx 或 .csv，收到“{file}”',
    en: 'the file must be .xlsx or .csv, got "{file}"',
  },
  'usage.outRequired': {
    zh: '请用 --out FILE 指定导出文件（.xlsx 或 .csv）',
    en: 'name the output file with --out FILE (.xlsx or .csv)',
  },
  'usage.asRequired': {
    zh: '请用 --as 用户名 指定以谁的名义导入：有 {count} 个在用账号具有“{permission}”权限（{users}）',
    en: 'say on whose behalf to import with --as USERNAME: {count} active accounts may "{permission}" ({users})',
  },
  'transfer.noUserWithPermission': {
    zh: '没有在用账号具有“{permission}”权限；请先在“用户管理”中为项目管理人员建立账号',
    en: 'no active account may "{permission}"; create a project officer account under Users first',
  },
  'transfer.userNotFound': { zh: '用户“{username}”不存在（--as）', en: 'there is no user "{username}" (--as)' },
  'transfer.userDisabled': { zh: '用户“{username}”已停用（--as）', en: 'the user "{username}" is disabled (--as)' },
  'transfer.userNotAllowed': {
    zh: '用户“{username}”没有“{permission}”权限（--as）',
    en: 'the user "{username}" may not "{permission}" (--as)',
  },
  'transfer.cannotRead': { zh: '无法读取文件“{file}”：{reason}', en: 'cannot read the file "{file}": {reason}' },
  'transfer.cannotWrite': { zh: '无法写入文件“{file}”：{reason}', en: 'cannot write the file "{file}": {reason}' },
  'import.checked': {
    zh: '检查通过：{rows} 行均可导入（--dry-run，未写入数据库）',
    en: 'all {rows} rows can be imported (--dry-run: nothing was written)',
  },
  'import.done': {
    zh: '已导入 {count} 个申报项目（草稿 {first} 至 {last}），导入人：{user}',
    en: 'imported {count} applications (drafts {first} to {last}) on behalf of {user}',
  },
  'export.done': {
    zh: '已导出 {count} 个申报项目：{file}',
    en: 'exported {count} applications to {file}',
  },
  // grants import expenditures / grants export expenditures
  'expenditures.checked': {
    zh: '检查通过：{rows} 行均可导入，合计 {sum} 元（--dry-run，未写入数据库）',
    en: 'all {rows} rows can be imported, {sum} yuan in all (--dry-run: nothing was written)',
  },
  'expenditures.done': {
    zh: '已导入 {count} 笔支出，合计 {sum} 元，导入人：{user}',
    en: 'imported {count} ledger lines, {sum} yuan in all, on behalf of {user}',
  },
  'expenditures.projectChecked': {
    zh: '  项目 {code}：支出 {lines} 笔，红字冲销 {reversals} 笔，合计 {sum} 元',
    en: '  project {code}: {lines} expenditures, {reversals} reversals, {sum} yuan',
  },
  'expenditures.projectDone': {
    zh: '  项目 {code}：支出 {lines} 笔，红字冲销 {reversals} 笔，合计 {sum} 元，凭证号 {first} 至 {last}',
    en: '  project {code}: {lines} expenditures, {reversals} reversals, {sum} yuan, vouchers {first} to {last}',
  },
  'expenditures.projectNotFound': {
    zh: '没有项目编号为“{code}”的项目（项目编号即立项批准文号）',
    en: 'there is no project "{code}" (the project code is the approval number)',
  },
  'expenditures.exported': {
    zh: '已导出项目 {code} 的支出台账 {count} 行（合计 {sum} 元）：{file}',
    en: 'exported {count} ledger lines of project {code} ({sum} yuan in all) to {file}',
  },
  // grants tranches CODE
  'tranches.projectNotFound': {
    zh: '没有项目编号为“{code}”的项目（项目编号即立项批准文号）',
    en: 'there is no project "{code}" (the project code is the approval number)',
  },
  'tranches.seqNotFound': { zh: '项目 {code} 没有第 {seq} 期拨付', en: 'project {code} has no tranche {seq}' },
  'tranches.header': {
    zh: '项目 {code}：批复金额 {approved} 元，已拨付 {released} 元，共 {count} 期',
    en: 'project {code}: approved {approved} yuan, released {released} yuan, {count} tranches',
  },
  'tranches.line': {
    zh: '第 {seq} 期  {percent}%  {amount} 元  条件：{condition}  状态：{state}',
    en: 'tranche {seq}  {percent}%  {amount} yuan  condition: {condition}  state: {state}',
  },
  'tranches.voucher': { zh: '    凭证号 {voucherNo}，日期 {date}', en: '    voucher {voucherNo}, dated {date}' },
  'tranches.history.release': {
    zh: '    {date} 拨付 {amount} 元，凭证号 {voucherNo}（{by}）',
    en: '    {date} released {amount} yuan, voucher {voucherNo} ({by})',
  },
  'tranches.history.reversal': {
    zh: '    {date} 冲销 {amount} 元（{by}）：{reason}',
    en: '    {date} reversed {amount} yuan ({by}): {reason}',
  },
  'tranches.history.cancellation': {
    zh: '    {date} 取消（{by}）：{reason}',
    en: '    {date} cancelled ({by}): {reason}',
  },
  'db.dirFailed': {
    zh: '无法创建数据目录“{dir}”：{reason}',
    en: 'cannot create the data folder "{dir}": {reason}',
  },
  'usage.backupOutRequired': {
    zh: '请用 --out 文件夹 指定备份位置（该文件夹不能已存在）',
    en: 'name the backup folder with --out FOLDER (it must not exist yet)',
  },
  ...DRAW_CLI_MESSAGES,
  ...REPORT_CLI_MESSAGES,
  ...PACK_CLI_MESSAGES,
  'check.ok': {
    zh: '数据库完好（完整性检查通过）：{path}',
    en: 'the database is sound (integrity check passed): {path}',
  },
  'check.damaged': {
    zh: '数据库文件已损坏（完整性检查失败）：{path}\n{problems}\n请从备份恢复（grants restore）',
    en: 'the database file is damaged (integrity check failed): {path}\n{problems}\nrestore it from a backup (grants restore)',
  },
} as const satisfies Record<string, { zh: string; en: string }>;

export type CliMessageKey = keyof typeof CLI_MESSAGES;

import type { Locale } from '../contract';
import { defaultDataDir } from '../hosts/data-dir';
import type { CommandContext } from './context';
import { BACKUP_TOPICS } from './help-backup';
import { EXIT_OK, UsageError } from './output';

export const DEFAULT_PORT = 4800;

type HelpTopic =
  | 'main'
  | 'init'
  | 'serve'
  | 'amount-words'
  | 'import'
  | 'export'
  | 'tranches'
  | 'audit'
  | 'help'
  | 'backup'
  | 'restore';

function mainHelp(locale: Locale): string {
  const dir = defaultDataDir();
  return locale === 'zh'
    ? `grants — 资金项目管理（命令行）

用法：grants [全局选项] <命令> [选项]

命令：
  init [--demo] [--projects N]   创建或升级数据库；--demo 加载示例数据
  serve [--port N] [--host H]    启动浏览器版（只监听本机地址）
  amount-words <金额>            打印金额的人民币大写
  import applications FILE [--dry-run] [--as 用户名]
                                 从 .xlsx/.csv 导入申报项目（全部无误才导入）
  import expenditures FILE [--dry-run] [--as 用户名]
                                 从 .xlsx/.csv 导入支出台账（全部无误才导入，按登记规则逐行检查）
  export projects --out FILE     导出全部申报项目为 .xlsx 或 .csv
  export expenditures --project 项目编号 --out FILE
                                 按凭证号顺序导出一个项目的支出台账
  tranches 项目编号 [--seq N]    列出项目的各期拨付及每个拨付条件是否满足
  audit verify [--anchor 哈希]   校验操作日志的哈希链，指出第一条被改动的日志
  help [命令]                    显示帮助
  backup --out 文件夹            备份数据库和附件（程序运行时也可）
  restore 备份文件夹 [--yes]     检查备份并恢复（先关闭程序）

全局选项：
  --db PATH        数据库文件（默认：环境变量 GRANTS_DB，否则 ${dir}/grants.db）
  --lang zh|en     输出语言（默认 zh）
  -h, --help       显示帮助；“grants <命令> --help”显示该命令的帮助
  -v, --version    显示版本

退出码：0 成功；1 数据或校验错误；2 用法错误`
    : `grants — grant and project-funding management (command line)

Usage: grants [global options] <command> [options]

Commands:
  init [--demo] [--projects N]   create or migrate the database; --demo loads sample data
  serve [--port N] [--host H]    start the browser host (listens on this machine only)
  amount-words <amount>          print the amount in Chinese capital numerals (人民币大写)
  import applications FILE [--dry-run] [--as USERNAME]
                                 import applications from .xlsx/.csv (all rows or none)
  import expenditures FILE [--dry-run] [--as USERNAME]
                                 import ledger lines from .xlsx/.csv (all rows or none, posting rules checked)
  export projects --out FILE     export every application as .xlsx or .csv
  export expenditures --project CODE --out FILE
                                 export one project's ledger in voucher order
  tranches CODE [--seq N]        list a project's tranches and whether each release condition holds
  audit verify [--anchor HASH]   check the operation log's hash chain; names the first tampered entry
  help [command]                 show help
  backup --out FOLDER            back up the database and attachments (also while the app runs)
  restore FOLDER [--yes]         check a backup and restore it (close the app first)

Global options:
  --db PATH        database file (default: $GRANTS_DB, else ${dir}/grants.db)
  --lang zh|en     language of the output (default zh)
  -h, --help       show help; "grants <command> --help" shows help for one command
  -v, --version    show the version

Exit codes: 0 success; 1 data or validation error; 2 usage error`;
}

const TOPICS: Record<Exclude<HelpTopic, 'main'>, Record<Locale, string>> = {
  init: {
    zh: `用法：grants [--db PATH] init [--demo] [--projects N]

创建数据库（不存在时）并执行全部迁移；已是最新时不做改动。
  --demo          加载示例数据：重庆市 38 个区县、2015–2016 年的资金计划、机构、各阶段的申报项目，
                  已签协议项目的拨付、预算（部分经调整）、支出台账（每个项目约 50 行）、里程碑，
                  以及各角色的演示账号（含系统管理员）；只能用于空数据库
  --projects N    与 --demo 一起使用：按 N 个项目的规模生成合成数据（用于性能测试）；普通台账合计
                  不超过 15 万行（最多 1 万个项目有资金记录），N ≥ 2000 时另有 1 个 10 万行台账的项目
  --ledger-lines M
                  与 --demo 一起使用：支出台账共约 M 行，每个项目约 50 行，其余为每个 10 万行的
                  大台账项目；性能测试数据库：--projects 10000 --ledger-lines 1000000`,
    en: `Usage: grants [--db PATH] init [--demo] [--projects N]

Creates the database if needed and applies all migrations; does nothing when it is up to date.
  --demo          load sample data: Chongqing's 38 districts, fund programs for 2015–2016, organizations,
                  applications in every state, and for signed projects tranche releases, budgets (some
                  adjusted), expenditure ledgers (about 50 lines a project) and milestones, with a demo
                  account for each role (administrator included); only into an empty database
  --projects N    with --demo: scale the synthetic data to N projects (for benchmarks); the ordinary
                  ledgers stay within 150,000 lines (money records for at most 10,000 projects), and from
                  N = 2000 one project has 100,000 lines
  --ledger-lines M
                  with --demo: about M ledger lines in all, about 50 a project and the rest in projects
                  of 100,000 lines; the benchmark database: --projects 10000 --ledger-lines 1000000`,
  },
  serve: {
    zh: `用法：grants [--db PATH] serve [--port N] [--host 127.0.0.1]

启动浏览器版：在本机地址上提供界面和接口，并打印访问地址。界面尚未构建时先构建（npx electron-vite build）。
  --port N        端口（默认 ${DEFAULT_PORT}；0 表示自动选择空闲端口）
  --host H        监听地址：127.0.0.1、localhost 或 ::1（默认 127.0.0.1）

按 Ctrl+C 停止。`,
    en: `Usage: grants [--db PATH] serve [--port N] [--host 127.0.0.1]

Starts the browser host: serves the UI and the API on this machine and prints the address. Builds the UI
first (npx electron-vite build) when it has not been built.
  --port N        port (default ${DEFAULT_PORT}; 0 picks a free one)
  --host H        address to listen on: 127.0.0.1, localhost or ::1 (default 127.0.0.1)

Stop it with Ctrl+C.`,
  },
  'amount-words': {
    zh: `用法：grants amount-words <金额>

打印金额的人民币大写，例如：
  grants amount-words 100000001.01   →  人民币壹亿零壹元零壹分
  grants amount-words 1409.50        →  人民币壹仟肆佰零玖元伍角
金额为十进制数，最多两位小数，可带千位分隔符和 ¥，范围 0 至 9,999,999,999,999.99。`,
    en: `Usage: grants amount-words <amount>

Prints the amount in Chinese capital numerals (人民币大写), e.g.
  grants amount-words 100000001.01   →  人民币壹亿零壹元零壹分
  grants amount-words 1409.50        →  人民币壹仟肆佰零玖元伍角
The amount is a decimal number with at most 2 decimals, optionally with thousands separators and ¥,
from 0 to 9,999,999,999,999.99.`,
  },
  import: {
    zh: `用法：grants [--db PATH] import applications FILE [--dry-run] [--as 用户名]

从 .xlsx 或 .csv 文件导入申报项目，导入后为草稿（预算和绩效指标在系统中补充后再提交）。
文件第 1 行为表头：项目名称、申报机构统一社会信用代码、资金计划编号、项目类别、服务领域、区县、
开始日期、结束日期、申请金额(元)、配套资金(元)，可选“项目类型”；也接受英文表头。空白模板可在界面中下载。
CSV 可为 UTF-8（带或不带 BOM）或 GBK 编码。

全部行无误才导入：只要有一行出错，就什么也不导入，并把每个错误按“第N行 列名: 原因”打印到标准错误，退出码 1。
  --dry-run       只检查、不写入；无误时打印可导入的行数，退出码 0
  --as 用户名     以该用户的名义导入（须为在用账号且有“导入申报项目”权限），记入操作日志；
                  只有一个账号有此权限时可省略

用法：grants [--db PATH] import expenditures FILE [--dry-run] [--as 用户名]

从 .xlsx 或 .csv 文件登记支出台账，可同时含多个项目。第 1 行为表头：项目编号、日期、发票号、预算科目、
资金性质、收款方、摘要、金额(元)；可选列：垫支（是/否，不填为否）、费用类型（如 招待费，不填按预算科目）、
凭证号、冲销凭证号、冲销原因（红字冲销行：金额为负数，冲销凭证号为本文件“凭证号”列中的行或台账中已有的凭证）。
也接受英文表头（Project code, Date, Invoice number, Budget line, Funding share, Payee, Summary, Amount (yuan)）。
  项目编号      立项批准文号
  日期          2016-03-01、2016/3/1、2016.3.1、2016年3月1日、20160301 或 Excel 日期
  预算科目      当前预算版本的预算行编号（如 01），或当前预算中只有一行使用的预算科目名称或代码
  资金性质      财政资金 或 配套资金
  金额(元)      精确到分，可带千位分隔符（如 12,000.50）
凭证号由系统按项目和年度连续编号，文件中的凭证号只用于红字冲销行指明被冲销的行；冲销行的金额、预算科目、
资金性质须与原凭证相符，垫支和费用类型沿用原凭证。
每行都按界面登记时的规则检查：项目执行期、预算科目、禁止列支的费用、超预算（容差）、财政资金超过到位资金
（须标记垫支）、已结账年度、已结项项目。全部行无误才导入；否则什么也不导入，每个错误按“第N行 列名: 原因”
打印到标准错误，退出码 1。
  --dry-run       只检查、不写入
  --as 用户名     以该用户的名义登记（须有“登记支出台账”权限）；只有一个账号有此权限时可省略`,
    en: `Usage: grants [--db PATH] import applications FILE [--dry-run] [--as USERNAME]

Imports applications from an .xlsx or .csv file as drafts (budget lines and indicators are added in the app
before submission). Row 1 is the header: 项目名称, 申报机构统一社会信用代码, 资金计划编号, 项目类别, 服务领域,
区县, 开始日期, 结束日期, 申请金额(元), 配套资金(元), optionally 项目类型; English headers are accepted too
("Project name", "Organization credit code", …). The blank template can be downloaded in the app. CSV files may
be UTF-8 (with or without BOM) or GBK.

All or nothing: if any row fails, nothing is imported, every failure is printed to stderr as
"Row N column: reason", and the exit code is 1.
  --dry-run         check only, write nothing; prints the number of rows when clean (exit 0)
  --as USERNAME     import on behalf of this user (active, with the "import applications" permission), as the
                    operation log records; may be left out when exactly one account has that permission

Usage: grants [--db PATH] import expenditures FILE [--dry-run] [--as USERNAME]

Posts ledger lines (支出台账) from an .xlsx or .csv file, for one or several projects. Row 1 is the header:
项目编号, 日期, 发票号, 预算科目, 资金性质, 收款方, 摘要, 金额(元) (or Project code, Date, Invoice number,
Budget line, Funding share, Payee, Summary, Amount (yuan)); optional columns: 垫支 (advance, 是/否), 费用类型
(cost type; blank for the budget line's), 凭证号, 冲销凭证号 and 冲销原因 (a reversal row: negative amount,
naming a row of this file by its 凭证号, or a voucher already in the ledger).
  date            2016-03-01, 2016/3/1, 2016.3.1, 2016年3月1日, 20160301 or an Excel date
  budget line     a line code of the current budget version (e.g. 01), or a category name or code that
                  exactly one line of it has
  funding share   财政资金 (grant) or 配套资金 (matching)
  amount          yuan to the fen, thousands separators allowed (e.g. 12,000.50)
Voucher numbers are the app's, gap-free per project and year; the file's 凭证号 only lets a reversal row name
the row it reverses (its amount, budget line and share must match; advance and cost type are the original's).
Every row is checked by the rules of posting in the app: project period, budget line, forbidden costs, over
budget beyond the tolerance, grant spending above the grant received (unless marked 垫支), locked years,
closed projects. All or nothing: if any row fails, nothing is posted, every failure is printed to stderr as
"Row N column: reason", and the exit code is 1.
  --dry-run         check only, write nothing
  --as USERNAME     post on behalf of this user (with the "post expenditures" permission); may be left out
                    when exactly one account has that permission`,
  },
  export: {
    zh: `用法：grants [--db PATH] export projects --out FILE [--as 用户名]

把全部申报项目导出为 .xlsx 或 .csv（按 FILE 的扩展名）。前十列即导入模板的列，之后是项目类型、申报编号、
状态、机构名称、批准金额(元)、评审均分、提交时间；金额为精确到分的元，日期为 ISO 格式。
CSV 为带 BOM 的 UTF-8，以 = + - @ 开头的文字前加单引号，防止被当作公式执行。
导出记入操作日志：--as 指定导出人（须有“导出数据”权限），否则记为操作系统账号（cli:账号名）。

用法：grants [--db PATH] export expenditures --project 项目编号 --out FILE [--as 用户名]

按凭证号顺序导出一个项目的支出台账为 .xlsx 或 .csv：项目编号、凭证号、日期、发票号、预算科目、科目名称、
资金性质、收款方、摘要、金额(元)、垫支、费用类型、冲销凭证号、冲销原因、被冲销凭证号、登记人、登记时间。
红字冲销为负数金额，“冲销凭证号”为其冲销的原凭证。导出的文件可用 import expenditures 原样导入（例如导入
另一个数据库中的同一项目），金额精确到分。导出同样记入操作日志。`,
    en: `Usage: grants [--db PATH] export projects --out FILE [--as USERNAME]

Exports every application as .xlsx or .csv (by the extension of FILE). The first ten columns are the import
template's, then project kind, application number, state, organization, approved amount, mean score and
submission time; amounts are exact decimal yuan, dates ISO. CSV is UTF-8 with a BOM, and text starting with
= + - @ gets a leading apostrophe so no spreadsheet runs it as a formula.
The export is logged: --as names who exported (with the "export data" permission); otherwise the log names
the operating-system account (cli:name).

Usage: grants [--db PATH] export expenditures --project CODE --out FILE [--as USERNAME]

Exports one project's ledger in voucher order as .xlsx or .csv: project code, voucher, date, invoice, budget
line, category, funding share, payee, summary, amount, advance, cost type, the voucher a reversal reverses and
why, the voucher that reversed a line, who posted it and when. Reversals are negative amounts. The file imports
again as it is with import expenditures (into the same project in another database, say), exact to the fen.
The export is logged as above.`,
  },
  tranches: {
    zh: `用法：grants [--db PATH] tranches 项目编号 [--seq N]

列出项目（项目编号即立项批准文号）的拨付计划：每期的比例、金额、拨付条件、状态、凭证号、拨付和冲销记录，
以及每个拨付条件是否满足（✓ 满足，✗ 不满足及原因，例如“尚无中期评估”）。
  --seq N         只看第 N 期；有任何条件不满足时退出码为 1，便于脚本判断能否拨付`,
    en: `Usage: grants [--db PATH] tranches CODE [--seq N]

Lists the tranche plan of a project (CODE is the approval number): each tranche's percent, amount, release
condition, state, voucher, releases and reversals, and whether each release condition holds (✓ holds,
✗ fails with the reason, e.g. "no mid-term evaluation yet").
  --seq N         only tranche N; exits 1 when any of its conditions fails, so scripts can tell`,
  },
  audit: {
    zh: `用法：grants [--db PATH] audit verify [--anchor 哈希]

逐条校验操作日志的哈希链：每条日志的哈希须与其内容相符，并与前一条相连。数据库以只读方式打开，不做任何改动
（也不升级）。日志完整时打印条数和链头哈希，退出码 0；否则指出第一条有问题的日志及原因（被修改、之前的日志
缺失、是插入的、顺序被改变），退出码 1。
  --anchor 哈希   之前在数据库之外记下的某条日志的哈希（上次校验打印的链头哈希、日志导出文件中的哈希）；
                  该哈希已不在日志链中时校验失败

局限：仅凭哈希链无法发现最新的若干条日志被整体删除，也无法发现有人从某条日志起全部重写并重新计算哈希。
请把每次校验或导出时的链头哈希保存在数据库之外，下次用 --anchor 核对。`,
    en: `Usage: grants [--db PATH] audit verify [--anchor HASH]

Checks the operation log's hash chain entry by entry: each entry's hash must match its content and link to
the entry before it. The database is opened read-only and never changed (nor migrated). Prints the number of
entries and the head hash and exits 0 when the log is intact; otherwise names the first bad entry and why
(modified, entries before it missing, inserted, out of order) and exits 1.
  --anchor HASH   the hash of an entry recorded outside the database earlier (the head hash a previous check
                  printed, a hash from a log export); the check fails if that hash is no longer in the chain

Limits: the chain alone cannot show that the newest entries were cut off as a block, or that everything from
some entry on was rewritten with recomputed hashes. Keep the head hash of each check or export outside the
database and pass it as --anchor next time.`,
  },
  help: {
    zh: `用法：grants help [命令]

显示全部命令的帮助，或某一个命令的帮助。`,
    en: `Usage: grants help [command]

Shows help for all commands, or for one command.`,
  },
  ...BACKUP_TOPICS,
};

export function isHelpTopic(name: string): name is HelpTopic {
  return name === 'main' || Object.prototype.hasOwnProperty.call(TOPICS, name);
}

export function helpText(topic: HelpTopic, locale: Locale): string {
  return topic === 'main' ? mainHelp(locale) : TOPICS[topic][locale];
}

export function runHelp({ io, locale, positionals }: CommandContext): number {
  const topic = positionals[0] ?? 'main';
  if (!isHelpTopic(topic)) throw new UsageError('usage.unknownCommand', { command: topic });
  io.out(helpText(topic, locale));
  return EXIT_OK;
}

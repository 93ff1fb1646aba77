import type { Locale } from '../contract';
import { defaultDataDir } from '../hosts/data-dir';
import type { CommandContext } from './context';
import { BACKUP_TOPICS } from './help-backup';
import { SUPERVISION_TOPICS } from './help-supervision';
import { REPORT_TOPICS } from './help-report';
import { PACK_TOPICS } from './help-pack';
import { EXPORT_EXPENDITURES, EXPORT_PROJECTS, IMPORT_APPLICATIONS, IMPORT_EXPENDITURES, both } from './help-transfer';
import { EXIT_OK, UsageError } from './output';

export const DEFAULT_PORT = 4800;

type HelpTopic =
  | 'main'
  | 'init'
  | 'serve'
  | 'amount-words'
  | 'import'
  | 'import applications'
  | 'import expenditures'
  | 'export'
  | 'export projects'
  | 'export expenditures'
  | 'tranches'
  | 'audit'
  | 'help'
  | 'backup'
  | 'restore'
  | keyof typeof SUPERVISION_TOPICS
  | keyof typeof PACK_TOPICS
  | 'report'
  | 'verify-report'
  | 'check';

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
  audit anchor                   打印操作日志链头的简短记录，供保存在数据库之外
  help [命令]                    显示帮助
  backup --out 文件夹            备份数据库和附件（程序运行时也可）
  restore 备份文件夹 [--yes]     检查备份并恢复（先关闭程序）
  supervision draw --program 编号 --year 年度 --count N [--seed 种子]
                                 随机抽查：抽取项目并为每个项目选派 2 名无利益冲突的检查人员
  supervision draw --verify 抽查编号
                                 按种子重新抽取，核对随机抽查结果
  report project|tranche|program|batch …
                                 生成 PDF 报告（项目审计报告、拨付审批单、年度汇总、批量）
  verify-report 文件.pdf         用数据库核对报告的指纹
  check                          检查数据库文件是否完好（完整性检查）
  pack export|open|record|results|import …
                                 检查包：离线现场检查的导出、现场记录和导入

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
  audit anchor                   print a short record of the log's head to keep outside the database
  help [command]                 show help
  backup --out FOLDER            back up the database and attachments (also while the app runs)
  restore FOLDER [--yes]         check a backup and restore it (close the app first)
  supervision draw --program CODE --year YEAR --count N [--seed SEED]
                                 random inspection draw: projects, each with 2 inspectors free of conflicts
  supervision draw --verify DRAW
                                 re-run a draw from its seed and check the result
  report project|tranche|program|batch …
                                 generate PDF reports (audit report, release form, annual summary, batch)
  verify-report FILE.pdf         check a report's fingerprint against the database
  check                          check that the database file is sound (integrity check)
  pack export|open|record|results|import …
                                 field packs: export, record offline, import back

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
  import: both(IMPORT_APPLICATIONS, IMPORT_EXPENDITURES),
  export: both(EXPORT_PROJECTS, EXPORT_EXPENDITURES),
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
      grants [--db PATH] audit anchor

audit verify 逐条校验操作日志的哈希链：每条日志的哈希须与其内容相符，并与前一条相连；同时核对保护日志的
触发器和日志表结构与数据库升级时创建的完全一致（删除或改动触发器视为篡改），并核对日志没有比上次校验时短、
上次校验时的链头没有被改写。校验时数据库以只读方式打开（不升级）；全部无误时打印条数和链头哈希，把链头记入
数据库的设置表供下次核对，退出码 0；否则逐条指出问题（被修改、之前的日志缺失、是插入的、顺序被改变、触发器
被删除或改动、日志变短），退出码 1。
  --anchor 哈希   之前在数据库之外记下的某条日志的哈希（audit anchor 打印的 16 位短哈希、上次校验打印的链头
                  哈希、日志导出文件中的哈希）；该哈希已不在日志链中时校验失败

audit anchor 打印当前链头的简短记录（条数、16 位短哈希、时间），供抄录在纸上或保存在数据库之外。

局限：仅凭哈希链无法发现最新的若干条日志被整体删除，也无法发现有人从某条日志起全部重写并重新计算哈希；
数据库中记下的链头也可能被一并改写。请把 audit anchor 的记录保存在数据库之外，下次用 --anchor 核对。`,
    en: `Usage: grants [--db PATH] audit verify [--anchor HASH]
       grants [--db PATH] audit anchor

audit verify checks the operation log's hash chain entry by entry: each entry's hash must match its content
and link to the entry before it. It also checks that the triggers protecting the log and the log table's
schema are exactly as the upgrades created them (a dropped or altered trigger is tampering), and that the log
is not shorter than, nor rewritten at, the head the last check recorded. The database is opened read-only for
the check (never migrated); when all is well it prints the number of entries and the head hash, records that
head in the database's settings for the next check and exits 0; otherwise it names every problem (modified,
entries missing, inserted, out of order, trigger dropped or altered, log shorter) and exits 1.
  --anchor HASH   the hash of an entry recorded outside the database earlier (the 16-digit short hash audit
                  anchor prints, the head hash a previous check printed, a hash from a log export); the check
                  fails if that hash is no longer in the chain

audit anchor prints a short record of the current head (entries, 16-digit short hash, time) to write down on
paper or keep outside the database.

Limits: the chain alone cannot show that the newest entries were cut off as a block, or that everything from
some entry on was rewritten with recomputed hashes, and the head recorded in the database can be rewritten
with it. Keep the audit anchor record outside the database and pass it as --anchor next time.`,
  },
  'import applications': IMPORT_APPLICATIONS,
  'import expenditures': IMPORT_EXPENDITURES,
  'export projects': EXPORT_PROJECTS,
  'export expenditures': EXPORT_EXPENDITURES,
  help: {
    zh: `用法：grants help [命令]

显示全部命令的帮助，或某一个命令的帮助。`,
    en: `Usage: grants help [command]

Shows help for all commands, or for one command.`,
  },
  ...BACKUP_TOPICS,
  ...SUPERVISION_TOPICS,
  ...REPORT_TOPICS,
  ...PACK_TOPICS,
  check: {
    zh: `用法：grants [--db PATH] check

对数据库文件做完整性检查（SQLite integrity_check），完好时退出码 0，否则列出问题、退出码 1。
程序平时打开数据库时不做这项检查（大数据库上要花近一秒），只在上次异常退出（进程被终止、断电）之后、
以及每次备份时检查；怀疑文件有问题时用本命令。`,
    en: `Usage: grants [--db PATH] check

Checks the database file's integrity (SQLite integrity_check): exits 0 when it is sound, else names the
problems and exits 1. Opening the database does not run this check (it takes most of a second on a large
database) except after an unclean exit (a killed process, a power cut), and every backup checks its copy;
run this command when you suspect the file.`,
  },
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

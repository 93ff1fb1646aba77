import type { Locale } from '../contract';

/** Help for import and export, one text per kind, so each prints its own usage. */
export const IMPORT_APPLICATIONS: Record<Locale, string> = {
  zh: `用法：grants [--db PATH] import applications FILE [--dry-run] [--as 用户名]

从 .xlsx 或 .csv 文件导入申报项目，导入后为草稿（预算和绩效指标在系统中补充后再提交）。
文件第 1 行为表头：项目名称、申报机构统一社会信用代码、资金计划编号、项目类别、服务领域、区县、
开始日期、结束日期、申请金额(元)、配套资金(元)，可选“项目类型”；也接受英文表头。空白模板可在界面中下载。
CSV 可为 UTF-8（带或不带 BOM）或 GBK 编码。

全部行无误才导入：只要有一行出错，就什么也不导入，并把每个错误按“第N行 列名: 原因”打印到标准错误，退出码 1。
  --dry-run       只检查、不写入；无误时打印可导入的行数，退出码 0
  --as 用户名     以该用户的名义导入（须为在用账号且有“导入申报项目”权限），记入操作日志；
                  只有一个账号有此权限时可省略`,
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
                    operation log records; may be left out when exactly one account has that permission`,
};

export const IMPORT_EXPENDITURES: Record<Locale, string> = {
  zh: `用法：grants [--db PATH] import expenditures FILE [--dry-run] [--as 用户名]

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
  en: `Usage: grants [--db PATH] import expenditures FILE [--dry-run] [--as USERNAME]

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
};

export const EXPORT_PROJECTS: Record<Locale, string> = {
  zh: `用法：grants [--db PATH] export projects --out FILE [--as 用户名]

把全部申报项目导出为 .xlsx 或 .csv（按 FILE 的扩展名）。前十列即导入模板的列，之后是项目类型、申报编号、
状态、机构名称、批准金额(元)、评审均分、提交时间；金额为精确到分的元，日期为 ISO 格式。
CSV 为带 BOM 的 UTF-8，以 = + - @ 开头的文字前加单引号，防止被当作公式执行。
导出记入操作日志：--as 指定导出人（须有“导出数据”权限），否则记为操作系统账号（cli:账号名）。`,
  en: `Usage: grants [--db PATH] export projects --out FILE [--as USERNAME]

Exports every application as .xlsx or .csv (by the extension of FILE). The first ten columns are the import
template's, then project kind, application number, state, organization, approved amount, mean score and
submission time; amounts are exact decimal yuan, dates ISO. CSV is UTF-8 with a BOM, and text starting with
= + - @ gets a leading apostrophe so no spreadsheet runs it as a formula.
The export is logged: --as names who exported (with the "export data" permission); otherwise the log names
the operating-system account (cli:name).`,
};

export const EXPORT_EXPENDITURES: Record<Locale, string> = {
  zh: `用法：grants [--db PATH] export expenditures --project 项目编号 --out FILE [--as 用户名]

按凭证号顺序导出一个项目的支出台账为 .xlsx 或 .csv：项目编号、凭证号、日期、发票号、预算科目、科目名称、
资金性质、收款方、摘要、金额(元)、垫支、费用类型、冲销凭证号、冲销原因、被冲销凭证号、登记人、登记时间。
红字冲销为负数金额，“冲销凭证号”为其冲销的原凭证。导出的文件可用 import expenditures 原样导入（例如导入
另一个数据库中的同一项目），金额精确到分。导出同样记入操作日志。`,
  en: `Usage: grants [--db PATH] export expenditures --project CODE --out FILE [--as USERNAME]

Exports one project's ledger in voucher order as .xlsx or .csv: project code, voucher, date, invoice, budget
line, category, funding share, payee, summary, amount, advance, cost type, the voucher a reversal reverses and
why, the voucher that reversed a line, who posted it and when. Reversals are negative amounts. The file imports
again as it is with import expenditures (into the same project in another database, say), exact to the fen.
The export is logged as above.`,
};

/** A command with several kinds (import applications / expenditures) shows all of them under its own name. */
export function both(a: Record<Locale, string>, b: Record<Locale, string>): Record<Locale, string> {
  return { zh: `${a.zh}\n\n${b.zh}`, en: `${a.en}\n\n${b.en}` };
}

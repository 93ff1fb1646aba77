import type { Locale } from '../contract';

/** Help for `grants report` and `grants verify-report`; merged into help.ts's topics. */
export const REPORT_TOPICS: Record<'report' | 'verify-report', Record<Locale, string>> = {
  report: {
    zh: `用法：
  grants report project 项目编号 --out 文件.pdf [--as 用户名]       项目审计报告
  grants report tranche 项目编号 --seq N --out 文件.pdf             第 N 期资金拨付审批单
  grants report program 资金计划编号 --year 年度 --out 文件.pdf     资金计划年度汇总
  grants report batch --program 资金计划编号 --year 年度 --out-dir 文件夹
                                                                    该计划年度每个项目的审计报告（多线程）
  grants report disclosure --year 年度 --out 文件.pdf               彩票公益金使用情况公告（次年 6 月底前公告）
  grants report inspection 检查记录编号 --out 文件.pdf              检查报告
  grants report rectification-notice --org 统一社会信用代码 --out 文件.pdf
                                                                    该机构未完成整改事项的整改通知书
  grants report evaluation 评估编号 --out 文件.pdf                  评估报告
项目编号为批复文号（如 渝民发〔2015〕76号）。每份报告得到一个连续编号 BG-年度-NNNN 和指纹（SHA-256，覆盖报告
所示数据和生成时操作日志的链头），登记在报告登记簿中并记入操作日志。页脚印有指纹前 16 位，PDF 元数据中有
完整指纹，封面二维码包含编号和指纹。项目未结项、年度未结账、拨付尚未完成、检查未签字确认或评估未完成时，报告带“草稿”水印。
--lang en 生成英文版。批量生成时某个项目失败不会中断，最后列出失败的项目并以退出码 1 结束。`,
    en: `Usage:
  grants report project CODE --out FILE.pdf [--as USERNAME]         project audit report
  grants report tranche CODE --seq N --out FILE.pdf                 release approval form of tranche N
  grants report program PROGRAM --year YEAR --out FILE.pdf          fund program annual summary
  grants report batch --program PROGRAM --year YEAR --out-dir FOLDER
                                                                    every project's audit report (worker threads)
  grants report disclosure --year YEAR --out FILE.pdf               lottery fund use notice (due by end of June next year)
  grants report inspection ID --out FILE.pdf                        inspection report
  grants report rectification-notice --org CREDITCODE --out FILE.pdf
                                                                    rectification notice for the organization's open items
  grants report evaluation ID --out FILE.pdf                        evaluation report
CODE is the approval number (e.g. 渝民发〔2015〕76号). Each report gets the next number BG-YEAR-NNNN and a
fingerprint (SHA-256 over the data shown and the operation log's head when generated), is entered in the report
register and logged. The footer prints the first 16 digits of the fingerprint, the PDF metadata holds it in
full, and the cover's QR code holds the number and the fingerprint. A report is watermarked DRAFT while the
project is not closed, the year not locked, the tranche not released, the inspection not signed off or the
evaluation not finalized. --lang en gives the English version.
A batch goes on past a failed project, names it at the end and exits 1.`,
  },
  'verify-report': {
    zh: `用法：grants verify-report 文件.pdf

按报告登记簿中记录的生成时间和操作日志链头，从当前数据库重新计算报告指纹，与 PDF 中的指纹比较。一致则退出码
0；不一致则列出报告生成后操作日志中与该报告有关的记录（对象按业务编号，如 凭证号 2015-0044），退出码 1。
只读，不写入数据库。`,
    en: `Usage: grants verify-report FILE.pdf

Recomputes the report's fingerprint from the database as it is now (at the time and operation-log head the
register recorded) and compares it with the PDF's. Exit 0 when they match; otherwise lists the log entries about
the report made since it was generated (objects by their business keys, e.g. voucher 2015-0044) and exits 1.
Reads only.`,
  },
};

import type { Content } from 'pdfmake/interfaces';
import type { Locale } from '../contract/errors';
import { beijingTime, dataTable, note, paren, subTitle, text, totalLine, yuan, type Cell } from './layout';
import { compactTable, type CompactCell, type CompactColumn } from './compact-table';
import { pick, tx } from './text';
import type { ProjectReportData } from './types';

/** The money sections of the project audit report: funds received, budget execution, expenditure detail. */

export function fundsReceived(d: ProjectReportData, locale: Locale): Content[] {
  const p = (zh: string, en: string) => pick(locale, zh, en);
  if (d.tranches.length === 0) return [note(tx('empty.tranches', locale))];
  const rows: Cell[][] = d.tranches.map((t) => [
    p(`第${t.seq}期`, `No. ${t.seq}`),
    `${t.percent}%`,
    t.amountFen,
    t.condition + (t.milestoneName ? paren(locale, t.milestoneName) : ''),
    t.state,
    text(t.voucherNo),
    text(t.voucherDate),
    t.preparedBy ? `${t.preparedBy} ${beijingTime(t.preparedAt)}` : '—',
    t.releasedBy ? `${t.releasedBy} ${beijingTime(t.releasedAt)}` : '—',
  ]);
  const out: Content[] = [
    dataTable(
      [
        { header: p('期次', 'Tranche') },
        { header: p('比例', 'Share') },
        { header: p('金额', 'Amount'), money: true },
        { header: p('拨付条件', 'Condition'), width: '*' },
        { header: p('状态', 'State') },
        { header: p('凭证号', 'Voucher') },
        { header: p('凭证日期', 'Voucher date') },
        { header: p('经办（编制）', 'Prepared (maker)'), width: 70 },
        { header: p('复核（拨付）', 'Released (checker)'), width: 70 },
      ],
      rows,
      locale,
      { totalLabel: tx('total', locale) },
    ),
  ];
  const history = d.tranches.flatMap((t) =>
    t.history.map((h): Cell[] => [
      p(`第${t.seq}期`, `No. ${t.seq}`),
      h.kind === 'release'
        ? p('拨付', 'release')
        : h.kind === 'reversal'
          ? p('冲销', 'reversal')
          : p('取消', 'cancellation'),
      h.amountFen,
      text(h.voucherNo),
      h.date,
      h.by,
      text(h.reason),
    ]),
  );
  if (history.length > 0) {
    out.push(subTitle(p('拨付与冲销记录', 'Releases and reversals')));
    out.push(
      dataTable(
        [
          { header: p('期次', 'Tranche') },
          { header: p('类型', 'Kind') },
          { header: p('金额', 'Amount'), money: true },
          { header: p('凭证号', 'Voucher') },
          { header: p('日期', 'Date') },
          { header: p('经办人', 'By') },
          { header: p('原因', 'Reason'), width: '*' },
        ],
        history,
        locale,
      ),
    );
  }
  out.push(totalLine(p('到位财政资金', 'Grant funds received'), d.grantReceivedFen, locale));
  return out;
}

export function budgetSection(d: ProjectReportData, locale: Locale): Content[] {
  const p = (zh: string, en: string) => pick(locale, zh, en);
  const out: Content[] = [subTitle(p('预算版本', 'Budget versions'))];
  for (const v of d.versions) {
    const by =
      v.version === 1
        ? p(`立项批准 ${beijingTime(v.approvedAt)}`, `approval ${beijingTime(v.approvedAt)}`)
        : p(
            `申请人 ${text(v.requestedBy)}，批准人 ${text(v.approvedBy)}，${beijingTime(v.approvedAt)}；原因：${text(v.reason)}`,
            `requested by ${text(v.requestedBy)}, approved by ${text(v.approvedBy)}, ${beijingTime(v.approvedAt)}; reason: ${text(v.reason)}`,
          );
    out.push(note(p(`第 ${v.version} 版：${by}`, `Version ${v.version}: ${by}`)));
    out.push(
      dataTable(
        [
          { header: p('预算科目', 'Budget line'), width: '*' },
          { header: p('财政资金', 'Grant'), money: true },
          { header: p('配套资金', 'Matching'), money: true },
        ],
        v.lines.map((l) => [`${l.lineCode} ${l.categoryName}`, l.amountFen, l.matchingFen]),
        locale,
        { totalLabel: tx('total', locale) },
      ),
    );
  }
  out.push(subTitle(p('预算调整记录', 'Budget adjustments')));
  if (d.adjustments.length === 0) out.push(note(tx('empty.adjustments', locale)));
  else
    out.push(
      dataTable(
        [
          { header: p('基于版本', 'Base') },
          { header: p('形成版本', 'Result') },
          { header: p('状态', 'State') },
          { header: p('申请人', 'Requested by') },
          { header: p('申请时间', 'Requested') },
          { header: p('审批人', 'Decided by') },
          { header: p('原因', 'Reason'), width: '*' },
        ],
        d.adjustments.map((a) => [
          a.baseVersion,
          text(a.resultVersion),
          a.state,
          a.requestedBy,
          beijingTime(a.requestedAt),
          text(a.decidedBy),
          a.decisionReason ? `${a.reason}；${a.decisionReason}` : a.reason,
        ]),
        locale,
      ),
    );
  out.push(subTitle(p('预算执行（按科目）', 'Budget against actual, by line')));
  const rows: Cell[][] = d.execution.rows.map((r) => [
    `${r.lineCode} ${r.categoryName}`,
    r.total.originalFen,
    r.total.currentFen,
    r.grant.actualFen,
    r.matching.actualFen,
    r.total.actualFen,
    r.total.balanceFen,
    r.total.rate,
  ]);
  const t = d.execution.total;
  out.push(
    dataTable(
      [
        { header: p('预算科目', 'Budget line'), width: '*' },
        { header: p('原预算', 'Original'), money: true },
        { header: p('调整后预算', 'Adjusted'), money: true },
        { header: p('财政资金支出', 'Grant spent'), money: true },
        { header: p('配套资金支出', 'Matching spent'), money: true },
        { header: p('实际支出', 'Actual'), money: true },
        { header: p('结余', 'Balance'), money: true },
        { header: p('执行率', 'Rate'), align: 'right' },
      ],
      rows,
      locale,
      {
        totalLabel: tx('total', locale),
        totals: [
          null,
          t.total.originalFen,
          t.total.currentFen,
          t.grant.actualFen,
          t.matching.actualFen,
          t.total.actualFen,
          t.total.balanceFen,
          null,
        ],
      },
    ),
  );
  out.push(note(p(`总体执行率：${t.total.rate}`, `Overall execution rate: ${t.total.rate}`)));
  out.push(totalLine(p('调整后预算合计', 'Adjusted budget total'), t.total.currentFen, locale));
  out.push(totalLine(p('实际支出合计', 'Actual spending total'), t.total.actualFen, locale));
  out.push(totalLine(p('预算结余合计', 'Budget balance total'), t.total.balanceFen, locale));
  return out;
}

export function ledgerSection(d: ProjectReportData, locale: Locale): Content[] {
  const p = (zh: string, en: string) => pick(locale, zh, en);
  if (d.ledger.length === 0) return [note(tx('empty.ledger', locale))];
  let grant = 0;
  let matching = 0;
  const rows: CompactCell[][] = d.ledger.map((l) => {
    if (l.share === 'grant') grant += l.amountFen;
    else matching += l.amountFen;
    const marks = [
      l.reversesVoucherNo
        ? p(`红字冲销 ${l.reversesVoucherNo}：${l.reason}`, `Reversal of ${l.reversesVoucherNo}: ${l.reason}`)
        : '',
      l.reversedByVoucherNo ? p(`已被 ${l.reversedByVoucherNo} 冲销`, `Reversed by ${l.reversedByVoucherNo}`) : '',
      l.advance ? p('垫支', 'advance') : '',
    ].filter(Boolean);
    const summary = [l.summary, ...marks].join(p('；', '; '));
    const amount = yuan(l.amountFen);
    return [
      l.voucherNo,
      l.date,
      text(l.invoiceNo),
      l.lineCode,
      l.share === 'grant' ? p('财政', 'Grant') : p('配套', 'Matching'),
      l.payee,
      summary,
      l.amountFen < 0 ? { text: amount, red: true } : amount,
    ];
  });
  const columns: CompactColumn[] = [
    { header: p('凭证号', 'Voucher') },
    { header: p('日期', 'Date') },
    { header: p('发票号', 'Invoice') },
    { header: p('科目', 'Line') },
    { header: p('资金', 'Share') },
    { header: p('收款方', 'Payee'), width: 96 },
    { header: p('摘要', 'Summary'), width: '*' },
    { header: p('金额', 'Amount'), money: true },
  ];
  const table = compactTable(columns, rows, locale, {
    fontSize: 7,
    totalLabel: tx('total', locale),
    total: yuan(grant + matching),
  });
  return [
    table,
    totalLine(p('财政资金支出合计', 'Grant spending total'), grant, locale),
    totalLine(p('配套资金支出合计', 'Matching spending total'), matching, locale),
    totalLine(p('支出合计', 'Spending total'), grant + matching, locale),
  ];
}

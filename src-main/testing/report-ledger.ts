import type { LedgerRow, ProjectReportData, ReportMeta } from '../reports/index';

/**
 * A project audit report's data with a synthetic ledger of any length (the benchmark's 10,000 lines, the
 * read-back tests' few hundred): voucher numbers 2015-00001…, four payees and summaries in turn, one line in
 * seven on matching funds.
 */
export function syntheticLedger(lines: number): LedgerRow[] {
  const payees = ['重庆山城会务服务有限公司', '社区居民委员会', '重庆市社会工作者协会', '项目社工刘洋'];
  const summaries = ['社区主题活动场地租金', '志愿者培训讲课费', '支付专职社工工资', '亲子活动保险费'];
  return Array.from({ length: lines }, (_, i) => ({
    voucherNo: `2015-${String(i + 1).padStart(5, '0')}`,
    date: `2015-${String((i % 12) + 1).padStart(2, '0')}-15`,
    invoiceNo: String(10_000_000 + i * 7919),
    lineCode: `0${(i % 5) + 1}`,
    share: i % 7 === 0 ? ('matching' as const) : ('grant' as const),
    payee: payees[i % payees.length]!,
    summary: summaries[i % summaries.length]!,
    amountFen: 1_000 + ((i * 104_729) % 2_500_000),
    advance: false,
    reversesVoucherNo: null,
    reversedByVoucherNo: null,
    reason: '',
    postedBy: '王芳',
  }));
}

export function syntheticProject(rows: LedgerRow[]): ProjectReportData {
  const actual = rows.reduce((s, r) => s + r.amountFen, 0);
  const a = { originalFen: actual, currentFen: actual, actualFen: actual, balanceFen: 0, rate: '100.00%' };
  const project = {
    applicationCode: 'SB-2015-0001',
    agreementNumber: '渝民发〔2015〕1号',
    name: '基准测试项目',
    classCode: 'B',
    className: '承接社会服务试点项目',
    projectKind: '社会工作服务项目',
    serviceArea: '社区服务',
    districtCode: '500103',
    beneficiaries: '社区居民',
    beneficiaryCount: 3000,
    periodStart: '2015-01-01',
    periodEnd: '2015-12-31',
    objectives: '',
    requestedFen: actual,
    approvedFen: actual,
    signedDate: '2015-01-10',
    organizationName: '重庆市渝中区阳光社会工作服务中心',
    organizationCreditCode: '52500103MJ0000001X',
  };
  return {
    program: { code: 'CQ-ZY-2015', name: '2015年中央财政支持社会组织参与社会服务项目', source: '中央财政', year: 2015 },
    project,
    tranches: [],
    grantReceivedFen: actual,
    versions: [],
    adjustments: [],
    execution: {
      rows: [{ lineCode: '01', categoryName: '人员经费', grant: a, matching: a, total: a }],
      total: { grant: a, matching: a, total: a },
    },
    ledger: rows,
    milestones: [],
    indicators: [],
    inspections: [],
    rectifications: [],
    evaluations: [],
    recoveries: [],
    closeOut: {
      checklist: [],
      grantReceivedFen: actual,
      grantSpentFen: actual,
      grantRecoveredFen: 0,
      grantBalanceAfterRecoveryFen: 0,
      matchingCommittedFen: 0,
      matchingSpentFen: 0,
      recoveryOutstandingFen: 0,
      closed: null,
    },
    log: [],
  };
}

export const SYNTHETIC_META: ReportMeta = {
  kind: 'project',
  number: 'BG-2026-0001',
  fingerprint: 'a'.repeat(64),
  generatedAt: '2026-01-01T00:00:00.000Z',
  generatedBy: 'bench',
  locale: 'zh',
  draft: true,
  logEntries: 0,
  logHeadHash: '0'.repeat(64),
};

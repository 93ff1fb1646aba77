import { describe, expect, it } from 'vitest';
import { canonicalJson, fingerprintInput } from './canonical';
import { inWords, qrPayload } from './layout';
import { projectReport } from './project';
import type { ProjectReportData, ReportMeta } from './types';

const amounts = { originalFen: 100_00, currentFen: 100_00, actualFen: 150_00, balanceFen: -50_00, rate: '150.00%' };
const DATA: ProjectReportData = {
  program: { code: 'P', name: '计划', source: '中央财政', year: 2015 },
  project: {
    applicationCode: 'SB-2015-0001',
    agreementNumber: '渝民发〔2015〕1号',
    name: '项目',
    classCode: 'A',
    className: '示范',
    projectKind: '社会工作服务项目',
    serviceArea: '扶老',
    districtCode: '500103',
    beneficiaries: '老人',
    beneficiaryCount: 10,
    periodStart: '2015-01-01',
    periodEnd: '2015-12-31',
    objectives: '',
    requestedFen: 100_00,
    approvedFen: 100_00,
    signedDate: null,
    organizationName: '机构',
    organizationCreditCode: null,
  },
  tranches: [],
  grantReceivedFen: 0,
  versions: [],
  adjustments: [],
  execution: {
    rows: [{ lineCode: '01', categoryName: '人员经费', grant: amounts, matching: amounts, total: amounts }],
    total: { grant: amounts, matching: amounts, total: amounts },
  },
  ledger: Array.from({ length: 3 }, (_, i) => ({
    voucherNo: `2015-000${i + 1}`,
    date: '2015-02-01',
    invoiceNo: '',
    lineCode: '01',
    share: 'grant' as const,
    payee: '收款方',
    summary: '摘要',
    amountFen: 50_00,
    advance: false,
    reversesVoucherNo: null,
    reversedByVoucherNo: null,
    reason: '',
    postedBy: '王芳',
  })),
  milestones: [],
  indicators: [],
  inspections: [],
  rectifications: [],
  evaluations: [],
  recoveries: [],
  closeOut: {
    checklist: [],
    grantReceivedFen: 0,
    grantSpentFen: 150_00,
    grantRecoveredFen: 0,
    grantBalanceAfterRecoveryFen: -150_00,
    matchingCommittedFen: 0,
    matchingSpentFen: 0,
    recoveryOutstandingFen: 0,
    closed: null,
  },
  log: [],
};
const META: ReportMeta = {
  kind: 'project',
  number: 'BG-2026-0001',
  fingerprint: 'f'.repeat(64),
  generatedAt: '2026-01-01T00:00:00.000Z',
  generatedBy: '审计员',
  locale: 'zh',
  draft: true,
  logEntries: 0,
  logHeadHash: '0'.repeat(64),
};

/** Every node of a document definition, depth first. */
function* nodes(value: unknown): Generator<Record<string, unknown>> {
  if (Array.isArray(value)) for (const v of value) yield* nodes(v);
  else if (value !== null && typeof value === 'object') {
    yield value as Record<string, unknown>;
    for (const v of Object.values(value)) yield* nodes(v);
  }
}

describe('report document definitions', () => {
  it('keep every table row whole and repeat every table header, with 单位：元 above amounts', () => {
    const doc = projectReport(DATA, META);
    const tables = [...nodes(doc.content)].filter((n) => 'table' in n).map((n) => n.table as Record<string, unknown>);
    expect(tables.length).toBeGreaterThan(4);
    for (const t of tables) {
      expect(t.dontBreakRows).toBe(true);
      if ('headerRows' in t) expect(t.headerRows).toBeGreaterThanOrEqual(1);
    }
    const texts = [...nodes(doc.content)].map((n) => n.text).filter((t) => typeof t === 'string');
    expect(texts).toContain('单位：元');
    expect(texts).toContain('支出合计：150.00 元\u3000大写：人民币壹佰伍拾元整');
    expect(texts).toContain('无检查记录');
    expect(texts).toContain('无整改事项');
    expect(texts).toContain('无评估记录');
    // Overspending is raised as an issue with its action.
    expect(texts.some((t) => /超支 50\.00 元/.test(String(t)))).toBe(true);
  });

  it('watermarks drafts only, and puts the number and fingerprint in the metadata and the QR code', () => {
    const draft = projectReport(DATA, META);
    expect(draft.watermark).toMatchObject({ text: '草稿' });
    expect(projectReport(DATA, { ...META, draft: false }).watermark).toBeUndefined();
    expect(draft.info).toMatchObject({ GrantsReportNo: 'BG-2026-0001', GrantsFingerprint: 'f'.repeat(64) });
    expect([...nodes(draft.content)].find((n) => 'qr' in n)?.qr).toBe(qrPayload(META));
    expect(draft.pageSize).toBe('A4');
    const footer = (draft.footer as (p: number, n: number) => { columns: { text: string }[] })(2, 7);
    expect(footer.columns.map((c) => c.text)).toEqual([
      '报告编号 BG-2026-0001 · 指纹 ffffffffffffffff',
      '第 2 页 共 7 页',
    ]);
  });

  it('lists findings with their severity and open items as issues, in the report language', () => {
    const data: ProjectReportData = {
      ...DATA,
      inspections: [
        {
          kind: 'financial inspection',
          date: '2015-07-14',
          inspectors: 'Sun Lei, He Jing',
          findings: [{ seq: 1, severity: 'severe', description: 'grant not accounted separately' }],
          signedOffBy: 'Sun Lei',
          signedOffAt: '2015-07-14T02:00:00.000Z',
        },
      ],
      rectifications: [
        {
          seq: 1,
          severity: 'severe',
          requirement: 'keep a separate account',
          owner: 'Li',
          deadline: '2015-09-04',
          state: 'open (overdue)',
          verifiedBy: null,
          verifiedAt: null,
        },
      ],
    };
    const texts = [...nodes(projectReport(data, { ...META, locale: 'en' }).content)]
      .map((n) => n.text)
      .filter((t) => typeof t === 'string');
    expect(texts).toContain('1. [severe] grant not accounted separately');
    expect(texts).toContain('Sun Lei 2015-07-14 10:00:00');
    expect(texts).toContain('open (overdue)');
    expect(
      texts.some((t) => String(t).includes('Open rectification 1: keep a separate account (due 2015-09-04)')),
    ).toBe(true);
    expect(texts).not.toContain('No inspections recorded');
    for (const t of texts) expect(String(t)).not.toMatch(/[，。：；（）【】、]/);
  });

  it('writes a negative total as 负 before its 大写', () => {
    expect(inWords(-65_336_75)).toBe('负人民币陆万伍仟叁佰叁拾陆元柒角伍分');
    expect(inWords(0)).toBe('人民币零元整');
  });

  it('hashes a canonical form: key order does not matter, values do', () => {
    expect(canonicalJson({ b: 1, a: [{ d: null, c: '元' }] })).toBe('{"a":[{"c":"元","d":null}],"b":1}');
    const meta = {
      kind: 'project',
      number: 'BG-2026-0001',
      generatedAt: 'x',
      generatedBy: 'y',
      locale: 'zh',
      draft: true,
    };
    expect(fingerprintInput(meta, { a: 1, b: 2 }, 'h')).toBe(fingerprintInput(meta, { b: 2, a: 1 }, 'h'));
    expect(fingerprintInput(meta, { a: 1 }, 'h')).not.toBe(fingerprintInput(meta, { a: 2 }, 'h'));
    expect(fingerprintInput(meta, { a: 1 }, 'h')).not.toBe(fingerprintInput(meta, { a: 1 }, 'h2'));
  });
});

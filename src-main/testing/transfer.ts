import { makeCreditCode, ruleSetTemplate, type Locale } from '../contract/index';
import { insertFundProgram } from '../db/fund-programs-repo';
import { insertOrganization } from '../db/organizations-repo';
import type { ServiceContext, SessionUser } from '../services/context';
import { addUser, contextFor, openTestApp, type TestApp } from './services';

/**
 * Test support for imports and exports: a real database with a project officer, two fund programs
 * (CQ-ZY-2015 central with classes A–D, CQ-FC-2016 lottery with A–C) and `orgCount` registered organizations.
 */
export interface TransferFixture extends TestApp {
  officer: SessionUser;
  orgCodes: string[];
  /** Runs `fn` in one write transaction, as dispatch does; a throw rolls everything back. */
  run<T>(fn: (ctx: ServiceContext) => T, locale?: Locale): T;
}

export function orgCode(i: number): string {
  return makeCreditCode('52', '500103', `MJ${String(i).padStart(7, '0')}`);
}

export function openTransferFixture(orgCount = 60): TransferFixture {
  const t = openTestApp();
  const officer = addUser(t.app, 'officer', ['project']);
  const meta = { now: t.clock.now().toISOString(), createdBy: officer.id };
  const program = (code: string, year: number, source: 'CENTRAL' | 'LOTTERY') => ({
    code,
    name: `${year}年${source === 'CENTRAL' ? '中央财政支持社会组织参与社会服务项目' : '市级福彩公益金项目'}`,
    source,
    year,
    totalAllocationFen: 1_000_000_000,
    applicationStart: null,
    applicationEnd: null,
    notes: '',
    ruleSet: ruleSetTemplate(source),
  });
  insertFundProgram(t.app.db, program('CQ-ZY-2015', 2015, 'CENTRAL'), meta);
  insertFundProgram(t.app.db, program('CQ-FC-2016', 2016, 'LOTTERY'), meta);
  const orgCodes: string[] = [];
  const insertOrgs = t.app.db.transaction(() => {
    for (let i = 1; i <= orgCount; i++) {
      const code = orgCode(i);
      orgCodes.push(code);
      insertOrganization(
        t.app.db,
        {
          name: `重庆市渝中区第${i}社会工作服务中心`,
          creditCode: code,
          kind: 'social_service',
          registration: 'registered',
          districtCode: '500103',
          legalRepresentative: '',
          contactPerson: '',
          phone: '',
          foundedDate: null,
          rating: null,
        },
        meta,
      );
    }
  });
  insertOrgs();
  return {
    ...t,
    officer,
    orgCodes,
    run(fn, locale = 'zh') {
      return t.app.db.transaction(() => fn({ ...contextFor(t.app, officer), locale })).immediate();
    },
  };
}

export const TEMPLATE_HEADER = [
  '项目名称',
  '申报机构统一社会信用代码',
  '资金计划编号',
  '项目类别',
  '服务领域',
  '区县',
  '开始日期',
  '结束日期',
  '申请金额(元)',
  '配套资金(元)',
];

/** A valid template row for organization i. */
export function validRow(i: number, overrides: Partial<Record<string, string>> = {}): string[] {
  const base: Record<string, string> = {
    项目名称: `“阳光助老”社区服务项目第${i}期`,
    申报机构统一社会信用代码: orgCode(i),
    资金计划编号: 'CQ-ZY-2015',
    项目类别: 'C',
    服务领域: '扶老',
    区县: '渝中区',
    开始日期: '2015-03-01',
    结束日期: '2015-12-31',
    '申请金额(元)': `${100000 + i}.5${i % 10}`,
    '配套资金(元)': '20,000.00',
    ...overrides,
  };
  return TEMPLATE_HEADER.map((h) => base[h] ?? '');
}

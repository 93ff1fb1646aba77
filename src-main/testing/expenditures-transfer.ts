import { getAgreementByApplication } from '../db/agreements-repo';
import type { Db } from '../db/connection';
import { listAllLedgerLines } from '../db/ledger-repo';
import { openAppsFixture, type AppsFixture } from './applications';
import { centralProject } from './ledger';
import type { ServiceContext, SessionUser } from '../services/context';
import { csvText } from './spreadsheet-files';
import { importExpenditures } from '../services/transfer/expenditures/import';

/**
 * Test support for the expenditure import and export, on top of services/ledger/testing.ts (a central 2015
 * project: 2015-03-01..2015-12-31, lines 01 STAFF 14,000.00 / 02 ACTIVITY 23,000.00 / 03 PUBLICITY 3,000.00,
 * tolerance 10%, 24,000.00 of grant received). Not used by the app.
 */
export const HEADER = ['项目编号', '日期', '发票号', '预算科目', '资金性质', '收款方', '摘要', '金额(元)'];

export type RowPatch = Partial<Record<string, string>>;

/** A valid row for the project `code`: 2015-06-01, line 02, 配套资金, 100.00 元. */
export function row(code: string, patch: RowPatch = {}, header: readonly string[] = HEADER): string[] {
  const base: Record<string, string> = {
    项目编号: code,
    日期: '2015-06-01',
    发票号: 'No.00001',
    预算科目: '02',
    资金性质: '配套资金',
    收款方: '渝中区文印服务部',
    摘要: '小组活动物料',
    '金额(元)': '100.00',
    ...patch,
  };
  return header.map((h) => base[h] ?? '');
}

export function csvUpload(rows: string[][], fileName = 'ledger.csv') {
  return { fileName, bytes: Buffer.from(csvText(rows), 'utf8') };
}

export function codeOf(f: AppsFixture, applicationId: number): string {
  return getAgreementByApplication(f.app.db, applicationId)!.agreementNumber;
}

/** A fresh fixture with the central project (see above): its 项目编号 and agreement, for an import's rows. */
export function openImportFixture(): { f: AppsFixture; code: string; agreementId: number } {
  const f = openAppsFixture();
  const p = centralProject(f, { org: 0 });
  return { f, code: codeOf(f, p.id), agreementId: p.agreementId };
}

/** Runs the import as the CLI does: one immediate transaction, all or nothing. */
export function runImport(
  f: AppsFixture,
  user: SessionUser,
  upload: { fileName: string; bytes: Uint8Array },
  opts: { dryRun?: boolean; locale?: 'zh' | 'en' } = {},
): { ctx: ServiceContext; result: ReturnType<typeof importExpenditures> } {
  const ctx = { ...f.as(user), locale: opts.locale ?? 'zh' };
  const result = f.app.db.transaction(() => importExpenditures(ctx, upload, opts)).immediate();
  return { ctx, result };
}

/** A project's ledger without ids and posting metadata, to compare two ledgers line by line. */
export function ledgerOf(f: AppsFixture, applicationId: number, db: Db = f.app.db) {
  const agreementId = getAgreementByApplication(db, applicationId)!.id;
  return listAllLedgerLines(db, agreementId).map((l) => ({
    voucherNo: l.voucherNo,
    date: l.date,
    invoiceNo: l.invoiceNo,
    lineCode: l.lineCode,
    share: l.share,
    costType: l.costType,
    payee: l.payee,
    summary: l.summary,
    amountFen: l.amountFen,
    advance: l.advance,
    reversesVoucherNo: l.reversesVoucherNo,
    reversedByVoucherNo: l.reversedByVoucherNo,
    reason: l.reason,
  }));
}

import { makeCreditCode } from '../contract/index';
import { getAgreementByApplication } from '../db/agreements-repo';
import { insertOrganization } from '../db/organizations-repo';
import * as apps from '../services/applications/index';
import { driveTo, validInput, type AppsFixture } from './applications';
import type { ServiceContext } from '../services/context';
import * as tranches from '../services/tranches/index';
import type { Expenditure } from '../services/ledger/post';

/**
 * Test support for the ledger and budget services. A central project (2015-03-01..2015-12-31, approved
 * 40,000.00 元: 01 STAFF 14,000.00, 02 ACTIVITY 23,000.00, 03 PUBLICITY 3,000.00; tolerance 10%), signed,
 * with its first tranche (60%, 24,000.00 元) released unless asked not to. Not used by the app.
 */
export function centralProject(f: AppsFixture, opts: { release?: boolean; org?: number; orgId?: number } = {}) {
  const id = driveTo(f, 'approved', validInput(f.central, opts.orgId ?? f.orgs[opts.org ?? 0]!));
  apps.sign(f.as(f.users.finance), { applicationId: id, signedDate: '2015-11-08' });
  if (opts.release ?? true) releaseFirstTranche(f, id);
  return { id, agreementId: getAgreementByApplication(f.app.db, id)!.id };
}

/** The same for the lottery 2016 program (2016-03-01..2016-12-31, 10% matching), tranche not released. */
export function lotteryProject(f: AppsFixture) {
  const input = validInput(f.lottery, f.orgs[1]!, {
    periodStart: '2016-03-01',
    periodEnd: '2016-12-31',
    matchingFen: 400_000,
  });
  const id = driveTo(f, 'approved', input);
  return { id, agreementId: getAgreementByApplication(f.app.db, id)!.id };
}

let orgSerial = 0;
/** One more registered organization, for tests that need a fresh applicant each time. */
export function newOrganization(f: AppsFixture): number {
  orgSerial++;
  return insertOrganization(
    f.app.db,
    {
      name: `台账测试社会工作服务中心${orgSerial}`,
      creditCode: makeCreditCode('52', '500103', `LT${String(orgSerial).padStart(7, '0')}`),
      kind: 'social_service',
      registration: 'registered',
      districtCode: '500103',
      legalRepresentative: '',
      contactPerson: '',
      phone: '',
      foundedDate: null,
      rating: null,
    },
    { now: f.clock.now().toISOString(), createdBy: f.users.admin.id },
  );
}

export function releaseFirstTranche(f: AppsFixture, applicationId: number): void {
  const first = tranches.list(f.as(f.users.finance), { applicationId }).tranches[0]!;
  tranches.prepare(f.as(f.users.finance), {
    trancheId: first.id,
    voucherNo: '记-2015-0101',
    voucherDate: '2015-11-08',
  });
  tranches.release(f.as(f.users.finance2), { trancheId: first.id });
}

export function expense(patch: Partial<Expenditure> = {}): Expenditure {
  return {
    date: '2015-06-01',
    invoiceNo: 'No.00001',
    lineCode: '02',
    share: 'matching',
    payee: '渝中区文印服务部',
    summary: '小组活动物料',
    amountFen: 10_000,
    advance: false,
    costType: null,
    ...patch,
  };
}

/** Runs a service call as dispatch does: all or nothing. */
export function inTransaction<T>(ctx: ServiceContext, fn: () => T): T {
  return ctx.db.transaction(fn)();
}

/** SQL the tests need where no service exists in this area: a closed project and a locked year. */
export function closeProject(f: AppsFixture, agreementId: number): void {
  f.app.db
    .prepare(
      `INSERT INTO project_closeouts (agreement_id, closed_date, approved_fen, grant_received_fen, grant_spent_fen,
         matching_spent_fen, recovered_fen, checklist, closed_by, closed_at)
       VALUES (?, '2015-12-31', 0, 0, 0, 0, 0, '[]', ?, '2016-01-05T00:00:00.000Z')`,
    )
    .run(agreementId, f.users.finance.id);
}

export function lockYear(f: AppsFixture, year: number): void {
  f.app.db
    .prepare('INSERT INTO fiscal_period_locks (year, locked_by, locked_at) VALUES (?, ?, ?)')
    .run(year, f.users.finance.id, '2016-01-05T00:00:00.000Z');
}

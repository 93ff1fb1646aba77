import { ruleSetTemplate, type AttachmentMeta } from '../contract/index';
import { getAgreementByApplication } from '../db/agreements-repo';
import { insertFundProgram } from '../db/fund-programs-repo';
import * as apps from '../services/applications/index';
import { driveTo, validInput, type AppsFixture } from './applications';
import * as attachments from '../services/attachments/index';
import type { SessionUser } from '../services/context';
import * as svc from '../services/milestones/index';

/**
 * Test support: an approved, signed central 2015 project (period 2015-03-01..2015-12-31, indicator 服务人次
 * with target 1200) whose plan pays 60% on signing and 40% once milestone 中期验收 is verified. The fixture's
 * clock stands at 2015-11-08 after approval. Not used by the app.
 */
export function milestoneProject(f: AppsFixture, org = f.orgs[1]!) {
  const meta = { now: f.clock.now().toISOString(), createdBy: f.users.admin.id };
  const program = insertFundProgram(
    f.app.db,
    {
      code: `CQ-ZY-2015-M${org}`,
      name: '2015年中央财政支持社会组织项目（里程碑拨付）',
      source: 'CENTRAL',
      year: 2015,
      totalAllocationFen: 1_000_000_000,
      applicationStart: null,
      applicationEnd: null,
      notes: '',
      ruleSet: {
        ...ruleSetTemplate('CENTRAL'),
        tranchePlan: [
          { percent: 60, condition: 'on_signing' },
          { percent: 40, condition: 'milestone_verified', milestoneName: '中期验收' },
        ],
      },
    },
    meta,
  );
  const id = driveTo(f, 'approved', validInput(program, org));
  apps.sign(f.as(f.users.finance), { applicationId: id, signedDate: '2015-11-08' });
  const agreement = getAgreementByApplication(f.app.db, id)!;
  const board = svc.list(f.as(f.users.project), { applicationId: id });
  return {
    id,
    agreement,
    milestoneId: board.milestones[0]!.id,
    indicatorId: board.indicators[0]!.indicatorId,
  };
}

export function uploadAs(
  f: AppsFixture,
  user: SessionUser,
  applicationId: number,
  content: string | Buffer = '中期验收报告',
  fileName = '中期验收报告.pdf',
): AttachmentMeta {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return attachments.upload(f.as(user), {
    applicationId,
    fileName,
    mimeType: 'application/pdf',
    contentBase64: bytes.toString('base64'),
  });
}

/** 结项 written directly (the close-out service is another area's): the project is read-only from now on. */
export function closeProject(f: AppsFixture, agreementId: number): void {
  f.app.db
    .prepare(
      `INSERT INTO project_closeouts (agreement_id, closed_date, approved_fen, grant_received_fen, grant_spent_fen,
         matching_spent_fen, recovered_fen, checklist, closed_by, closed_at)
       VALUES (?, '2015-11-08', 0, 0, 0, 0, 0, '[]', ?, ?)`,
    )
    .run(agreementId, f.users.finance.id, f.clock.now().toISOString());
}

export function lockYear(f: AppsFixture, year: number): void {
  f.app.db
    .prepare('INSERT INTO fiscal_period_locks (year, locked_by, locked_at) VALUES (?, ?, ?)')
    .run(year, f.users.finance.id, f.clock.now().toISOString());
}

import type { OpParsedInput } from '../contract/index';
import type { AppsFixture } from './applications';
import type { SessionUser } from '../services/context';
import { finishedEvaluation } from './evaluations';
import * as ledger from '../services/ledger/index';
import * as tranches from '../services/tranches/index';
import { approvedWithTranches, prepareAs } from './tranches';

/** A grant (or matching) expenditure of the central test project, on line 02 (活动经费) unless told. */
export function spend(
  f: AppsFixture,
  applicationId: number,
  amountFen: number,
  patch: Partial<OpParsedInput<'ledger.post'>> = {},
  user: SessionUser = f.users.finance,
) {
  return ledger.post(f.as(user), {
    applicationId,
    date: '2015-11-20',
    invoiceNo: 'No.0001',
    lineCode: '02',
    share: 'grant',
    payee: '重庆市渝中区文印服务部',
    summary: '小组活动材料',
    amountFen,
    advance: false,
    costType: null,
    ...patch,
  });
}

/**
 * The central test project (40,000.00 approved: 24,000.00 on signing, 16,000.00 after the mid-term
 * evaluation) with the first tranche released (voucher dated 2015-11-08), the second cancelled (there is no
 * mid-term evaluation to pass), and 20,000.00 of grant money spent on 2015-11-20: 4,000.00 is left to recover.
 * The clock is then moved to 2016-01-10 (the project period is over).
 */
export function settledProject(f: AppsFixture) {
  const project = approvedWithTranches(f);
  const [first, second] = project.ids as [number, number];
  prepareAs(f, f.users.finance, first);
  tranches.release(f.as(f.users.finance2), { trancheId: first });
  tranches.cancel(f.as(f.users.finance), { trancheId: second, reason: '无中期评估，停止拨付' });
  const line = spend(f, project.id, 2_000_000);
  f.clock.ms = Date.UTC(2016, 0, 10, 2);
  finishedEvaluation(f, project.id, 'final', '2015-12-20');
  return { ...project, first, second, line };
}

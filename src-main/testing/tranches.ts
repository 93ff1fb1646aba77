import { getAgreementByApplication } from '../db/agreements-repo';
import type { SessionUser } from '../services/context';
import * as apps from '../services/applications/index';
import { driveTo, type AppsFixture } from './applications';
import * as svc from '../services/tranches/index';

/** An approved central application (60% on signing, 40% after the mid-term evaluation) and its tranche ids. */
export function approvedWithTranches(f: AppsFixture, opts: { signed?: boolean } = {}) {
  const id = driveTo(f, 'approved');
  if (opts.signed ?? true) apps.sign(f.as(f.users.finance), { applicationId: id, signedDate: '2015-11-08' });
  const plan = svc.list(f.as(f.users.finance), { applicationId: id });
  const agreement = getAgreementByApplication(f.app.db, id)!;
  return { id, agreement, ids: plan.tranches.map((t) => t.id) };
}

export const prepareAs = (f: AppsFixture, user: SessionUser, trancheId: number, voucherNo = '记-2015-0101') =>
  svc.prepare(f.as(user), { trancheId, voucherNo, voucherDate: '2015-11-08' });

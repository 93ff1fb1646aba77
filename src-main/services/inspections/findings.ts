import type { OpOutput, OpParsedInput } from '../../contract/index';
import { fenText, type Violation } from '../../core/violations';
import { checkFinding } from '../../core/inspections';
import { rectificationRef } from '../../core/rectification';
import { listChecklistItems } from '../../db/checklists-repo';
import {
  deleteFinding,
  getFinding,
  insertFinding,
  lastRecoveryId,
  ledgerLinesByVoucher,
  setDisallowanceConfirmed,
} from '../../db/findings-repo';
import { AppError, nowIso, requireUser } from '../app-error';
import { throwIfAny } from '../violations';
import { recordChange } from '../audit';
import { recordRecovery } from '../close-out/record-recovery';
import type { ServiceContext } from '../context';
import { loadInspection, beginDraftChange } from './load';
import { inspectionView } from './view';

const FIELDS: Record<string, string> = {
  'finding.deadlineInvalid': 'deadline',
  'finding.deadlineBeforeInspection': 'deadline',
  'finding.disallowWithoutLines': 'voucherNos',
};

/**
 * A finding on a draft inspection: optionally tied to a checklist item, with what must be fixed, by whom and
 * when. A 核减 names the ledger lines (by 凭证号) and cannot exceed the grant spending on them.
 */
export function addFinding(
  ctx: ServiceContext,
  input: OpParsedInput<'inspections.addFinding'>,
): OpOutput<'inspections.addFinding'> {
  const l = loadInspection(ctx, input.inspectionId);
  beginDraftChange(ctx, l);
  if (
    input.itemId !== null &&
    !listChecklistItems(ctx.db, l.inspection.checklistVersionId).some((i) => i.id === input.itemId)
  )
    throwIfAny([{ rule: 'inspection.itemNotInChecklist', params: { id: input.itemId } }], 'itemId');
  const voucherNos = [...new Set(input.voucherNos.map((v) => v.trim()))];
  const lines = voucherNos.flatMap((voucherNo) => {
    const found = ledgerLinesByVoucher(ctx.db, l.project.agreement.id, voucherNo);
    if (found.length === 0) throwIfAny([{ rule: 'finding.voucherUnknown', params: { voucherNo } }], 'voucherNos');
    return found;
  });
  const v: Violation[] = checkFinding({
    inspectionDate: l.inspection.date,
    deadline: input.deadline,
    disallowFen: input.disallowFen,
    ledgerLineCount: lines.length,
  });
  throwIfAny(v, FIELDS[v[0]?.rule ?? ''] ?? 'deadline');
  const grantOnLines = lines.filter((x) => x.share === 'grant').reduce((s, x) => s + x.amountFen, 0);
  if (input.disallowFen > grantOnLines)
    throwIfAny(
      [
        {
          rule: 'finding.disallowOverLines',
          params: { amount: fenText(input.disallowFen), lines: fenText(grantOnLines) },
        },
      ],
      'disallowFen',
    );
  const fields = {
    inspectionId: l.inspection.id,
    itemId: input.itemId,
    severity: input.severity,
    description: input.description,
    requirement: input.requirement,
    responsiblePerson: input.responsiblePerson,
    deadline: input.deadline,
    disallowFen: input.disallowFen,
  };
  const id = insertFinding(ctx.db, { ...fields, ledgerLineIds: lines.map((x) => x.id) });
  recordChange(ctx, 'finding', id, null, { ...fields, voucherNos: voucherNos.join('、') });
  return inspectionView(ctx, l.inspection.id);
}

export function removeFinding(
  ctx: ServiceContext,
  input: OpParsedInput<'inspections.removeFinding'>,
): OpOutput<'inspections.removeFinding'> {
  const f = getFinding(ctx.db, input.findingId);
  if (!f) throw new AppError('NotFound', 'finding.notFound', { id: input.findingId }, 'findingId');
  const l = loadInspection(ctx, f.inspectionId, 'findingId');
  beginDraftChange(ctx, l, 'findingId');
  deleteFinding(ctx.db, f.id);
  recordChange(ctx, 'finding', f.id, { severity: f.severity, description: f.description, deadline: f.deadline }, null);
  return inspectionView(ctx, l.inspection.id);
}

/**
 * Finance confirms a finding's 核减: the amount is recorded as a 'disallowed' recovery (资金收回) with the
 * bureau's voucher, through the same service and rules as any recovery, and the finding points at it.
 */
export function confirmDisallowance(
  ctx: ServiceContext,
  input: OpParsedInput<'findings.confirmDisallowance'>,
): OpOutput<'findings.confirmDisallowance'> {
  const user = requireUser(ctx);
  const f = getFinding(ctx.db, input.findingId);
  if (!f) throw new AppError('NotFound', 'finding.notFound', { id: input.findingId }, 'findingId');
  const l = loadInspection(ctx, f.inspectionId, 'findingId');
  const ref = rectificationRef(f.seq, f.description);
  const v: Violation[] = [];
  if (!l.inspection.signedOff) v.push({ rule: 'finding.notSignedOff', params: {} });
  else if (f.disallowFen === 0) v.push({ rule: 'finding.noDisallowance', params: { ref } });
  else if (f.confirmed) v.push({ rule: 'finding.alreadyConfirmed', params: { ref, date: f.confirmed.date } });
  throwIfAny(v, 'findingId');
  recordRecovery(ctx, {
    applicationId: l.project.application.id,
    kind: 'disallowed',
    amountFen: f.disallowFen,
    voucherNo: input.voucherNo,
    date: input.date,
    reason: `${l.inspection.date}检查核减：${f.description}`.slice(0, 500),
  });
  const recoveryId = lastRecoveryId(ctx.db, l.project.agreement.id);
  setDisallowanceConfirmed(ctx.db, f.id, { recoveryId, by: user.id, at: nowIso(ctx) });
  recordChange(ctx, 'finding', f.id, { confirmed: false }, { confirmed: true, recoveryId, amountFen: f.disallowFen });
  return inspectionView(ctx, l.inspection.id);
}

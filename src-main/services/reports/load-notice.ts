import { valueLabel } from '../../contract/index';
import { shanghaiDate } from '../../core/calendar';
import { districtName } from '../../core/districts';
import { isOverdue } from '../../core/rectification';
import { getFinding } from '../../db/findings-repo';
import { getInspection } from '../../db/inspections-repo';
import { findOrganizationByCreditCode, getOrganization } from '../../db/organizations-repo';
import { getRectification } from '../../db/rectifications-repo';
import { openRectificationIds } from '../../db/report-kinds-repo';
import type { RectificationNoticeData } from '../../reports/index';
import { AppError } from '../app-error';
import type { ServiceContext } from '../context';

/** The organization a notice goes to, by its unified social credit code (as printed on its certificate). */
export function findOrganizationId(ctx: ServiceContext, creditCode: string): number {
  const code = creditCode.trim().toUpperCase();
  const found = findOrganizationByCreditCode(ctx.db, code);
  if (!found) throw new AppError('NotFound', 'report.organizationNotFound', { code }, 'org');
  return found.id;
}

/**
 * 整改通知书 data: an organization's items not yet verified, as of `ctx.now` (the issue day, which also judges
 * overdue), each with the finding, requirement, person responsible and deadline.
 */
export function loadRectificationNotice(ctx: ServiceContext, organizationId: number): RectificationNoticeData {
  const loc = ctx.locale ?? 'zh';
  const org = getOrganization(ctx.db, organizationId);
  if (!org) throw new AppError('NotFound', 'report.organizationNotFound', { code: organizationId }, 'org');
  const today = shanghaiDate(ctx.now);
  const items = openRectificationIds(ctx.db, organizationId).map((id) => {
    const r = getRectification(ctx.db, id)!;
    const inspection = getInspection(ctx.db, r.inspectionId)!;
    return {
      agreementNumber: r.agreementNumber,
      projectName: r.projectName,
      seq: r.seq,
      inspection: `${r.inspectionDate} ${valueLabel(`inspectionKind.${inspection.kind}`, loc)}`,
      severity: valueLabel(`severity.${r.severity}`, loc),
      description: r.description,
      requirement: r.requirement,
      responsiblePerson: r.responsiblePerson,
      deadline: r.deadline,
      state: valueLabel(`rectificationState.${r.state}`, loc),
      overdue: isOverdue(r, today),
      disallowFen: getFinding(ctx.db, r.findingId)?.disallowFen ?? 0,
    };
  });
  return {
    organization: {
      name: org.name,
      creditCode: org.creditCode,
      district: districtName(org.districtCode, loc) ?? org.districtCode,
      contact: org.contactPerson,
    },
    issuedOn: today,
    deadline: items.reduce<string | null>((m, i) => (m === null || i.deadline > m ? i.deadline : m), null),
    items,
  };
}

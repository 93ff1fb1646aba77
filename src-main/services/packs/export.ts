import type { OpOutput, OpParsedInput } from '../../contract/index';
import { shanghaiDate } from '../../core/calendar';
import { checkInspectionDate, checkInspectors } from '../../core/inspections';
import { rectificationRef } from '../../core/rectification';
import type { Violation } from '../../core/violations';
import { findAgreementNumber } from '../../db/agreements-repo';
import { grantByVoucher } from '../../db/findings-repo';
import { getChecklistVersion, getChecklistVersionById, templateIdByCode } from '../../db/checklists-repo';
import { insertInspection, organizationOfProject, replaceInspectors } from '../../db/inspections-repo';
import { insertPack, insertPackRecord, nextPackNo } from '../../db/packs-repo';
import { projectRectifications } from '../../db/rectifications-repo';
import { findUserByUsername } from '../../db/users-repo';
import { AppError, nowIso, requireUser } from '../app-error';
import { recordChange } from '../audit';
import { view as budgetView } from '../budgets/view';
import type { ServiceContext } from '../context';
import { checklistView } from '../inspections/view';
import { loadInspectionProject } from '../inspections/load';
import { throwIfAny } from '../violations';
import { newPackKey, sealPack, sha256Hex } from './envelope';
import { inspectionDigest, officeInspection, officeRectification, rectificationDigest } from './snapshot';
import type { PackBody, PackProject } from './types';

const FIELD_TEMPLATE_CODE = 'SOCIAL_WORK_FIELD';

function resolveInspectors(ctx: ServiceContext, usernames: readonly string[]) {
  const users = [...new Set(usernames.map((u) => u.trim()))].map((username) => {
    const u = findUserByUsername(ctx.db, username);
    if (!u) throwIfAny([{ rule: 'pack.inspectorUnknown', params: { username } }], 'inspectors');
    return u!;
  });
  const facts = users.map((u) => ({
    userId: u.id,
    name: u.displayName,
    unit: '',
    isEvaluator: !u.disabled && u.roles.includes('evaluator'),
  }));
  throwIfAny(checkInspectors(facts).slice(0, 1), 'inspectors');
  return users;
}

/**
 * 导出检查包: for each project one empty draft inspection (at the office, so the office sees it is out in the
 * field) on the chosen checklist, recorded by the pack's inspectors, and a signed file with the projects'
 * read-only context. The register keeps the key and the digest of every record the pack carries.
 */
export function exportPack(ctx: ServiceContext, input: OpParsedInput<'packs.export'>): OpOutput<'packs.export'> {
  const user = requireUser(ctx);
  const inspectors = resolveInspectors(ctx, input.inspectors);
  const templateId = input.templateId ?? templateIdByCode(ctx.db, FIELD_TEMPLATE_CODE);
  const version = templateId === null ? null : getChecklistVersion(ctx.db, templateId, null);
  if (!version) throw new AppError('NotFound', 'checklist.notFound', { id: templateId ?? 0 }, 'templateId');
  const today = shanghaiDate(ctx.now);
  const codes = [...new Set(input.projects.map((p) => p.trim()))];
  const projects = codes.map((code) => {
    const applicationId = findAgreementNumber(ctx.db, code);
    if (applicationId === null) throwIfAny([{ rule: 'pack.projectUnknown', params: { project: code } }], 'projects');
    const p = loadInspectionProject(ctx, applicationId!, 'projects');
    const v: Violation[] = p.closed ? [{ rule: 'inspection.projectClosed', params: { project: code } }] : [];
    v.push(...checkInspectionDate(today, today, p.agreement.periodStart));
    throwIfAny(v.slice(0, 1), 'projects');
    return p;
  });
  const at = nowIso(ctx);
  const packNo = nextPackNo(ctx.db, Number(today.slice(0, 4)));
  const key = newPackKey();
  const packId = insertPack(ctx.db, {
    packNo,
    key,
    at,
    by: user.id,
    projects: codes,
    inspectors: inspectors.map((i) => i.username),
  });
  const body: PackProject[] = projects.map((p) => {
    const org = organizationOfProject(ctx.db, p.application.id);
    const inspectionId = insertInspection(ctx.db, {
      applicationId: p.application.id,
      checklistVersionId: version.versionId,
      kind: 'field',
      date: today,
      place: org.name,
      notes: '',
      by: user.id,
      at,
    });
    replaceInspectors(
      ctx.db,
      inspectionId,
      inspectors.map((i) => ({ userId: i.id, name: '', unit: '' })),
    );
    const office = officeInspection(ctx.db, inspectionId);
    insertPackRecord(ctx.db, packId, 'inspection', inspectionId, inspectionDigest(office));
    recordChange(ctx, 'inspection', inspectionId, null, {
      project: p.agreement.agreementNumber,
      checklist: `${version.name}（v${version.version}）`,
      pack: packNo,
      inspectors: inspectors.map((i) => i.displayName).join('、'),
    });
    const open = projectRectifications(ctx.db, p.application.id).filter((r) => r.state !== 'verified');
    for (const r of open)
      insertPackRecord(ctx.db, packId, 'rectification', r.id, rectificationDigest(officeRectification(ctx.db, r.id)));
    const b = budgetView(ctx, { applicationId: p.application.id });
    return {
      applicationId: p.application.id,
      agreementNumber: p.agreement.agreementNumber,
      projectName: p.application.name,
      organizationName: org.name,
      agreement: p.agreement,
      budget: {
        execution: b.execution,
        grantReceivedFen: b.grantReceivedFen,
        grantSpentFen: b.grantSpentFen,
        matchingSpentFen: b.matchingSpentFen,
        ledgerLineCount: b.ledgerLineCount,
        recoveredFen: b.recoveredFen,
      },
      inspection: { id: inspectionId, checklistVersionId: version.versionId, content: office.content },
      openRectifications: open.map((r) => ({
        id: r.id,
        ref: rectificationRef(r.seq, r.description),
        severity: r.severity,
        description: r.description,
        requirement: r.requirement,
        responsiblePerson: r.responsiblePerson,
        deadline: r.deadline,
        state: r.state,
      })),
      ledgerVouchers: grantByVoucher(ctx.db, p.agreement.id),
    };
  });
  const pack: PackBody = {
    kind: 'pack',
    packNo,
    key,
    exportedAt: at,
    exportedBy: user.username,
    // Each inspector signs in on the field laptop with the office password: the hash travels, not the password.
    inspectors: inspectors.map((i) => ({
      username: i.username,
      displayName: i.displayName,
      passwordHash: i.passwordHash,
    })),
    templates: [checklistView(ctx, getChecklistVersionById(ctx.db, version.versionId)!)],
    projects: body,
  };
  const bytes = sealPack('pack', packNo, key, pack);
  recordChange(ctx, 'pack', packNo, null, {
    packNo,
    projects: codes.join('、'),
    inspectors: inspectors.map((i) => i.displayName).join('、'),
    bytes: bytes.length,
    sha256: sha256Hex(bytes),
  });
  return { packNo, fileName: `${packNo}.grantspack`, base64: bytes.toString('base64'), projectCount: codes.length };
}

import { PROJECT_KIND_NAMES, SERVICE_AREA_NAMES } from '../../core/application-vocabulary';
import { valueLabel, logOpName, type Locale } from '../../contract/index';
import { listAllLedgerLines } from '../../db/ledger-repo';
import { projectLogEntries } from '../../db/reports-repo';
import type { ExecutionAmounts, ProgramFacts, ProjectFacts, ProjectReportData, TrancheRow } from '../../reports/index';
import type { ExecutionAmountsView, TrancheView } from '../../contract/index';
import { loadOrganization } from '../applications/load';
import { loadProject, view as budgetView, type Project } from '../budgets/index';
import { view as closeOutView } from '../close-out/index';
import type { ServiceContext } from '../context';
import { list as milestoneBoard } from '../milestones/index';
import { list as trancheList } from '../tranches/index';
import { loadSupervision } from './supervision';

const locale = (ctx: ServiceContext): Locale => ctx.locale ?? 'zh';

export function programFacts(p: Project['program'], loc: Locale): ProgramFacts {
  return { code: p.code, name: p.name, source: valueLabel(`source.${p.source}`, loc), year: p.year };
}

export function projectFacts(ctx: ServiceContext, p: Project): ProjectFacts {
  const loc = locale(ctx);
  const a = p.application;
  const org = loadOrganization(ctx, a.organizationId);
  return {
    applicationCode: a.code,
    agreementNumber: p.agreement.agreementNumber,
    name: a.name,
    classCode: a.classCode,
    className: p.program.ruleSet.classCaps.find((c) => c.code === a.classCode)?.name ?? '',
    projectKind: PROJECT_KIND_NAMES[a.projectKind]?.[loc] ?? a.projectKind,
    serviceArea: SERVICE_AREA_NAMES[a.serviceArea]?.[loc] ?? a.serviceArea,
    districtCode: a.districtCode,
    beneficiaries: a.beneficiaries,
    beneficiaryCount: a.beneficiaryCount,
    periodStart: p.agreement.periodStart,
    periodEnd: p.agreement.periodEnd,
    objectives: a.objectives,
    requestedFen: a.requestedFen,
    approvedFen: p.agreement.approvedFen,
    signedDate: p.agreement.signedDate,
    organizationName: org.name,
    organizationCreditCode: org.creditCode,
  };
}

export function trancheRow(t: TrancheView, loc: Locale): TrancheRow {
  return {
    seq: t.seq,
    percent: t.percent,
    amountFen: t.amountFen,
    condition: valueLabel(`trancheCondition.${t.condition}`, loc),
    milestoneName: t.milestoneName,
    state: valueLabel(`trancheState.${t.state}`, loc),
    voucherNo: t.voucherNo,
    voucherDate: t.voucherDate,
    preparedBy: t.preparedBy?.displayName ?? null,
    preparedAt: t.preparedAt,
    releasedBy: t.releasedBy?.displayName ?? null,
    releasedAt: t.releasedAt,
    history: t.history.map((h) => ({
      kind: h.kind,
      amountFen: h.amountFen,
      voucherNo: h.voucherNo,
      date: h.date,
      reason: h.reason,
      by: h.by.displayName,
    })),
    gates: t.gates.map((g) => ({ ok: g.ok, message: g.message })),
  };
}

function amounts(a: ExecutionAmountsView): ExecutionAmounts {
  return {
    originalFen: a.originalFen,
    currentFen: a.currentFen,
    actualFen: a.actualFen,
    balanceFen: a.balanceFen,
    rate: a.executionRate.text,
  };
}

const ADJUSTMENT_STATE: Record<string, { zh: string; en: string }> = {
  pending: { zh: '待审批', en: 'pending' },
  approved: { zh: '已批准', en: 'approved' },
  rejected: { zh: '已驳回', en: 'rejected' },
  withdrawn: { zh: '已撤回', en: 'withdrawn' },
};
const MILESTONE_STATE: Record<string, { zh: string; en: string }> = {
  planned: { zh: '计划中', en: 'planned' },
  completed: { zh: '已完成待验收', en: 'completed' },
  verified: { zh: '已验收', en: 'verified' },
};

/**
 * Everything the project audit report shows, read (never written) through the services the project's pages
 * use, as of `ctx.now`: the generation time, so verifying later recomputes the same facts. The log extract
 * stops at the head recorded for the report.
 */
export function loadProjectReport(ctx: ServiceContext, applicationId: number, logUpTo: number): ProjectReportData {
  const loc = locale(ctx);
  const project = loadProject(ctx, applicationId);
  const agreementId = project.agreement.id;
  const plan = trancheList(ctx, { applicationId });
  const budget = budgetView(ctx, { applicationId });
  const board = milestoneBoard(ctx, { applicationId });
  const close = closeOutView(ctx, { applicationId });
  const supervision = loadSupervision(ctx, applicationId);
  const e = budget.execution;
  return {
    program: programFacts(project.program, loc),
    project: projectFacts(ctx, project),
    tranches: plan.tranches.map((t) => trancheRow(t, loc)),
    grantReceivedFen: budget.grantReceivedFen,
    versions: budget.versions.map((v) => ({
      version: v.version,
      reason: v.reason,
      requestedBy: v.requestedBy?.displayName ?? null,
      approvedBy: v.approvedBy?.displayName ?? null,
      approvedAt: v.approvedAt,
      totalFen: v.totalFen,
      matchingTotalFen: v.matchingTotalFen,
      lines: v.lines.map((l) => ({
        lineCode: l.lineCode,
        categoryName: l.categoryName,
        amountFen: l.amountFen,
        matchingFen: l.matchingFen,
      })),
    })),
    adjustments: [...budget.adjustments].reverse().map((a) => ({
      baseVersion: a.baseVersion,
      resultVersion: a.resultVersion,
      state: ADJUSTMENT_STATE[a.state]?.[loc] ?? a.state,
      reason: a.reason,
      requestedBy: a.requestedBy.displayName,
      requestedAt: a.requestedAt,
      decidedBy: a.decidedBy?.displayName ?? null,
      decidedAt: a.decidedAt,
      decisionReason: a.decisionReason,
    })),
    execution: {
      rows: e.rows.map((r) => ({
        lineCode: r.lineCode,
        categoryName: r.categoryName,
        grant: amounts(r.grant),
        matching: amounts(r.matching),
        total: amounts(r.total),
      })),
      total: { grant: amounts(e.total.grant), matching: amounts(e.total.matching), total: amounts(e.total.total) },
    },
    ledger: listAllLedgerLines(ctx.db, agreementId).map((l) => ({
      voucherNo: l.voucherNo,
      date: l.date,
      invoiceNo: l.invoiceNo,
      lineCode: l.lineCode,
      share: l.share,
      payee: l.payee,
      summary: l.summary,
      amountFen: l.amountFen,
      advance: l.advance,
      reversesVoucherNo: l.reversesVoucherNo,
      reversedByVoucherNo: l.reversedByVoucherNo,
      reason: l.reason,
      postedBy: l.postedBy.displayName,
    })),
    milestones: board.milestones.map((m) => ({
      name: m.name,
      plannedDate: m.plannedDate,
      completedDate: m.completedDate,
      completedBy: m.completedBy?.displayName ?? null,
      verifiedBy: m.verifiedBy?.displayName ?? null,
      state: MILESTONE_STATE[m.state]?.[loc] ?? m.state,
    })),
    indicators: board.indicators.map((i) => ({
      name: i.name,
      unit: i.unit,
      target: i.target,
      latest: i.latest?.value ?? null,
      latestDate: i.latest?.date ?? null,
      rate: i.rate,
      met: i.met,
    })),
    ...supervision,
    recoveries: close.recoveries.map((r) => ({
      kind: r.kind,
      amountFen: r.amountFen,
      voucherNo: r.voucherNo,
      date: r.date,
      reason: r.reason,
      by: r.by.displayName,
    })),
    closeOut: {
      checklist: (close.closed?.checklist ?? close.checklist).map((c) => ({
        applicable: c.applicable,
        ok: c.ok,
        message: c.message,
      })),
      grantReceivedFen: close.balance.grantReceivedFen,
      grantSpentFen: close.balance.grantSpentFen,
      grantRecoveredFen: close.balance.grantRecoveredFen,
      grantBalanceAfterRecoveryFen: close.balance.grantBalanceAfterRecoveryFen,
      matchingCommittedFen: close.balance.matchingCommittedFen,
      matchingSpentFen: close.balance.matchingSpentFen,
      recoveryOutstandingFen: close.recoveryDue.outstandingFen,
      closed: close.closed
        ? { date: close.closed.date, by: close.closed.by.displayName, note: close.closed.note }
        : null,
    },
    log: projectLogEntries(ctx.db, { applicationId, agreementId, afterId: 0, upToId: logUpTo, locale: loc }).map(
      (r) => ({ id: r.id, at: r.at, username: r.username, op: logOpName(r.op, loc), object: r.entityKey ?? '—' }),
    ),
  };
}

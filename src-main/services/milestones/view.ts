import {
  hasPermission,
  type IndicatorView,
  type MilestoneAction,
  type MilestoneBoard,
  type MilestoneView,
} from '../../contract/index';
import { shanghaiDate } from '../../core/calendar';
import { basisPointsText, decimalFromNumber, decimalText, parseDecimal, type Decimal } from '../../core/decimal';
import { indicatorProgress, isOverdue, milestoneState, type MilestoneRecord } from '../../core/milestones';
import { getAttachments, type AttachmentRow } from '../../db/attachments-repo';
import {
  getMilestone,
  listIndicators,
  listMilestones,
  listReadings,
  type IndicatorRow,
  type MilestoneRow,
  type ReadingRow,
} from '../../db/milestones-repo';
import { listedAttachment } from '../attachments/view';
import type { ServiceContext, SessionUser } from '../context';
import type { Project } from './load';

/** The row as core's rules see it; the evidence is known by its hash. */
export function milestoneRecord(m: MilestoneRow, evidence: AttachmentRow | null): MilestoneRecord {
  return {
    name: m.name,
    plannedDate: m.plannedDate,
    completedDate: m.completedDate,
    completedBy: m.completedBy?.id ?? null,
    evidenceSha256: evidence?.sha256 ?? null,
    verifiedBy: m.verifiedBy?.id ?? null,
  };
}

/**
 * What the caller may do now: the milestone's state, the 'milestones.manage' permission, an open project, and
 * for verification a different user than the completer. The services check each of these again on the call.
 */
export function milestoneActions(user: SessionUser | null, project: Project, m: MilestoneRow): MilestoneAction[] {
  if (!user || project.closed || !hasPermission(user.roles, 'milestones.manage')) return [];
  const state = milestoneState(milestoneRecord(m, null));
  if (state === 'planned') return ['complete'];
  if (state === 'completed' && m.completedBy?.id !== user.id) return ['verify'];
  return [];
}

export function milestoneView(
  ctx: ServiceContext,
  project: Project,
  m: MilestoneRow,
  evidence: ReadonlyMap<number, AttachmentRow>,
): MilestoneView {
  const attachment = m.evidenceAttachmentId === null ? null : (evidence.get(m.evidenceAttachmentId) ?? null);
  const record = milestoneRecord(m, attachment);
  return {
    id: m.id,
    name: m.name,
    plannedDate: m.plannedDate,
    completedDate: m.completedDate,
    completedBy: m.completedBy,
    completedAt: m.completedAt,
    note: m.note,
    evidence: attachment ? listedAttachment(ctx.app, attachment) : null,
    verifiedBy: m.verifiedBy,
    verifiedAt: m.verifiedAt,
    state: milestoneState(record),
    overdue: isOverdue(record, shanghaiDate(ctx.now)),
    trancheSeqs: project.agreement.tranches
      .filter((t) => t.condition === 'milestone_verified' && t.milestoneName === m.name)
      .map((t) => t.seq),
    availableActions: milestoneActions(ctx.user, project, m),
  };
}

export function milestoneViewById(ctx: ServiceContext, project: Project, milestoneId: number): MilestoneView {
  const m = getMilestone(ctx.db, milestoneId)!;
  const ids = m.evidenceAttachmentId === null ? [] : [m.evidenceAttachmentId];
  return milestoneView(ctx, project, m, getAttachments(ctx.db, ids));
}

/**
 * The application's target as an exact decimal. Targets are stored as REAL; the contract allows up to 1e12,
 * so a value whose shortest text has too many digits is rounded to the most decimals that fit.
 */
export function targetDecimal(target: number): Decimal {
  for (let scale = 6; scale >= 0; scale--) {
    try {
      return decimalFromNumber(Number(target.toFixed(scale)), 6);
    } catch {
      // fewer decimals next
    }
  }
  throw new RangeError(`indicator target out of range: ${target}`);
}

/** Stored readings are canonical decimal text (migration 0013 checks the shape). */
export function readingDecimal(value: string): Decimal {
  const r = parseDecimal(value, { maxScale: 6 });
  if (!r.ok) throw new RangeError(`stored reading is not a decimal: ${value}`);
  return r.value;
}

export function indicatorView(indicator: IndicatorRow, readings: readonly ReadingRow[]): IndicatorView {
  const mine = readings.filter((r) => r.indicatorId === indicator.id);
  const target = targetDecimal(indicator.target);
  const progress = indicatorProgress(
    target,
    mine.map((r) => ({ date: r.date, value: readingDecimal(r.value) })),
  );
  return {
    indicatorId: indicator.id,
    name: indicator.name,
    unit: indicator.unit,
    target: decimalText(target),
    readings: mine.map((r) => ({ id: r.id, date: r.date, value: r.value, note: r.note, by: r.by, at: r.at })),
    latest:
      progress.achieved && progress.achievedDate
        ? { date: progress.achievedDate, value: decimalText(progress.achieved) }
        : null,
    rate: progress.rateBasisPoints === null ? null : `${basisPointsText(progress.rateBasisPoints)}%`,
    rateBasisPoints: progress.rateBasisPoints,
    met: progress.met,
  };
}

export function boardView(ctx: ServiceContext, project: Project): MilestoneBoard {
  const milestones = listMilestones(ctx.db, project.agreement.id);
  const evidence = getAttachments(
    ctx.db,
    milestones.flatMap((m) => (m.evidenceAttachmentId === null ? [] : [m.evidenceAttachmentId])),
  );
  const readings = listReadings(ctx.db, project.application.id);
  const user = ctx.user;
  const mayManage = !!user && !project.closed && hasPermission(user.roles, 'milestones.manage');
  return {
    applicationId: project.application.id,
    agreementNumber: project.agreement.agreementNumber,
    periodStart: project.agreement.periodStart,
    periodEnd: project.agreement.periodEnd,
    closed: project.closed,
    milestones: milestones.map((m) => milestoneView(ctx, project, m, evidence)),
    indicators: listIndicators(ctx.db, project.application.id).map((i) => indicatorView(i, readings)),
    availableActions: mayManage ? ['plan', 'record'] : [],
  };
}

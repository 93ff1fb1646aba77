import { addDays, dayNumber } from '../../core/calendar';
import type { InspectionKind } from '../../core/inspections';
import type { RectificationState } from '../../core/rectification';
import {
  getChecklistVersion,
  listChecklistItems,
  templateIdByCode,
  type ChecklistItemRow,
} from '../../db/checklists-repo';
import { hasTable } from '../../db/demo-finance-repo';
import { listDemoInspectionProjects, type DemoInspectionProject } from '../../db/demo-inspections-repo';
import { insertFinding, listFindings } from '../../db/findings-repo';
import { insertSignature } from '../../db/inspection-signatures-repo';
import { insertInspection, replaceInspectors, setSignedOff, upsertAnswer } from '../../db/inspections-repo';
import { insertRectification, insertStep, setRectificationState } from '../../db/rectifications-repo';
import type { Db } from '../../db/statements';
import { Prng } from './prng';

/**
 * 监督检查 in the sample: about a third of the signed projects inspected once, on the template that fits
 * (volunteer projects on 志愿服务项目检查表, finance inspections on 财务检查表), by two inspectors (evaluator
 * accounts, sometimes an external expert). A 否 answer raises the item's finding with its suggested severity.
 * Rectifications of finished programs are all verified (their projects can close); those of the latest year
 * stand in every state, overdue too. Exactly one 严重 item stays open, on a running project whose later
 * tranche it holds back (`grants tranches CODE` shows it).
 */
export interface DemoInspectionPeople {
  /** Evaluator accounts: the demo evaluator first, then the experts. */
  evaluators: readonly number[];
  /** The project officer who records the organizations' evidence. */
  project: number;
}

export interface DemoInspectionResult {
  inspections: number;
  rectifications: number;
  /** The agreement number of the project held back by the open 严重 item, if any. */
  severeOpen: string | null;
}

// Keeps a scaled sample (--projects 30000) quick to load; the default sample inspects a third of its projects.
const MAX_INSPECTIONS = 1_000;
const EXPERTS: readonly [string, string][] = [
  ['张敏', '重庆市社会工作协会'],
  ['黄海', '西南大学社会工作系'],
  ['何静', '重庆市志愿服务联合会'],
  ['罗军', '重庆某会计师事务所'],
];
const TEMPLATE = { social_work: 'SOCIAL_WORK_FIELD', volunteer: 'VOLUNTEER', finance: 'FINANCE' } as const;

export function seedDemoInspections(db: Db, people: DemoInspectionPeople): DemoInspectionResult {
  const none = { inspections: 0, rectifications: 0, severeOpen: null };
  if (!hasTable(db, 'rectifications') || people.evaluators.length < 3) return none;
  const projects = listDemoInspectionProjects(db);
  if (projects.length === 0) return none;
  const w = inspectionWriter(db, people, new Prng(0x5eed_0019), projects);
  const target = projects.find((p) => p.year === w.latestYear && p.firstReleased && p.openTranches > 0) ?? null;
  const chosen = projects.filter((p, i) => p === target || i % 3 === 0).slice(0, MAX_INSPECTIONS);
  let rectifications = 0;
  for (const p of chosen) rectifications += writeInspection(w, p, { isTarget: p === target, anyState: false });
  return { inspections: chosen.length, rectifications, severeOpen: target?.agreementNumber ?? null };
}

/** What writing one demo inspection needs: the seeded templates, the people and the generator. */
export interface InspectionWriter {
  db: Db;
  people: DemoInspectionPeople;
  rng: Prng;
  latestYear: number;
  templates: Map<string, { versionId: number; items: ChecklistItemRow[] }>;
}

export function inspectionWriter(
  db: Db,
  people: DemoInspectionPeople,
  rng: Prng,
  projects: readonly DemoInspectionProject[],
): InspectionWriter {
  const templates = new Map(
    Object.values(TEMPLATE).map((code) => {
      const id = templateIdByCode(db, code)!;
      const version = getChecklistVersion(db, id, null)!;
      return [code, { versionId: version.versionId, items: listChecklistItems(db, version.versionId) }];
    }),
  );
  return { db, people, rng, latestYear: Math.max(...projects.map((p) => p.year)), templates };
}

/**
 * One signed-off inspection of the project with its findings and their rectifications; returns how many
 * rectifications it opened. The sample keeps finished programs' items verified and its 严重 items closed but
 * one; `anyState` lets every item of any year stand in any state (the benchmark's scale set).
 */
export function writeInspection(
  w: InspectionWriter,
  p: DemoInspectionProject,
  opts: { isTarget: boolean; anyState: boolean },
): number {
  const { db, rng, people } = w;
  const isTarget = opts.isTarget;
  const kind: InspectionKind = isTarget
    ? 'finance'
    : rng.weighted<InspectionKind>([
        ['field', 50],
        ['finance', 25],
        ['special', 10],
        ['random', 15],
      ]);
  const code =
    kind === 'finance' ? TEMPLATE.finance : p.projectKind === 'volunteer' ? TEMPLATE.volunteer : TEMPLATE.social_work;
  const template = w.templates.get(code)!;
  const date = inspectionDate(p, p.year === w.latestYear, rng);
  const at = `${date}T02:00:00.000Z`;
  const inspectors = pickInspectors(people.evaluators, rng);
  const id = insertInspection(db, {
    applicationId: p.applicationId,
    checklistVersionId: template.versionId,
    kind,
    date,
    place: `${p.agreementNumber} 项目服务场所`,
    notes: '检查组听取项目汇报，查阅台账与活动记录，并走访服务对象。',
    by: inspectors[0]!.userId!,
    at,
  });
  replaceInspectors(db, id, inspectors);
  const noes = answer(db, id, template.items, isTarget, rng);
  for (const item of noes) {
    const severity = item.findingSeverity!;
    insertFinding(db, {
      inspectionId: id,
      itemId: item.id,
      severity,
      description: item.findingText,
      requirement: `针对“${item.findingText}”制定整改措施，限期完成并报送整改材料`,
      responsiblePerson: '项目负责人',
      deadline: addDays(date, rng.int(30, 60)),
      disallowFen: 0,
      ledgerLineIds: [],
    });
  }
  // Every inspector signs: accounts for themselves, the external expert's signature entered by the first.
  inspectors.forEach((x, n) =>
    insertSignature(db, { inspectionId: id, inspectorSeq: n + 1, by: x.userId ?? inspectors[0]!.userId!, at }),
  );
  setSignedOff(db, id, inspectors[0]!.userId!, at);
  const findings = listFindings(db, id);
  const checkers = people.evaluators.filter((e) => !inspectors.some((i) => i.userId === e));
  findings.forEach((f, n) => {
    const r = insertRectification(db, {
      findingId: f.id,
      applicationId: p.applicationId,
      organizationId: p.organizationId,
      severity: f.severity,
      deadline: f.deadline,
      at,
    });
    const settled = !opts.anyState && (p.year !== w.latestYear || f.severity === 'severe');
    const state: RectificationState =
      isTarget && n === 0
        ? 'open'
        : settled
          ? 'verified'
          : rng.weighted<RectificationState>([
              ['open', 30],
              ['submitted', 25],
              ['reopened', 15],
              ['verified', 30],
            ]);
    walk(db, r, state, { officer: people.project, checker: rng.pick(checkers), deadline: f.deadline });
  });
  return findings.length;
}

/** A day the project was running: after signing, before the data stops (the latest year stops at 09-30). */
function inspectionDate(p: DemoInspectionProject, latest: boolean, rng: Prng): string {
  const first = p.signedDate > p.periodStart ? p.signedDate : p.periodStart;
  const stop = latest && `${p.year}-09-30` < p.periodEnd ? `${p.year}-09-30` : p.periodEnd;
  const span = Math.max(0, dayNumber(stop) - dayNumber(first) - 70);
  return addDays(first, Math.min(span, Math.floor(span * (0.3 + 0.5 * rng.next()))));
}

function pickInspectors(evaluators: readonly number[], rng: Prng) {
  const first = rng.pick(evaluators);
  const second = rng.chance(0.3)
    ? (([name, unit]) => ({ userId: null, name, unit }))(rng.pick(EXPERTS))
    : { userId: rng.pick(evaluators.filter((e) => e !== first)), name: '', unit: '' };
  return [{ userId: first, name: '', unit: '' }, second];
}

/** Answers every item; returns the yes/no items answered 否 that name a finding (at most three). */
function answer(db: Db, inspectionId: number, items: readonly ChecklistItemRow[], isTarget: boolean, rng: Prng) {
  const noes: ChecklistItemRow[] = [];
  for (const item of items) {
    let value: string;
    if (item.answerType === 'yes_no') {
      const forced = isTarget && noes.length === 0 && item.findingSeverity === 'severe';
      const no = forced || (!isTarget && noes.length < 3 && item.findingText !== '' && rng.chance(0.1));
      value = no ? 'no' : rng.chance(0.05) ? 'na' : 'yes';
      if (no) noes.push(item);
    } else if (item.answerType === 'score') value = String(rng.int(Math.ceil(item.maxScore! * 0.6), item.maxScore!));
    else if (item.answerType === 'number') value = String(rng.int(5, 60));
    else value = '项目总体按协议推进，档案较完整。';
    upsertAnswer(db, inspectionId, { itemId: item.id, value, note: '' });
  }
  return noes;
}

/** The steps that bring a new item to its state: evidence from the officer, then the checker's decision. */
function walk(
  db: Db,
  id: number,
  state: RectificationState,
  w: { officer: number; checker: number; deadline: string },
): void {
  if (state === 'open') return;
  const at = (days: number) => `${addDays(w.deadline, days)}T03:00:00.000Z`;
  const evidence = { rectificationId: id, kind: 'evidence' as const, by: w.officer, attachmentIds: [] };
  insertStep(db, { ...evidence, note: '已按要求整改，附整改报告与相关凭证。', at: at(-5) });
  if (state === 'submitted') return setRectificationState(db, id, { state, submittedBy: w.officer });
  if (state === 'reopened') {
    const reason = '整改材料不完整，请补充相关凭证后重新提交。';
    insertStep(db, { rectificationId: id, kind: 'reopen', note: reason, by: w.checker, at: at(-2), attachmentIds: [] });
    return setRectificationState(db, id, { state, submittedBy: w.officer });
  }
  insertStep(db, {
    rectificationId: id,
    kind: 'verify',
    note: '现场核实，整改到位。',
    by: w.checker,
    at: at(-1),
    attachmentIds: [],
  });
  setRectificationState(db, id, {
    state: 'verified',
    submittedBy: w.officer,
    verifiedBy: w.checker,
    verifiedAt: at(-1),
  });
}

import type { Locale } from '../contract/errors';
import type {
  DisclosureReportData,
  EvaluationReportData,
  InspectionReportData,
  RectificationNoticeData,
} from './kinds-types';

/**
 * What each report shows, as plain data. Main loads it (services/reports), hashes its canonical form for the
 * fingerprint and hands it to the document definitions here; the renderer can run the same definitions on the
 * same data in a Web Worker. Everything is JSON: no dates, no classes, money in integer fen.
 */
export type ReportKind =
  'project' | 'tranche' | 'program' | 'disclosure' | 'inspection' | 'rectificationNotice' | 'evaluation';

/** Who generated the report, when, under which number, and what the fingerprint binds it to. */
export interface ReportMeta {
  kind: ReportKind;
  /** BG-YYYY-NNNN. */
  number: string;
  /** SHA-256 (hex) over the canonical data and the operation-log head hash. */
  fingerprint: string;
  /** UTC instant (ISO); shown in Shanghai time. */
  generatedAt: string;
  generatedBy: string;
  locale: Locale;
  /** Not final: the project is not closed, the year not locked, the tranche not released. */
  draft: boolean;
  /** The operation log's head when the report was generated. */
  logEntries: number;
  logHeadHash: string;
}

export interface ProgramFacts {
  code: string;
  name: string;
  source: string;
  year: number;
}

export interface ProjectFacts {
  applicationCode: string;
  agreementNumber: string;
  name: string;
  classCode: string;
  className: string;
  projectKind: string;
  serviceArea: string;
  districtCode: string;
  beneficiaries: string;
  beneficiaryCount: number;
  periodStart: string;
  periodEnd: string;
  objectives: string;
  requestedFen: number;
  approvedFen: number;
  signedDate: string | null;
  organizationName: string;
  organizationCreditCode: string | null;
}

export interface TrancheEventRow {
  kind: 'release' | 'reversal' | 'cancellation';
  amountFen: number;
  voucherNo: string | null;
  date: string;
  reason: string;
  by: string;
}

export interface TrancheRow {
  seq: number;
  percent: number;
  amountFen: number;
  condition: string;
  milestoneName: string | null;
  state: string;
  voucherNo: string | null;
  voucherDate: string | null;
  preparedBy: string | null;
  preparedAt: string | null;
  releasedBy: string | null;
  releasedAt: string | null;
  history: TrancheEventRow[];
  gates: { ok: boolean; message: string }[];
}

export interface BudgetVersionRow {
  version: number;
  reason: string | null;
  requestedBy: string | null;
  approvedBy: string | null;
  approvedAt: string;
  totalFen: number;
  matchingTotalFen: number;
  lines: { lineCode: string; categoryName: string; amountFen: number; matchingFen: number }[];
}

export interface AdjustmentRow {
  baseVersion: number;
  resultVersion: number | null;
  state: string;
  reason: string;
  requestedBy: string;
  requestedAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  decisionReason: string | null;
}

export interface ExecutionAmounts {
  originalFen: number;
  currentFen: number;
  actualFen: number;
  balanceFen: number;
  rate: string;
}

export interface ExecutionRow {
  lineCode: string;
  categoryName: string;
  grant: ExecutionAmounts;
  matching: ExecutionAmounts;
  total: ExecutionAmounts;
}

export interface LedgerRow {
  voucherNo: string;
  date: string;
  invoiceNo: string;
  lineCode: string;
  share: 'grant' | 'matching';
  payee: string;
  summary: string;
  amountFen: number;
  advance: boolean;
  /** This line is a 红字冲销 of that voucher. */
  reversesVoucherNo: string | null;
  /** This line was reversed by that voucher. */
  reversedByVoucherNo: string | null;
  reason: string;
  postedBy: string;
}

export interface MilestoneRow {
  name: string;
  plannedDate: string;
  completedDate: string | null;
  completedBy: string | null;
  verifiedBy: string | null;
  state: string;
}

export interface IndicatorRow {
  name: string;
  unit: string;
  target: string;
  latest: string | null;
  latestDate: string | null;
  rate: string | null;
  met: boolean;
}

/** One finding of an inspection, its severity as a label (一般 / 较重 / 严重). */
export interface FindingRow {
  seq: number;
  severity: string;
  description: string;
}

/** 实地检查: kind and date, who inspected, what they found and who signed the record off. */
export interface InspectionRow {
  kind: string;
  date: string;
  inspectors: string;
  findings: FindingRow[];
  signedOffBy: string | null;
  /** UTC instant (ISO); shown in Shanghai time. */
  signedOffAt: string | null;
}

/** 整改 items opened by inspection findings, numbered within the project. */
export interface RectificationRow {
  seq: number;
  severity: string;
  requirement: string;
  owner: string;
  deadline: string;
  /** The state label, overdue marked as of the generation time. */
  state: string;
  verifiedBy: string | null;
  /** UTC instant (ISO); shown in Shanghai time. */
  verifiedAt: string | null;
}

/** One indicator of an evaluation's system, the tree flattened in order (level 1 first, then its children). */
export interface EvaluationIndicatorLine {
  code: string;
  name: string;
  level: number;
  /** Whole percent of its level. */
  weight: number;
  /** 分值: the points a leaf is scored out of; for an indicator with children, the sum of its leaves'. */
  maxPoints: string;
  /** Scored directly (no children). */
  leaf: boolean;
}

/** One evaluator of an evaluation: the declaration, then the points given per leaf (by code) and the total. */
export interface EvaluatorScoresRow {
  name: string;
  declaration: string;
  /** Leaf code → points as typed (two decimals). */
  points: Record<string, string>;
  total: string | null;
  comment: string;
  /** UTC instant (ISO); shown in Shanghai time. */
  scoredAt: string | null;
}

/** 中期 / 结项 evaluations: who scored, each indicator's points, the weighted result, grade and consequences. */
export interface EvaluationRow {
  kind: string;
  date: string;
  state: string;
  /** The indicator system version the evaluation was scored on (0: the seed). */
  systemVersion: number;
  indicators: EvaluationIndicatorLine[];
  thresholds: { excellent: string; good: string; pass: string };
  evaluators: EvaluatorScoresRow[];
  /** The mean of the evaluators' weighted totals; null while scoring is open. */
  score: string | null;
  grade: string | null;
  /** 合格 or better; null while scoring is open. */
  passed: boolean | null;
  finalizedBy: string | null;
  finalizedAt: string | null;
  /** What the result changed (a tranche gate opened, a tranche withheld, the organization barred), in words. */
  consequences: string[];
}

export interface RecoveryRow {
  kind: 'unspent' | 'disallowed';
  amountFen: number;
  voucherNo: string;
  date: string;
  reason: string;
  by: string;
}

export interface CloseOutFacts {
  checklist: { applicable: boolean; ok: boolean; message: string }[];
  grantReceivedFen: number;
  grantSpentFen: number;
  grantRecoveredFen: number;
  grantBalanceAfterRecoveryFen: number;
  matchingCommittedFen: number;
  matchingSpentFen: number;
  recoveryOutstandingFen: number;
  closed: { date: string; by: string; note: string } | null;
}

/** One operation-log entry that concerns the project, up to the head at generation. */
export interface LogExtractRow {
  id: number;
  at: string;
  username: string;
  op: string;
  object: string;
}

export interface ProjectReportData {
  program: ProgramFacts;
  project: ProjectFacts;
  tranches: TrancheRow[];
  grantReceivedFen: number;
  versions: BudgetVersionRow[];
  adjustments: AdjustmentRow[];
  execution: { rows: ExecutionRow[]; total: Omit<ExecutionRow, 'lineCode' | 'categoryName'> };
  ledger: LedgerRow[];
  milestones: MilestoneRow[];
  indicators: IndicatorRow[];
  inspections: InspectionRow[];
  rectifications: RectificationRow[];
  evaluations: EvaluationRow[];
  recoveries: RecoveryRow[];
  closeOut: CloseOutFacts;
  log: LogExtractRow[];
}

/** 拨付审批单: one tranche with its conditions, maker and checker. */
export interface TrancheReportData {
  program: ProgramFacts;
  project: ProjectFacts;
  tranche: TrancheRow;
  /** Released before this tranche (net of reversals). */
  releasedBeforeFen: number;
  trancheCount: number;
}

/** One row of a 资金计划年度汇总 breakdown (by district, class, service area or funding share). */
export interface SummaryRow {
  label: string;
  projects: number;
  approvedFen: number;
  releasedFen: number;
  spentFen: number;
  balanceFen: number;
  rate: string;
}

export interface ProgramProjectRow {
  agreementNumber: string;
  name: string;
  organizationName: string;
  district: string;
  approvedFen: number;
  releasedFen: number;
  spentFen: number;
  closed: boolean;
}

export interface ProgramReportData {
  program: ProgramFacts & { totalAllocationFen: number };
  yearLocked: boolean;
  byDistrict: SummaryRow[];
  byClass: SummaryRow[];
  byServiceArea: SummaryRow[];
  byShare: SummaryRow[];
  projects: ProgramProjectRow[];
}

export type ReportData =
  | { kind: 'project'; data: ProjectReportData }
  | { kind: 'tranche'; data: TrancheReportData }
  | { kind: 'program'; data: ProgramReportData }
  | { kind: 'disclosure'; data: DisclosureReportData }
  | { kind: 'inspection'; data: InspectionReportData }
  | { kind: 'rectificationNotice'; data: RectificationNoticeData }
  | { kind: 'evaluation'; data: EvaluationReportData };

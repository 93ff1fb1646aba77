import type { EvaluationRow, ProgramFacts, ProjectFacts, SummaryRow } from './types';

/**
 * The data of the forms a finance office prints and signs (检查报告, 整改通知书, 评估报告) and of the annual
 * 彩票公益金使用情况公告: plain JSON, money in integer fen, labels already in the report's language.
 */

/** One lottery-funded program of the year with its money. */
export interface DisclosureProgramRow {
  code: string;
  name: string;
  source: string;
  totalAllocationFen: number;
  projects: number;
  approvedFen: number;
  releasedFen: number;
  spentFen: number;
  rate: string;
}

/** One funded project with its money and how far its indicators and evaluations came. */
export interface DisclosureProjectRow {
  agreementNumber: string;
  name: string;
  organizationName: string;
  district: string;
  serviceArea: string;
  approvedFen: number;
  releasedFen: number;
  spentFen: number;
  indicatorsMet: number;
  indicators: number;
  /** The latest finalized evaluation's grade, or null. */
  grade: string | null;
  closed: boolean;
}

/** 彩票公益金使用情况公告 for a year: every lottery-funded program of that year and its projects. */
export interface DisclosureReportData {
  year: number;
  /** The rules ask for the notice by the end of June of the next year. */
  dueDate: string;
  yearLocked: boolean;
  programs: DisclosureProgramRow[];
  /** Spent over approved, all programs together. */
  executionRate: string;
  byServiceArea: SummaryRow[];
  byDistrict: SummaryRow[];
  projects: DisclosureProjectRow[];
  indicators: { total: number; met: number; rate: string };
  /** Finalized evaluations by grade label, best first, with their count. */
  grades: { grade: string; count: number }[];
  /** Beneficiaries the funded projects planned to reach. */
  beneficiaries: number;
}

export interface InspectionAnswerRow {
  seq: number;
  text: string;
  /** 是 / 否 / 不适用, a score "8 / 10", a number or text; '—' when not answered. */
  answer: string;
  note: string;
}

export interface InspectionFindingRow {
  seq: number;
  severity: string;
  description: string;
  requirement: string;
  responsiblePerson: string;
  deadline: string;
  disallowFen: number;
  vouchers: string[];
  /** The rectification item's state, once signed off. */
  rectification: string | null;
}

export interface InspectionFileRow {
  fileName: string;
  /** Photo (照片) or other scan. */
  photo: boolean;
  sha256: string;
  uploadedBy: string;
  uploadedAt: string;
  /** Capture time from EXIF in Beijing time ('2016-09-20 14:30:05'), or null when the file does not say. */
  takenAt: string | null;
  /** Taken on the inspection's day, another day, or unknown (a label). */
  day: string;
}

/** 检查报告 for one inspection. */
export interface InspectionReportData {
  program: ProgramFacts;
  project: ProjectFacts;
  kind: string;
  date: string;
  place: string;
  notes: string;
  checklist: string;
  inspectors: { name: string; unit: string }[];
  sections: { name: string; items: InspectionAnswerRow[] }[];
  findings: InspectionFindingRow[];
  files: InspectionFileRow[];
  addenda: { date: string; text: string; by: string; at: string }[];
  recordedBy: string;
  signedOffBy: string | null;
  signedOffAt: string | null;
}

export interface NoticeItemRow {
  agreementNumber: string;
  projectName: string;
  seq: number;
  inspection: string;
  severity: string;
  description: string;
  requirement: string;
  responsiblePerson: string;
  deadline: string;
  state: string;
  overdue: boolean;
  disallowFen: number;
}

/** 整改通知书 to one organization for its items not yet verified. */
export interface RectificationNoticeData {
  organization: { name: string; creditCode: string | null; district: string; contact: string };
  /** Shanghai date of issue (the generation day). */
  issuedOn: string;
  /** The latest deadline among the items: by then everything is to be rectified. */
  deadline: string | null;
  items: NoticeItemRow[];
}

/** 评估报告 for one evaluation. */
export interface EvaluationReportData {
  program: ProgramFacts;
  project: ProjectFacts;
  evaluation: EvaluationRow;
  /** Facts the evaluators scored beside: the budget execution at the evaluation. */
  approvedFen: number;
  grantReceivedFen: number;
  grantSpentFen: number;
  executionRate: string;
}

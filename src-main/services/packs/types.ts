import type { AgreementView, ChecklistVersionView, OpOutput } from '../../contract/index';
import type { EvidenceContent, InspectionContent, PackRecordKind } from '../../core/packs';

/** What a pack file holds (after its signature is checked). */
export interface PackBody {
  kind: 'pack';
  packNo: string;
  /** Travels with the pack so the field can sign its result; the office checks that with its own copy. */
  key: string;
  exportedAt: string;
  exportedBy: string;
  /** The hash lets an inspector sign in to the field database as at the office; absent from older packs. */
  inspectors: { username: string; displayName: string; passwordHash?: string }[];
  templates: ChecklistVersionView[];
  projects: PackProject[];
}

export interface PackProject {
  applicationId: number;
  agreementNumber: string;
  projectName: string;
  organizationName: string;
  agreement: AgreementView;
  budget: Pick<
    OpOutput<'budgets.view'>,
    'execution' | 'grantReceivedFen' | 'grantSpentFen' | 'matchingSpentFen' | 'ledgerLineCount' | 'recoveredFen'
  >;
  inspection: { id: number; checklistVersionId: number; content: InspectionContent };
  openRectifications: PackRectification[];
  /**
   * [凭证号, grant spending in fen] of every ledger line, so a finding's 核减 is checked in the field as at the
   * office. Absent from packs made before findings there could carry one (no 核减 can then be recorded).
   */
  ledgerVouchers?: [string, number][];
}

export interface PackRectification {
  id: number;
  ref: string;
  severity: 'minor' | 'major' | 'severe';
  description: string;
  requirement: string;
  responsiblePerson: string;
  deadline: string;
  state: string;
}

export interface ResultRecord {
  kind: PackRecordKind;
  refId: number;
  by: string;
  at: string;
  content: InspectionContent | EvidenceContent;
}

/** What a result file holds: the field's records and the photos they name. */
export interface ResultsBody {
  kind: 'results';
  packNo: string;
  createdAt: string;
  records: ResultRecord[];
  files: { sha256: string; fileName: string; mimeType: string; base64: string }[];
}

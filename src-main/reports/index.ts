/**
 * Report document definitions: pure functions from a report's data to a pdfmake document, shared by the CLI
 * (Node) and the renderer (a Web Worker). No Node, DOM or database here (lint enforces it).
 */
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { projectReport } from './project';
import { programReport } from './program';
import { trancheReport } from './tranche';
import type { ReportData, ReportMeta } from './types';
import { disclosureReport } from './disclosure';
import { inspectionReport } from './inspection';
import { rectificationNotice } from './notice';
import { evaluationReport } from './evaluation';

export * from './types';
export * from './kinds-types';
export { canonicalJson, fingerprintInput } from './canonical';
export { inWords, qrPayload, REPORT_FONT, shortFingerprint } from './layout';
export { projectReport, projectSectionTitles } from './project';
export { trancheReport } from './tranche';
export { programReport, programSectionTitles } from './program';
export { reportTitle, tx } from './text';
export { disclosureReport, disclosureSectionTitles } from './disclosure';
export { inspectionReport, inspectionSectionTitles } from './inspection';
export { rectificationNotice, noticeSectionTitles } from './notice';
export { evaluationReport, evaluationSectionTitles } from './evaluation';
export {
  prepareReport,
  renderPrepared,
  renderReport,
  type PdfMakeRunner,
  type PreparedReport,
  type DrawProgress,
} from './render';
export { amountFen, reportTables, type ReportTable, type TableValue } from './tables';

export function reportDefinition(report: ReportData, meta: ReportMeta): TDocumentDefinitions {
  switch (report.kind) {
    case 'project':
      return projectReport(report.data, meta);
    case 'tranche':
      return trancheReport(report.data, meta);
    case 'program':
      return programReport(report.data, meta);
    case 'disclosure':
      return disclosureReport(report.data, meta);
    case 'inspection':
      return inspectionReport(report.data, meta);
    case 'rectificationNotice':
      return rectificationNotice(report.data, meta);
    case 'evaluation':
      return evaluationReport(report.data, meta);
  }
}

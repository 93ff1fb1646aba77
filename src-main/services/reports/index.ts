/** Reports (报告): loading their data read-only, registering and fingerprinting them, rendering and verifying. */
export { generateReport, loadReportData, recomputeFingerprint, registeredReport, type ReportSubject } from './generate';
export { loadProjectReport } from './load-project';
export { loadTrancheReport } from './load-tranche';
export { findProgram, loadProgramReport } from './load-program';
export { loadSupervision, type SupervisionRecords } from './supervision';
export { fontsDir, pageCount, renderPdf } from './pdf';
export { readReportMetadata, verifyReport, verifyReportNumber, type ChangedRecord, type VerifyOutcome } from './verify';
export { verify } from './verify-op';
export { exportReport, exportTables, reportFileName } from './export-op';

/**
 * Applications (申报), review (评审), approval (立项) and agreements (项目协议): one use case per function.
 * The handler table maps the contract's ops to these; the import calls createApplication per row.
 */
export { createApplication, updateApplication } from './drafts';
export { submit, submissionViolations } from './submit';
export { formalReview, assignReviewers, declare, score, completeExpertReview } from './review';
export { financeReview, startNotice } from './finance';
export { approve, reject } from './decision';
export { sign } from './agreements';
export {
  list,
  get,
  queue,
  evaluators,
  listApplicationsForExport,
  iterateApplicationsForExportRows,
  type ApplicationExportQuery,
  type ApplicationExportRow,
} from './queries';
export {
  findOrganizationByCode,
  findProgramByCode,
  resolveClassCode,
  type OrganizationForImport,
  type ProgramForImport,
} from './lookups';
export { loadDetail } from './detail';

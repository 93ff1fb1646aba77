import type { OpName, OpOutput, OpParsedInput } from '../contract/index';
import * as applications from '../services/applications/index';
import * as attachments from '../services/attachments/index';
import * as auth from '../services/auth';
import * as closeOut from '../services/close-out/index';
import type { ServiceContext } from '../services/context';
import * as fundPrograms from '../services/fund-programs';
import * as milestones from '../services/milestones/index';
import * as operationLog from '../services/operation-log/index';
import * as organizationBars from '../services/organization-bars';
import * as organizations from '../services/organizations';
import * as periods from '../services/periods/index';
import * as savedFilters from '../services/saved-filters';
import * as system from '../services/system';
import * as tranches from '../services/tranches/index';
import * as budgets from '../services/budgets/index';
import * as ledger from '../services/ledger/index';
import * as transfer from '../services/transfer/index';
import * as ledgerTransfer from '../services/transfer/expenditures/index';
import * as users from '../services/users';
import * as home from '../services/home/index';
import * as exportViews from '../services/exports/index';
import * as backups from '../services/backup/index';
import * as draws from '../services/draws/index';
import * as inspections from '../services/inspections/index';
import * as rectifications from '../services/rectifications/index';
import * as evaluations from '../services/evaluations/index';
import * as reports from '../services/reports/index';

export type Handler<N extends OpName> = (ctx: ServiceContext, input: OpParsedInput<N>) => OpOutput<N>;

/** One line per op; typed from the contract, so an op without a handler does not compile. */
export const handlers: { [N in OpName]: Handler<N> } = {
  'auth.status': auth.status,
  'auth.setup': auth.setup,
  'auth.signIn': auth.signIn,
  'auth.signOut': auth.signOut,
  'auth.changePassword': auth.changePassword,
  'users.list': users.list,
  'users.create': users.create,
  'users.update': users.update,
  'users.resetPassword': users.resetPassword,
  'fundPrograms.list': fundPrograms.list,
  'fundPrograms.get': fundPrograms.get,
  'fundPrograms.create': fundPrograms.create,
  'fundPrograms.update': fundPrograms.update,
  'organizations.list': organizations.list,
  'organizations.get': organizations.get,
  'organizations.create': organizations.create,
  'organizations.update': organizations.update,
  'system.info': system.info,
  'log.search': operationLog.search,
  'log.export': operationLog.exportLog,
  'log.verify': operationLog.verify,
  'organizations.bars': organizationBars.bars,
  'organizations.bar': organizationBars.bar,
  'applications.list': applications.list,
  'applications.get': applications.get,
  'applications.create': applications.createApplication,
  'applications.update': applications.updateApplication,
  'applications.submit': applications.submit,
  'applications.formalReview': applications.formalReview,
  'applications.assignReviewers': applications.assignReviewers,
  'applications.declare': applications.declare,
  'applications.score': applications.score,
  'applications.completeExpertReview': applications.completeExpertReview,
  'applications.financeReview': applications.financeReview,
  'applications.startNotice': applications.startNotice,
  'applications.approve': applications.approve,
  'applications.reject': applications.reject,
  'agreements.sign': applications.sign,
  'reviews.queue': applications.queue,
  'reviews.evaluators': applications.evaluators,
  'applications.importPreview': transfer.importPreview,
  'applications.import': transfer.importApplications,
  'applications.template': transfer.template,
  'applications.export': transfer.exportApplications,
  'savedFilters.list': savedFilters.list,
  'savedFilters.save': savedFilters.save,
  'savedFilters.delete': savedFilters.remove,
  'tranches.list': tranches.list,
  'tranches.prepare': tranches.prepare,
  'tranches.withdraw': tranches.withdraw,
  'tranches.release': tranches.release,
  'tranches.reverse': tranches.reverse,
  'tranches.cancel': tranches.cancel,
  'budgets.view': budgets.view,
  'budgets.requestAdjustment': budgets.requestAdjustment,
  'budgets.approveAdjustment': budgets.approveAdjustment,
  'budgets.rejectAdjustment': budgets.rejectAdjustment,
  'budgets.withdrawAdjustment': budgets.withdrawAdjustment,
  'ledger.list': ledger.list,
  'ledger.post': ledger.post,
  'ledger.reverse': ledger.reverse,
  'ledger.importCheck': ledgerTransfer.importCheck,
  'ledger.import': ledgerTransfer.importLedger,
  'ledger.export': ledgerTransfer.exportLedger,
  'milestones.list': milestones.list,
  'milestones.plan': milestones.plan,
  'milestones.complete': milestones.complete,
  'milestones.verify': milestones.verify,
  'indicators.record': milestones.record,
  'attachments.upload': attachments.upload,
  'attachments.open': attachments.open,
  'attachments.list': attachments.list,
  'closeOut.view': closeOut.view,
  'closeOut.recordRecovery': closeOut.recordRecovery,
  'closeOut.close': closeOut.close,
  'periods.list': periods.list,
  'periods.lock': periods.lock,
  'fundPrograms.money': fundPrograms.money,
  'home.summary': home.summary,
  'home.checkChain': home.checkChain,
  'worklists.notices': home.notices,
  'worklists.tranches': home.tranches,
  'worklists.adjustments': home.adjustments,
  'worklists.advances': home.advances,
  'worklists.milestones': home.milestones,
  'exports.projects': exportViews.projects,
  'exports.financeQueue': exportViews.financeQueue,
  'exports.ledger': exportViews.ledger,
  'exports.budgetExecution': exportViews.budgetExecution,
  'exports.tranches': exportViews.tranches,
  'exports.organizations': exportViews.organizations,
  'exports.users': exportViews.users,
  'exports.fundPrograms': exportViews.fundPrograms,
  'backups.list': backups.list,
  'backups.restore': backups.restore,
  'exports.notices': exportViews.notices,
  'exports.trancheQueue': exportViews.trancheQueue,
  'exports.adjustmentQueue': exportViews.adjustmentQueue,
  'exports.advances': exportViews.advances,
  'exports.milestones': exportViews.milestones,
  'draws.run': draws.run,
  'draws.verify': draws.verify,
  'draws.list': draws.list,
  'checklists.list': inspections.listChecklists,
  'checklists.get': inspections.getChecklist,
  'checklists.save': inspections.saveChecklist,
  'inspections.inspectorPool': inspections.inspectorPool,
  'inspections.list': inspections.list,
  'inspections.get': inspections.get,
  'inspections.create': inspections.create,
  'inspections.update': inspections.update,
  'inspections.saveAnswers': inspections.saveAnswers,
  'inspections.addFinding': inspections.addFinding,
  'inspections.removeFinding': inspections.removeFinding,
  'inspections.attach': inspections.attach,
  'inspections.signOff': inspections.signOff,
  'inspections.addAddendum': inspections.addAddendum,
  'findings.confirmDisallowance': inspections.confirmDisallowance,
  'rectifications.list': rectifications.list,
  'rectifications.get': rectifications.get,
  'rectifications.overdue': rectifications.overdue,
  'rectifications.submitEvidence': rectifications.submitEvidence,
  'rectifications.verify': rectifications.verify,
  'rectifications.reopen': rectifications.reopen,
  'indicatorSystems.get': evaluations.getSystem,
  'indicatorSystems.save': evaluations.saveSystem,
  'evaluations.list': evaluations.list,
  'evaluations.get': evaluations.get,
  'evaluations.create': evaluations.create,
  'evaluations.declare': evaluations.declare,
  'evaluations.score': evaluations.score,
  'evaluations.finalize': evaluations.finalize,
  'evaluations.evaluators': evaluations.evaluators,
  'reports.verify': reports.verify,
  'reports.export': reports.exportReport,
  'reports.exportTables': reports.exportTables,
};

export { view } from './view';
export {
  requestAdjustment,
  approve as approveAdjustment,
  reject as rejectAdjustment,
  withdraw as withdrawAdjustment,
} from './adjust';
export { createInitialBudget, recordInitialBudget, lineCodeOfSeq, type InitialBudgetArgs } from './initial';
export { loadProject, type Project } from './project';
export { moneyFacts, type MoneyFacts } from './facts';

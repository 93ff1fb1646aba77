export { list } from './list';
export {
  post,
  postExpenditures,
  checkRows,
  logPostedRun,
  type Expenditure,
  type PostedRef,
  type PostResult,
  type RowViolation,
} from './post';
export { reverse } from './reverse';
export { loadPostingContext, type LedgerContext } from './context';
export { resolveBudgetLine, type LineResolution } from './lines';

export { list, get, overdue } from './list';
export { submitEvidence, verify, reopen } from './steps';
export { rectificationFactsOf } from './facts';

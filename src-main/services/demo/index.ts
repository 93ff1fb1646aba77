export {
  DEMO_EXPERTS,
  DEMO_PASSWORD,
  DEMO_USERS,
  seedDemo,
  type DemoUser,
  type SeedDemoOptions,
  type SeedDemoResult,
} from './seed';
export { DEMO_PROJECT_NAMES } from './names';
export { DEMO_BASE_PROGRAMS, DEMO_BASE_TOTAL_FEN } from './programs';
export { DEMO_LEDGER_SCALE } from './project-finance';
export { demoFinanceSummary, largestDemoLedgers } from './summary';
export { recheckProjectFinance } from './finance-audit';
export { seedInspectionsEvery } from './scale-inspections';

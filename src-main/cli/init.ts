import type { Locale, Role } from '../contract';
import {
  AppError,
  closeApp,
  DEMO_EXPERTS,
  DEMO_PASSWORD,
  DEMO_USERS,
  seedDemo,
  systemContext,
  type AppContext,
} from '../api';
import { countUsers } from '../db/users-repo';
import { demoFinanceSummary, largestDemoLedgers } from '../services/demo/index';
import { databaseFacts } from '../db/system-repo';
import { intOption } from './args';
import type { CommandContext } from './context';
import { DataError, EXIT_OK, t, UsageError, type Io } from './output';
import { openApp } from './open';

const ROLE_LABELS: Record<Role, Record<Locale, string>> = {
  admin: { zh: '系统管理员', en: 'administrator' },
  finance: { zh: '财务审核', en: 'finance officer' },
  project: { zh: '项目管理', en: 'project officer' },
  evaluator: { zh: '评估检查', en: 'evaluator' },
  auditor: { zh: '审计', en: 'auditor' },
};

function loadDemo(
  app: AppContext,
  io: Io,
  locale: Locale,
  scale: { projects: number | undefined; ledgerLines: number | undefined },
): void {
  // Demo data goes only into a new database: mixing it with real accounts or records would confuse both.
  if (countUsers(app.db) > 0) throw new DataError(t('init.demoNotEmpty', locale, { path: app.dbPath }));
  let result;
  try {
    result = seedDemo(systemContext(app), { ...scale, includeAdmin: true });
  } catch (e) {
    if (e instanceof AppError && e.rule === 'demo.notEmpty') {
      throw new DataError(t('init.demoNotEmpty', locale, { path: app.dbPath }));
    }
    throw e;
  }
  io.out(t('init.demoLoaded', locale, { ...result }));
  io.out(t('init.demoFinance', locale, { ...demoFinanceSummary(app.db) }));
  for (const big of largestDemoLedgers(app.db))
    io.out(t('init.demoBigLedger', locale, { project: big.agreementNumber, lines: big.lines }));
  io.out(t('init.accountHeader', locale));
  // The synthetic experts are real accounts too (they score in the sample reviews), so they are listed.
  for (const user of [...DEMO_USERS, ...DEMO_EXPERTS]) {
    const roles = user.roles.map((r) => ROLE_LABELS[r][locale]).join('、');
    const who = user.displayName === roles ? roles : `${roles}（${user.displayName}）`;
    io.out(`  ${user.username.padEnd(10)} ${DEMO_PASSWORD.padEnd(10)} ${who}`);
  }
}

/** Creates or migrates the database (opening does that) and optionally fills it with the sample set. */
export function runInit({ io, locale, dbPath, values }: CommandContext): number {
  const projects = intOption('projects', values.projects, 1, 1_000_000);
  const ledgerLines = intOption('ledger-lines', values['ledger-lines'], 0, 10_000_000);
  if (projects !== undefined && !values.demo) throw new UsageError('usage.projectsWithoutDemo');
  if (ledgerLines !== undefined && !values.demo) throw new UsageError('usage.ledgerLinesWithoutDemo');
  const app = openApp(dbPath, 'cli', locale);
  try {
    if (values.demo) loadDemo(app, io, locale, { projects, ledgerLines });
    io.out(t('init.ready', locale, { path: app.dbPath, version: databaseFacts(app.db).schemaVersion }));
  } finally {
    closeApp(app);
  }
  return EXIT_OK;
}

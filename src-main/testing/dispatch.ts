import {
  ROLES,
  ruleSetTemplate,
  makeCreditCode,
  type Locale,
  type OpInput,
  type OpName,
  type Role,
} from '../contract/index';
import { insertFundProgram } from '../db/fund-programs-repo';
import { insertOrganization } from '../db/organizations-repo';
import { TempFolder } from './db';
import { addUser, TEST_PASSWORD, TestClock } from './services';
import { closeApp, createApp, type AppContext } from '../api/app';
import type { CallContext } from '../api/dispatch';
import { exportSamples } from './dispatch-exports';
import { packSamples } from './dispatch-packs';
import { applicationSamples, seedFixtureApplications } from './dispatch-applications';
import { closeOutSamples } from './dispatch-closeout';
import { milestoneSamples } from './dispatch-milestones';
import { trancheSamples } from './dispatch-tranches';
import { ledgerSamples } from './dispatch-ledger';
import { ledgerTransferSamples } from './dispatch-ledger-transfer';
import { transferSamples } from './dispatch-transfer';
import { homeSamples } from './dispatch-home';
import { inspectionSamples } from './dispatch-inspections';
import { evaluationSamples } from './dispatch-evaluations';

/**
 * Test support for dispatch: a database with one signed-in user per role, one fund program and one
 * organization, and a valid input for every op. Not used by the app.
 */
export interface Fixture {
  app: AppContext;
  clock: TestClock;
  folder: TempFolder;
  tokens: Record<Role, string>;
  userIds: Record<Role, number>;
  close(): void;
}

export const ORG_CODE = makeCreditCode('52', '500103', 'MJ0000001');

export function openFixture(folder = new TempFolder(), file = 'grants.sqlite'): Fixture {
  const clock = new TestClock();
  const app = createApp({ dbPath: folder.file(file), host: 'test', appVersion: '1.2.3', clock: clock.now });
  const tokens = {} as Record<Role, string>;
  const userIds = {} as Record<Role, number>;
  for (const role of ROLES) {
    const u = addUser(app, role, [role]);
    tokens[role] = u.token;
    userIds[role] = u.id;
  }
  const meta = { now: clock.now().toISOString(), createdBy: userIds.admin };
  insertFundProgram(app.db, { ...programInput(), applicationStart: null, applicationEnd: null, notes: '' }, meta);
  insertOrganization(
    app.db,
    { ...orgInput(), legalRepresentative: '', contactPerson: '', phone: '', foundedDate: null, rating: null },
    meta,
  );
  seedFixtureApplications(app, userIds);
  return {
    app,
    clock,
    folder,
    tokens,
    userIds,
    close() {
      closeApp(app);
      folder.remove();
    },
  };
}

/** A CallContext that records every token the dispatcher hands back. */
export function caller(token: string | null, locale: Locale = 'zh'): CallContext & { issued: (string | null)[] } {
  const issued: (string | null)[] = [];
  return { sessionToken: token, locale, issued, setSessionToken: (t) => void issued.push(t) };
}

function programInput() {
  return {
    code: 'CQ-ZY-2015',
    name: '2015年中央财政支持社会组织参与社会服务项目（重庆）',
    source: 'CENTRAL' as const,
    year: 2015,
    totalAllocationFen: 1_200_000_000,
    ruleSet: ruleSetTemplate('CENTRAL'),
  };
}

function orgInput() {
  return {
    name: '重庆市渝中区心语社会工作服务中心',
    creditCode: ORG_CODE,
    kind: 'social_service' as const,
    registration: 'registered' as const,
    districtCode: '500103',
  };
}

/** One valid input per op, given the fixture's ids. Typed so a new op without an example fails to compile. */
export function validInputs(f: Pick<Fixture, 'userIds'>): { [N in OpName]: OpInput<N> } {
  const program = {
    ...programInput(),
    code: 'CQ-FC-2016',
    source: 'LOTTERY' as const,
    ruleSet: ruleSetTemplate('LOTTERY'),
  };
  const org = {
    ...orgInput(),
    name: '万州区守护天使志愿者协会',
    creditCode: makeCreditCode('51', '500101', 'MJ0000002'),
    kind: 'social_group' as const,
    districtCode: '500101',
    legalRepresentative: '王芳',
    contactPerson: '李强',
    phone: '023-63000000',
    foundedDate: '2012-05-06',
    rating: '4A' as const,
  };
  return {
    'auth.status': {},
    'auth.setup': { username: 'chief', displayName: '局长', password: 'abcd1234', loadDemo: false },
    'auth.signIn': { username: 'finance', password: TEST_PASSWORD },
    'auth.signOut': {},
    'auth.changePassword': { currentPassword: TEST_PASSWORD, newPassword: 'newpass123' },
    'users.list': {
      page: 1,
      pageSize: 20,
      sort: [{ id: 'username', desc: true }],
      search: 'a',
      filters: { role: 'admin', disabled: false },
    },
    'users.create': { username: 'newuser', displayName: '新用户', password: 'abcd1234', roles: ['finance'] },
    'users.update': { id: f.userIds.finance, displayName: '王芳', roles: ['finance', 'project'], disabled: false },
    'users.resetPassword': { id: f.userIds.finance, newPassword: 'abcd1234' },
    'fundPrograms.list': {
      page: 1,
      pageSize: 10,
      sort: [{ id: 'year', desc: true }],
      search: 'CQ',
      filters: { source: 'CENTRAL', year: 2015 },
    },
    'fundPrograms.get': { id: 1 },
    'fundPrograms.create': {
      ...program,
      applicationStart: '2016-03-01',
      applicationEnd: '2016-04-15',
      notes: '彩票公益金资助',
    },
    'fundPrograms.update': { id: 1, ...programInput(), totalAllocationFen: 1_300_000_000 },
    'organizations.list': {
      page: 1,
      pageSize: 50,
      sort: [{ id: 'name', desc: false }],
      search: '心语',
      filters: { kind: 'social_service', registration: 'registered', districtCode: '500103', rating: '4A' },
    },
    'organizations.get': { id: 1 },
    'organizations.create': org,
    'organizations.update': { id: 1, ...orgInput(), rating: '5A' },
    'system.info': {},
    'log.search': {
      page: 1,
      pageSize: 20,
      sort: [{ id: 'at', desc: true }],
      search: '心语',
      filters: {
        username: 'admin',
        from: '2024-01-01',
        to: '2024-12-31',
        op: 'organizations.',
        entityType: 'organization',
      },
    },
    'log.export': { format: 'csv', search: '', filters: { from: '2024-05-01' } },
    'log.verify': {},
    ...applicationSamples(f.userIds),
    ...transferSamples(ORG_CODE),
    ...trancheSamples(),
    ...ledgerSamples(),
    ...milestoneSamples(),
    ...closeOutSamples(),
    ...ledgerTransferSamples(),
    'fundPrograms.money': { id: 1 },
    ...homeSamples(),
    ...exportSamples(),
    'backups.list': {},
    'backups.restore': { name: 'daily-20240501T080000Z' },
    'draws.run': { programCode: 'CQ-ZY-2015', year: 2015, count: 1, seed: 'A1B2C3' },
    'draws.verify': { id: 1 },
    'draws.list': {},
    ...inspectionSamples(f.userIds),
    ...evaluationSamples([f.userIds.evaluator, f.userIds.admin]),
    'reports.verify': { number: 'BG-2026-0001' },
    ...packSamples(),
    'reports.export': { kind: 'project', applicationId: 1 },
    'reports.exportTables': { kind: 'project', applicationId: 1 },
  };
}

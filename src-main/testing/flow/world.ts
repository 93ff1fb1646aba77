import { makeCreditCode, ruleSetTemplate, type Role, type RuleSet } from '../../contract/index';
import { insertFundProgram } from '../../db/fund-programs-repo';
import { insertOrganizationBar } from '../../db/organization-bars-repo';
import { insertOrganization } from '../../db/organizations-repo';
import { addUser, TestClock } from '../services';
import { closeApp, createApp } from '../../api/app';

/**
 * The world every run of the applications property test starts from: people in every role (one both project
 * and finance officer), a central and two lottery programs (one allowing a 5% management fee), four
 * registered organizations, a filed one and one barred for 2015. Test support only.
 */
export const PEOPLE: [string, Role[]][] = [
  ['project1', ['project']],
  ['project2', ['project']],
  ['both', ['project', 'finance']],
  ['finance1', ['finance']],
  ['finance2', ['finance']],
  ['expert1', ['evaluator']],
  ['expert2', ['evaluator']],
  ['expert3', ['evaluator']],
  ['auditor', ['auditor']],
  ['admin', ['admin']],
];

const feeAllowed: RuleSet = {
  ...ruleSetTemplate('LOTTERY'),
  managementFeeCapPercent: 5,
  forbiddenCostTypes: ruleSetTemplate('LOTTERY').forbiddenCostTypes.filter((c) => c !== 'management_fee'),
};
export const PROGRAMS = [
  { code: 'CQ-ZY-2015', source: 'CENTRAL' as const, year: 2015, ruleSet: ruleSetTemplate('CENTRAL') },
  { code: 'CQ-FC-2016', source: 'LOTTERY' as const, year: 2016, ruleSet: ruleSetTemplate('LOTTERY') },
  { code: 'CQ-FC-2016-2', source: 'LOTTERY' as const, year: 2016, ruleSet: feeAllowed },
];
/** Four registered organizations, a filed one (may not apply for central funds) and one barred for 2015. */
export const ORGS = 6;
const FILED = 5;
const BARRED = 6;

export const START = Date.UTC(2015, 9, 1, 1);
/** Sessions must outlive the clock jumps of a run. */
export const CONFIG = { sessionIdleMinutes: 60 * 24 * 365 * 30 };

export interface People {
  tokens: Record<string, string>;
  userIds: Record<string, number>;
}

export function buildTemplate(file: string): People {
  const clock = new TestClock(START);
  const app = createApp({ dbPath: file, host: 'test', clock: clock.now, config: CONFIG });
  const people: People = { tokens: {}, userIds: {} };
  for (const [name, roles] of PEOPLE) {
    const u = addUser(app, name, roles);
    people.tokens[name] = u.token;
    people.userIds[name] = u.id;
  }
  const meta = { now: clock.now().toISOString(), createdBy: people.userIds.admin! };
  for (const p of PROGRAMS)
    insertFundProgram(
      app.db,
      { ...p, name: p.code, totalAllocationFen: 1e10, applicationStart: null, applicationEnd: null, notes: '' },
      meta,
    );
  for (let i = 1; i <= ORGS; i++)
    insertOrganization(
      app.db,
      {
        name: `机构${i}`,
        creditCode: i === FILED ? null : makeCreditCode('52', '500103', `MJ000${String(i).padStart(4, '0')}`),
        kind: 'social_service',
        registration: i === FILED ? 'filed' : 'registered',
        districtCode: '500103',
        legalRepresentative: '',
        contactPerson: '',
        phone: '',
        foundedDate: null,
        rating: null,
      },
      meta,
    );
  insertOrganizationBar(app.db, { organizationId: BARRED, fromYear: 2014, toYear: 2015, reason: '评估不合格' }, meta);
  closeApp(app);
  return people;
}

import type { ApplicationState } from '../../core/application-state';
import type { ProjectKind, ServiceArea } from '../../core/application-vocabulary';
import { checkBudgetLines, checkSubmission } from '../../core/application-rules';
import type { FundSource, RuleSet } from '../../core/rule-set';
import { insertOrganizationBar } from '../../db/organization-bars-repo';
import { allocate, budgetLines, financeCut, matching, pickClass } from './application-money';
import { writeDemoApplication, type DemoApplicationPlan, type DemoPeople } from './application-writer';
import { DEMO_PROJECT_NAMES } from './names';
import type { Prng } from './prng';
import type { Db } from '../../db/statements';

export interface DemoProgram {
  id: number;
  year: number;
  source: FundSource;
  totalAllocationFen: number;
  ruleSet: RuleSet;
}

export interface DemoOrganization {
  id: number;
  registration: 'registered' | 'filed';
  districtCode: string;
}

/** Programs still under review in the sample data: the latest year's calls. */
const IN_PROGRESS: readonly [ApplicationState, number][] = [
  ['draft', 2],
  ['submitted', 2],
  ['returned', 1],
  ['expert_review', 3],
  ['finance_review', 2],
  ['finance_reviewed', 2],
  ['in_notice', 2],
];
const REJECTED_PER_PROGRAM = 4;
const BARRED_FOR_2016 = 3;

/** Service area and kind from the project name's topic (the names are brand + topic). */
const TOPICS: readonly [string, ServiceArea, ProjectKind][] = [
  ['留守儿童', 'orphans', 'social_work'],
  ['困境儿童', 'orphans', 'social_work'],
  ['老人', 'elderly', 'social_work'],
  ['养老', 'elderly', 'social_work'],
  ['残疾人', 'disability', 'social_work'],
  ['心理', 'counselling', 'social_work'],
  ['矫正', 'support_network', 'social_work'],
  ['流动人口', 'community', 'social_work'],
  ['志愿服务', 'community', 'volunteer'],
  ['人才培训', 'education', 'training'],
  ['灾后', 'disaster', 'social_work'],
  ['低保', 'hardship', 'social_work'],
  ['戒毒', 'support_network', 'social_work'],
];

function topicOf(name: string, rng: Prng): [ServiceArea, ProjectKind] {
  const hit = TOPICS.find(([k]) => name.includes(k));
  return hit ? [hit[1], hit[2]] : [rng.pick(['community', 'counselling', 'elderly'] as const), 'social_work'];
}

/** How many of a program's applications end in each state: most approved, a few rejected, the rest under way. */
function stateList(rng: Prng, count: number, current: boolean): ApplicationState[] {
  const states: ApplicationState[] = [];
  if (current) for (const [s, n] of IN_PROGRESS) for (let i = 0; i < n && states.length < count; i++) states.push(s);
  for (let i = 0; i < REJECTED_PER_PROGRAM && states.length < count; i++) states.push('rejected');
  while (states.length < count) states.push('approved');
  return rng.shuffle(states);
}

export interface SeedApplicationsInput {
  programs: readonly DemoProgram[];
  /** Programs whose 5,400万元 the approvals should add up to (the 2015–2016 calls). */
  baseProgramIds: ReadonlySet<number>;
  organizations: readonly DemoOrganization[];
  people: DemoPeople;
  count: number;
  rng: Prng;
  now: string;
}

/**
 * Applications in every state over the programs: the base (2015–2016) programs get up to 400, approved
 * amounts adding up to each program's allocation; later programs share the rest. Every approved or
 * submitted application meets its program's rules (checked here, so a bad sample fails loudly).
 */
export function seedDemoApplications(db: Db, input: SeedApplicationsInput): number {
  const { programs, rng } = input;
  const base = programs.filter((p) => input.baseProgramIds.has(p.id));
  const later = programs.filter((p) => !input.baseProgramIds.has(p.id));
  const baseCount = later.length === 0 ? input.count : Math.min(input.count, 400);
  const perProgram = new Map<number, number>();
  const spread = (list: readonly DemoProgram[], n: number) =>
    list.forEach((p, i) => perProgram.set(p.id, Math.floor(n / list.length) + (i < n % list.length ? 1 : 0)));
  spread(base, baseCount);
  spread(later, input.count - baseCount);

  // A few organizations failed their 2015 evaluation and are barred from the 2016 calls.
  const barred = new Set<number>();
  const registered = input.organizations.filter((o) => o.registration === 'registered');
  for (const o of registered.slice(-BARRED_FOR_2016)) {
    insertOrganizationBar(
      db,
      { organizationId: o.id, fromYear: 2016, toYear: 2016, reason: '2015年度项目结项评估不合格' },
      { now: input.now, createdBy: input.people.finance },
    );
    barred.add(o.id);
  }
  const latestYear = Math.max(...programs.map((p) => p.year));
  const writer = { conflicts: new Set<string>(), reviewed: new Set<string>(), approvalSeq: new Map<number, number>() };
  let written = 0;
  let nameIndex = 0;
  for (const program of [...base, ...later]) {
    const n = perProgram.get(program.id) ?? 0;
    if (n === 0) continue;
    const eligible = pickOrganizations(
      rng,
      input.organizations,
      n,
      (o) =>
        (program.source !== 'CENTRAL' || o.registration === 'registered') &&
        !(barred.has(o.id) && program.year === 2016),
    );
    const states = stateList(rng, Math.min(n, eligible.length), program.year === latestYear || program.year === 2016);
    const approvedIdx = states.flatMap((s, i) => (s === 'approved' ? [i] : []));
    const classes = states.map(() => pickClass(rng, program.ruleSet));
    // The base programs' approvals add up to their allocation; later ones to about nine tenths of theirs.
    const target = input.baseProgramIds.has(program.id)
      ? program.totalAllocationFen
      : Math.floor((program.totalAllocationFen * 0.9) / 100_00) * 100_00;
    const approvedAmounts = allocate(
      rng,
      approvedIdx.map((i) => classes[i]!.capFen),
      target,
    );
    states.forEach((state, i) => {
      const cls = classes[i]!;
      const k = approvedIdx.indexOf(i);
      const approved =
        k >= 0 ? approvedAmounts[k]! : Math.floor((cls.capFen * (0.4 + 0.6 * rng.next())) / 100_00) * 100_00;
      const cut = financeCut(rng, approved, cls.capFen);
      const requested = approved + cut;
      const name = DEMO_PROJECT_NAMES[nameIndex++ % DEMO_PROJECT_NAMES.length]!;
      const [serviceArea, projectKind] = topicOf(name, rng);
      const org = eligible[i]!;
      const matchingFen = matching(rng, requested, program.ruleSet);
      const plan: DemoApplicationPlan = {
        program,
        organizationId: org.id,
        districtCode: org.districtCode,
        name,
        classCode: cls.code,
        serviceArea,
        projectKind,
        requestedFen: requested,
        matchingFen,
        lines: budgetLines(rng, requested, cut, matchingFen),
        state,
        approvedFen: state === 'approved' ? approved : null,
      };
      assertMeetsRules(plan, org);
      writeDemoApplication(db, plan, input.people, rng, writer);
      written++;
    });
  }
  return written;
}

/**
 * Up to n distinct eligible organizations in a random order: a random start and a stride coprime with the
 * list's length visit every organization once, without shuffling 100,000 of them for each program.
 */
function pickOrganizations(
  rng: Prng,
  all: readonly DemoOrganization[],
  n: number,
  eligible: (o: DemoOrganization) => boolean,
): DemoOrganization[] {
  const len = all.length;
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  let stride = rng.int(1, Math.max(1, len - 1));
  while (gcd(stride, len) !== 1) stride++;
  const out: DemoOrganization[] = [];
  for (let k = 0, i = rng.int(0, len - 1); k < len && out.length < n; k++, i = (i + stride) % len)
    if (eligible(all[i]!)) out.push(all[i]!);
  return out;
}

function assertMeetsRules(plan: DemoApplicationPlan, org: DemoOrganization): void {
  const facts = { source: plan.program.source, year: plan.program.year, ruleSet: plan.program.ruleSet };
  const violations = [
    ...checkSubmission(
      {
        classCode: plan.classCode,
        periodStart: `${plan.program.year}-03-01`,
        periodEnd: `${plan.program.year}-12-31`,
        requestedFen: plan.requestedFen,
        matchingFen: plan.matchingFen,
        indicatorCount: 1,
        budgetLines: plan.lines,
      },
      facts,
      { registration: org.registration, bars: [], duplicateCode: null },
    ),
    ...checkBudgetLines(
      plan.lines.map((l) => ({ ...l, amountFen: l.approvedFen })),
      facts,
    ),
  ];
  if (violations.length > 0)
    throw new Error(`demo application "${plan.name}" breaks ${violations.map((v) => v.rule).join(', ')}`);
}

/**
 * Benchmark case for the 监督检查 overview on the scale database (bench/ledger.ts builds it: 10,000 projects,
 * 1,000,000 ledger lines): every tenth signed project gets a signed-off inspection through the demo's writer
 * (answers, findings of every severity, rectifications in every state, overdue and open 严重 ones included),
 * then each of the overview's queries is timed straight through its repository, and the overview and the
 * lists its numbers open through dispatch as the evaluator. Target: each under 50 ms (p95).
 */
import { dispatch, type AppContext } from '../src-main/api';
import type { OpName, OpOutput } from '../src-main/contract';
import { shanghaiDate } from '../src-main/core/calendar';
import { overdueByOrganization } from '../src-main/db/rectifications-repo';
import { gradeCounts, notInspectedByProgram, projectYears } from '../src-main/db/supervision-dashboard-repo';
import { seedInspectionsEvery } from '../src-main/services/demo/index';
import type { ScenarioResult } from './run';
import { signInAs } from './sign-in';
import { measure, round } from './stats';

export const SUPERVISION_TARGET_MS = 50;
/** Every this-many-th signed project is inspected. */
export const INSPECT_EVERY = 10;

export interface SupervisionBenchResult {
  projects: number;
  inspectedProjects: number;
  /** Inspections and rectifications the generator added, and how long it took. */
  added: { inspections: number; rectifications: number; ms: number };
  overdue: number;
  openSevere: number;
  year: number;
  scenarios: ScenarioResult[];
}

export async function runSupervisionBench(
  app: AppContext,
  runs: number,
  warmup: number,
): Promise<SupervisionBenchResult> {
  const db = app.db;
  const start = process.hrtime.bigint();
  const added = seedInspectionsEvery(db, INSPECT_EVERY);
  const addMs = Number(process.hrtime.bigint() - start) / 1e6;
  db.pragma('optimize');
  // Bench code reads the file directly for the figures beside the timings.
  const count = (sql: string, ...p: unknown[]) =>
    db
      .prepare(sql)
      .pluck()
      .get(...p) as number;
  const today = shanghaiDate(new Date());
  const call = await signInAs(app, 'evaluator');
  const op = async <N extends OpName>(name: N, input: unknown): Promise<OpOutput<N>> => {
    const r = await dispatch(app, name, input, call);
    if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
    return r.value as OpOutput<N>;
  };
  const overview = await op('supervision.dashboard', { year: null });
  const year = overview.year;
  const program = [...overview.notInspected.byProgram].sort((a, b) => b.running - a.running)[0];
  const graded = overview.grades.find((g) => g.counts.fail > 0) ?? overview.grades[0];

  const size = (r: unknown): [number, number] =>
    Array.isArray(r)
      ? [r.length, r.length]
      : r && typeof r === 'object' && 'rows' in r && Array.isArray(r.rows)
        ? [r.rows.length, 'total' in r && typeof r.total === 'number' ? r.total : r.rows.length]
        : [1, 1];
  const cases: [string, ScenarioResult['path'], () => unknown][] = [
    ['overdue rectifications per organization', 'repository', () => overdueByOrganization(db, today)],
    [`projects not inspected in ${year} per program`, 'repository', () => notInspectedByProgram(db, year)],
    ['finalized grades per program', 'repository', () => gradeCounts(db)],
    ['years with projects', 'repository', () => projectYears(db)],
    [`overview of ${year} (supervision.dashboard)`, 'dispatch', () => op('supervision.dashboard', { year })],
    [
      'overdue rectifications, page 1 (rectifications.list)',
      'dispatch',
      () => op('rectifications.list', { filters: { overdue: true }, page: 1, pageSize: 50 }),
    ],
    [
      `not inspected in ${year}, page 1 (supervision.notInspected)`,
      'dispatch',
      () => op('supervision.notInspected', { filters: { year }, page: 1, pageSize: 50 }),
    ],
  ];
  if (program)
    cases.push([
      `not inspected in ${year}, ${program.code}, page 1`,
      'dispatch',
      () =>
        op('supervision.notInspected', {
          filters: { year, fundProgramId: program.fundProgramId },
          page: 1,
          pageSize: 50,
        }),
    ]);
  if (graded)
    cases.push([
      `evaluations of ${graded.code} (evaluations.list)`,
      'dispatch',
      () => op('evaluations.list', { fundProgramId: graded.fundProgramId }),
    ]);

  const scenarios: ScenarioResult[] = [];
  for (const [name, path, fn] of cases) {
    const [rows, total] = size(await fn());
    const t = await measure(fn, runs, warmup);
    scenarios.push({
      scenario: `监督检查 overview: ${name}`,
      path,
      ...t,
      targetMs: SUPERVISION_TARGET_MS,
      ratio: round(t.p95Ms / SUPERVISION_TARGET_MS),
      rows,
      total,
    });
  }
  return {
    projects: count('SELECT count(*) FROM agreements WHERE signed_date IS NOT NULL'),
    inspectedProjects: count('SELECT count(DISTINCT application_id) FROM inspections'),
    added: { ...added, ms: round(addMs, 1) },
    overdue: overview.overdue.total,
    openSevere: count("SELECT count(*) FROM rectifications WHERE severity = 'severe' AND state <> 'verified'"),
    year,
    scenarios,
  };
}

export function supervisionSummary(r: SupervisionBenchResult): string[] {
  return [
    `监督检查 on the scale set: ${r.inspectedProjects} of ${r.projects} signed projects inspected (every ` +
      `${INSPECT_EVERY}th; ${r.added.inspections} inspections, ${r.added.rectifications} rectifications added in ` +
      `${r.added.ms} ms), ${r.overdue} overdue items, ${r.openSevere} open 严重 items; overview year ${r.year}`,
    ...r.scenarios.map(
      (s) =>
        `  ${s.scenario} [${s.path}]: median ${s.medianMs} ms, p95 ${s.p95Ms} ms (target < ${s.targetMs} ms, ` +
        `ratio ${s.ratio})`,
    ),
  ];
}

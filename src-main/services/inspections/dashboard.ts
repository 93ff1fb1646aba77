import type { OpOutput, OpParsedInput, SupervisionDashboard } from '../../contract/index';
import { shanghaiDate } from '../../core/calendar';
import {
  gradeCounts,
  listNotInspected,
  notInspectedByProgram,
  projectYears,
} from '../../db/supervision-dashboard-repo';
import type { ServiceContext } from '../context';
import { overdue } from '../rectifications/list';

/**
 * The 监督检查 overview. Without a year it shows this year (Asia/Shanghai), or the latest year in which
 * projects ran when none runs this year, so a bureau looking back at finished programs sees them.
 */
export function dashboard(
  ctx: ServiceContext,
  input: OpParsedInput<'supervision.dashboard'>,
): OpOutput<'supervision.dashboard'> {
  const thisYear = Number(shanghaiDate(ctx.now).slice(0, 4));
  const span = projectYears(ctx.db);
  const years: number[] = [];
  if (span) for (let y = Math.min(span.last, thisYear); y >= span.first; y--) years.push(y);
  const year = input.year ?? (span && span.last < thisYear ? span.last : thisYear);
  const byProgram = notInspectedByProgram(ctx.db, year);
  const grades = new Map<string, SupervisionDashboard['grades'][number]>();
  for (const r of gradeCounts(ctx.db)) {
    const key = `${r.fundProgramId}:${r.kind}`;
    let g = grades.get(key);
    if (!g) {
      g = {
        fundProgramId: r.fundProgramId,
        code: r.code,
        name: r.name,
        year: r.year,
        kind: r.kind,
        counts: { excellent: 0, good: 0, pass: 0, fail: 0 },
      };
      grades.set(key, g);
    }
    g.counts[r.grade] = r.count;
  }
  return {
    year,
    years: years.includes(year) ? years : [year, ...years].sort((a, b) => b - a),
    overdue: overdue(ctx),
    notInspected: {
      running: byProgram.reduce((s, p) => s + p.running, 0),
      total: byProgram.reduce((s, p) => s + p.notInspected, 0),
      byProgram,
    },
    grades: [...grades.values()],
  };
}

export function notInspected(
  ctx: ServiceContext,
  input: OpParsedInput<'supervision.notInspected'>,
): OpOutput<'supervision.notInspected'> {
  return listNotInspected(ctx.db, input);
}

/**
 * Benchmark case for the 监督检查 overview on the scale database: every tenth signed project gets a signed-off
 * inspection (a third of them with a finding whose rectification is overdue), then each overview query is
 * timed through the repository: overdue per organization, projects not inspected in the latest year per
 * program, grades per program, and the first page of the not-inspected list. Target: each under 50 ms (p95).
 */
import type { AppContext } from '../src-main/api';
import { ops } from '../src-main/contract';
import { insertFinding } from '../src-main/db/findings-repo';
import { insertSignature } from '../src-main/db/inspection-signatures-repo';
import { insertInspection, replaceInspectors, setSignedOff } from '../src-main/db/inspections-repo';
import { insertRectification } from '../src-main/db/rectifications-repo';
import { overdueByOrganization } from '../src-main/db/rectifications-repo';
import {
  gradeCounts,
  listNotInspected,
  notInspectedByProgram,
  projectYears,
} from '../src-main/db/supervision-dashboard-repo';
import type { ScenarioResult } from './run';
import { measure, round } from './stats';

export const SUPERVISION_TARGET_MS = 50;

export async function runSupervisionBench(
  app: AppContext,
  runs: number,
  warmup: number,
): Promise<{ inspections: number; scenarios: ScenarioResult[] }> {
  const db = app.db;
  const evaluator = db.prepare("SELECT id FROM users WHERE username = 'evaluator'").pluck().get() as number;
  const projects = db
    .prepare(
      `SELECT g.application_id AS applicationId, a.organization_id AS organizationId, g.period_start AS start
       FROM agreements g JOIN applications a ON a.id = g.application_id
       WHERE g.signed_date IS NOT NULL AND g.id % 10 = 0
         AND NOT EXISTS (SELECT 1 FROM inspections i WHERE i.application_id = g.application_id)`,
    )
    .all() as { applicationId: number; organizationId: number; start: string }[];
  const version = db.prepare('SELECT id FROM checklist_versions ORDER BY id LIMIT 1').pluck().get() as number;
  db.transaction(() => {
    projects.forEach((p, n) => {
      const at = `${p.start}T02:00:00.000Z`;
      const id = insertInspection(db, {
        applicationId: p.applicationId,
        checklistVersionId: version,
        kind: 'field',
        date: p.start,
        place: '项目服务场所',
        notes: '',
        by: evaluator,
        at,
      });
      replaceInspectors(db, id, [
        { userId: evaluator, name: '', unit: '' },
        { userId: null, name: '张敏', unit: '重庆市社会工作协会' },
      ]);
      if (n % 3 === 0)
        insertFinding(db, {
          inspectionId: id,
          itemId: null,
          severity: 'minor',
          description: '项目档案不完整',
          requirement: '补齐档案',
          responsiblePerson: '项目负责人',
          deadline: p.start,
          disallowFen: 0,
          ledgerLineIds: [],
        });
      insertSignature(db, { inspectionId: id, inspectorSeq: 1, by: evaluator, at });
      setSignedOff(db, id, evaluator, at);
      if (n % 3 === 0) {
        const f = db.prepare('SELECT id FROM findings WHERE inspection_id = ?').pluck().get(id) as number;
        insertRectification(db, {
          findingId: f,
          applicationId: p.applicationId,
          organizationId: p.organizationId,
          severity: 'minor',
          deadline: p.start,
          at,
        });
      }
    });
  })();
  db.pragma('optimize');
  const year = projectYears(db)?.last ?? 2016;
  const today = '2030-01-01';
  const list = ops['supervision.notInspected'].input.parse({ filters: { year }, page: 1, pageSize: 50 });
  const cases: [string, () => unknown][] = [
    ['overdue rectifications per organization', () => overdueByOrganization(db, today)],
    [`projects not inspected in ${year} per program`, () => notInspectedByProgram(db, year)],
    ['finalized grades per program', () => gradeCounts(db)],
    [`not inspected in ${year}, page 1`, () => listNotInspected(db, list)],
  ];
  const scenarios: ScenarioResult[] = [];
  for (const [name, fn] of cases) {
    const rows = fn() as unknown[] | { rows: unknown[]; total: number };
    const t = await measure(fn, runs, warmup);
    scenarios.push({
      scenario: `监督检查 overview: ${name}`,
      path: 'repository',
      ...t,
      targetMs: SUPERVISION_TARGET_MS,
      ratio: round(t.p95Ms / SUPERVISION_TARGET_MS),
      rows: Array.isArray(rows) ? rows.length : rows.rows.length,
      total: Array.isArray(rows) ? rows.length : rows.total,
    });
  }
  return { inspections: projects.length, scenarios };
}

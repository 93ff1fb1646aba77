/**
 * Benchmark case for field packs (检查包) on the scale database (bench/ledger.ts builds it), end to end through
 * the `grants` commands run in this process as a user runs them: `pack export` of N open projects of that
 * database (those with open rectifications first), `pack open` into a new field database, one `pack record`
 * per project (every answer, a finding and a photo with EXIF data, from a JSON file as in the field),
 * `pack results`, and `pack import` at the office. Target: the whole of it for 50 projects under 5 s.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppContext } from '../src-main/api';
import { shanghaiDate } from '../src-main/core/calendar';
import { main } from '../src-main/cli/main';
import { readPack } from '../src-main/services/packs/field';
import { jpegWithExif } from '../src-main/testing/photos';
import type { ScenarioResult } from './run';
import { round } from './stats';

export const PACK_TARGET_MS = 5_000;

export interface PackBenchResult {
  projects: number;
  exportMs: number;
  openMs: number;
  /** All the `pack record` runs together. */
  recordMs: number;
  resultsMs: number;
  importMs: number;
  totalMs: number;
  packKb: number;
  resultsKb: number;
  scenarios: ScenarioResult[];
}

/** One `grants …` command line in this process; its output is kept for the error when it fails. */
async function grants(...argv: string[]): Promise<[string, number]> {
  const lines: string[] = [];
  const start = process.hrtime.bigint();
  const code = await main(argv, { out: (l) => lines.push(l), err: (l) => lines.push(l) });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (code !== 0) throw new Error(`grants ${argv.join(' ')} exited ${code}:\n${lines.join('\n')}`);
  return [lines.join('\n'), ms];
}

/** Open projects of the scale set whose period has begun, those with open rectifications first. */
function packProjects(office: AppContext, count: number, today: string): string[] {
  // Bench code reads the file directly to choose; the commands do the rest.
  return office.db
    .prepare(
      `SELECT g.agreement_number FROM agreements g
       WHERE g.signed_date IS NOT NULL AND g.period_start <= ?
         AND NOT EXISTS (SELECT 1 FROM project_closeouts c WHERE c.agreement_id = g.id)
       ORDER BY EXISTS (SELECT 1 FROM rectifications r WHERE r.application_id = g.application_id
                        AND r.state <> 'verified') DESC, g.id DESC LIMIT ?`,
    )
    .pluck()
    .all(today, count) as string[];
}

export async function runPackBench(office: AppContext, projects: number): Promise<PackBenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'grants-bench-packs-'));
  try {
    const today = shanghaiDate(new Date());
    const codes = packProjects(office, projects, today);
    const packFile = join(dir, 'field.grantspack');
    const fieldDb = join(dir, 'field.db');
    const resultsFile = join(dir, 'field.grantsresult');
    const [, exportMs] = await grants(
      '--db',
      office.dbPath,
      'pack',
      'export',
      '--projects',
      codes.join(','),
      '--inspectors',
      'evaluator,expert1',
      '--out',
      packFile,
      '--as',
      'evaluator',
    );
    const [, openMs] = await grants('--db', fieldDb, 'pack', 'open', packFile);

    // The field work, one JSON file and one photo per project, as an inspector writes them on the laptop.
    const { body } = readPack(readFileSync(packFile));
    const items = body.templates[0]!.items;
    const value: Record<string, string> = { yes_no: 'yes', score: '8', number: '12', text: '良好' };
    const photo = jpegWithExif({
      dateTimeOriginal: `${today.replaceAll('-', ':')} 10:30:00`,
      offsetTimeOriginal: '+08:00',
      gps: { latitude: 29.56, longitude: 106.55 },
    });
    let recordMs = 0;
    for (const p of body.projects) {
      const photoFile = join(dir, `${p.inspection.id}.jpg`);
      writeFileSync(photoFile, photo);
      const recordFile = join(dir, `${p.inspection.id}.json`);
      writeFileSync(
        recordFile,
        JSON.stringify({
          inspection: p.inspection.id,
          kind: 'field',
          date: today,
          place: `${p.organizationName}活动室`,
          notes: '',
          answers: items.map((i) => ({ itemId: i.id, value: value[i.answerType] })),
          findings: [
            {
              severity: 'minor',
              description: '档案不完整',
              requirement: '补齐档案',
              responsiblePerson: '王芳',
              deadline: '2099-12-31',
            },
          ],
          photos: [photoFile],
        }),
      );
      recordMs += (await grants('--db', fieldDb, 'pack', 'record', recordFile, '--as', 'expert1'))[1];
    }
    const [, resultsMs] = await grants('--db', fieldDb, 'pack', 'results', '--out', resultsFile);
    const [imported, importMs] = await grants(
      '--db',
      office.dbPath,
      'pack',
      'import',
      resultsFile,
      '--as',
      'evaluator',
    );
    const applied = imported.split('\n').filter((l) => l.includes('采用现场版本')).length;
    if (applied !== codes.length) throw new Error(`pack import applied ${applied} of ${codes.length}:\n${imported}`);
    const totalMs = exportMs + openMs + recordMs + resultsMs + importMs;
    const scenario: ScenarioResult = {
      scenario: `field pack of ${codes.length} projects: export, open, record, results, import`,
      path: 'cli',
      medianMs: round(totalMs, 1),
      p95Ms: round(totalMs, 1),
      minMs: round(totalMs, 1),
      meanMs: round(totalMs, 1),
      runs: 1,
      targetMs: PACK_TARGET_MS,
      ratio: round(totalMs / PACK_TARGET_MS),
      rows: codes.length,
      total: codes.length,
    };
    return {
      projects: codes.length,
      exportMs: round(exportMs, 1),
      openMs: round(openMs, 1),
      recordMs: round(recordMs, 1),
      resultsMs: round(resultsMs, 1),
      importMs: round(importMs, 1),
      totalMs: round(totalMs, 1),
      packKb: Math.round(statSync(packFile).size / 1024),
      resultsKb: Math.round(statSync(resultsFile).size / 1024),
      scenarios: [scenario],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function packSummary(r: PackBenchResult): string {
  return (
    `field pack of ${r.projects} projects on the scale set: pack export ${r.exportMs} ms (${r.packKb} KB), ` +
    `pack open ${r.openMs} ms, ${r.projects} × pack record ${r.recordMs} ms, pack results ${r.resultsMs} ms ` +
    `(${r.resultsKb} KB), pack import ${r.importMs} ms; total ${r.totalMs} ms (target < ${PACK_TARGET_MS} ms, ` +
    `ratio ${round(r.totalMs / PACK_TARGET_MS, 2)}); export + import ${round(r.exportMs + r.importMs, 1)} ms`
  );
}

/**
 * Benchmark case for field packs (检查包): a pack of N open projects of the demo set exported, opened as a
 * field database, an inspection recorded on every project (answers, a finding and a photo), its results
 * written and imported back at the office. Target: export plus import of 50 projects under 5 s.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeApp, createApp, seedDemo, systemContext, type AppContext } from '../src-main/api';
import { ops } from '../src-main/contract';
import { findUserByUsername } from '../src-main/db/users-repo';
import type { ServiceContext } from '../src-main/services/context';
import * as packs from '../src-main/services/packs/index';
import type { ScenarioResult } from './run';
import { round } from './stats';

export const PACK_TARGET_MS = 5_000;

export interface PackBenchResult {
  projects: number;
  exportMs: number;
  openMs: number;
  recordMs: number;
  resultsMs: number;
  importMs: number;
  packKb: number;
  resultsKb: number;
  scenarios: ScenarioResult[];
}

function as(app: AppContext, username: string): ServiceContext {
  const u = findUserByUsername(app.db, username)!;
  const user = { id: u.id, username: u.username, displayName: u.displayName, roles: u.roles, sessionId: 0 };
  return { ...systemContext(app), user, locale: 'zh' };
}

function timed<T>(fn: () => T): [T, number] {
  const start = process.hrtime.bigint();
  const r = fn();
  return [r, Number(process.hrtime.bigint() - start) / 1e6];
}

export function runPackBench(projects: number): PackBenchResult {
  const dir = mkdtempSync(join(tmpdir(), 'grants-bench-packs-'));
  const office = createApp({ dbPath: join(dir, 'office.db'), host: 'cli', appVersion: 'bench' });
  const field = createApp({ dbPath: join(dir, 'field.db'), host: 'cli', appVersion: 'bench' });
  try {
    seedDemo(systemContext(office), { includeAdmin: true });
    // Open projects of the demo set by their agreement numbers (bench code reads the file directly).
    const codes = office.db
      .prepare(
        `SELECT g.agreement_number FROM agreements g WHERE g.period_start <= date('now')
           AND NOT EXISTS (SELECT 1 FROM project_closeouts c WHERE c.agreement_id = g.id) ORDER BY g.id LIMIT ?`,
      )
      .pluck()
      .all(projects) as string[];
    const evaluator = as(office, 'evaluator');
    const input = ops['packs.export'].input.parse({ projects: codes, inspectors: ['evaluator', 'expert1'] });
    const [exported, exportMs] = timed(() => office.db.transaction(() => packs.exportPack(evaluator, input))());
    const packBytes = Buffer.from(exported.base64, 'base64');
    const [body, openMs] = timed(() => field.db.transaction(() => packs.openPack(systemContext(field), packBytes))());
    const inspector = as(field, 'expert1');
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    const value: Record<string, string> = { yes_no: 'yes', score: '8', number: '12', text: '良好' };
    const items = body.templates[0]!.items;
    const [, recordMs] = timed(() =>
      field.db.transaction(() => {
        for (const p of body.projects) {
          const photo = packs.fieldAddPhoto(inspector, {
            fileName: `${p.inspection.id}.jpg`,
            mimeType: 'image/jpeg',
            contentBase64: Buffer.from(`photo of ${p.agreementNumber}`.repeat(2000)).toString('base64'),
          }).sha256;
          packs.fieldRecordInspection(
            inspector,
            ops['packs.fieldRecordInspection'].input.parse({
              inspectionId: p.inspection.id,
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
              photos: [photo],
            }),
          );
        }
      })(),
    );
    const [results, resultsMs] = timed(() => packs.packResults(systemContext(field)));
    const importInput = ops['packs.import'].input.parse({
      fileName: 'r',
      contentBase64: results.bytes.toString('base64'),
    });
    const [imported, importMs] = timed(() =>
      office.db.transaction(() => packs.importResults(evaluator, importInput)).immediate(),
    );
    if (imported.outcome !== 'imported' || imported.records.length !== codes.length)
      throw new Error(`pack import: ${imported.outcome}, ${imported.records.length} records`);
    const total = exportMs + importMs;
    const scenario: ScenarioResult = {
      scenario: `field pack: export + import of ${codes.length} projects`,
      path: 'service',
      medianMs: round(total, 1),
      p95Ms: round(total, 1),
      minMs: round(total, 1),
      meanMs: round(total, 1),
      runs: 1,
      targetMs: PACK_TARGET_MS,
      ratio: round(total / PACK_TARGET_MS),
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
      packKb: Math.round(packBytes.length / 1024),
      resultsKb: Math.round(results.bytes.length / 1024),
      scenarios: [scenario],
    };
  } finally {
    closeApp(field);
    closeApp(office);
    rmSync(dir, { recursive: true, force: true });
  }
}

export function packSummary(r: PackBenchResult): string {
  return (
    `field pack of ${r.projects} projects: export ${r.exportMs} ms (${r.packKb} KB), open ${r.openMs} ms, ` +
    `record ${r.recordMs} ms, results ${r.resultsMs} ms (${r.resultsKb} KB), import ${r.importMs} ms; ` +
    `export + import ${round(r.exportMs + r.importMs, 1)} ms (target < ${PACK_TARGET_MS} ms)`
  );
}

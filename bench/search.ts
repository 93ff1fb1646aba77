/**
 * Benchmark case for organization name search: "守护天使" over the organizations table through the repository
 * (the trigram index), beside the scan it replaced (LIKE over every name, same ORDER BY, LIMIT and count) in
 * the same run. Target: under 10 ms median.
 */
import type { AppContext } from '../src-main/api';
import { ops } from '../src-main/contract';
import { containsPattern, prefixPattern } from '../src-main/db/list-sql';
import { listOrganizations } from '../src-main/db/organizations-repo';
import type { ScenarioResult } from './run';
import { measure, round } from './stats';

export const SEARCH_TARGET_MS = 10;
export const SEARCH_TEXT = '守护天使';

export interface SearchFigure {
  indexMs: number;
  scanMs: number;
  total: number;
  ratio: number;
}

export async function runSearchBench(
  app: AppContext,
  runs: number,
  warmup: number,
): Promise<{ figure: SearchFigure; scenarios: ScenarioResult[] }> {
  const q = ops['organizations.list'].input.parse({
    search: SEARCH_TEXT,
    sort: [{ id: 'name', desc: false }],
    page: 1,
    pageSize: 50,
  });
  const where = `WHERE name LIKE ? ESCAPE '\\' OR credit_code LIKE ? ESCAPE '\\'`;
  const params = [containsPattern(SEARCH_TEXT), prefixPattern(SEARCH_TEXT)];
  const page = app.db.prepare(`SELECT * FROM organizations ${where} ORDER BY name_key, id LIMIT 50 OFFSET 0`);
  const count = app.db.prepare(`SELECT count(*) FROM organizations ${where}`).pluck();
  const viaIndex = listOrganizations(app.db, q);
  const scanTotal = count.get(...params) as number;
  if (scanTotal !== viaIndex.total) throw new Error(`search found ${viaIndex.total}, the scan ${scanTotal}`);
  const index = await measure(() => listOrganizations(app.db, q), runs, warmup);
  const scan = await measure(() => [page.all(...params), count.get(...params)], runs, warmup);
  const row = (scenario: string, path: ScenarioResult['path'], t: typeof index): ScenarioResult => ({
    scenario,
    path,
    ...t,
    targetMs: SEARCH_TARGET_MS,
    ratio: round(t.medianMs / SEARCH_TARGET_MS),
    ratioBasis: 'median',
    rows: viaIndex.rows.length,
    total: viaIndex.total,
  });
  return {
    figure: {
      indexMs: index.medianMs,
      scanMs: scan.medianMs,
      total: viaIndex.total,
      ratio: round(scan.medianMs / index.medianMs, 1),
    },
    scenarios: [
      row(`name search ${SEARCH_TEXT} (trigram index)`, 'repository', index),
      row(`name search ${SEARCH_TEXT} (LIKE scan, before)`, 'raw', scan),
    ],
  };
}

export function searchSummary(f: SearchFigure, organizations: number): string {
  return (
    `name search ${SEARCH_TEXT} over ${organizations.toLocaleString('en')} organizations (${f.total} found): ` +
    `index ${f.indexMs} ms median (target < ${SEARCH_TARGET_MS} ms), LIKE scan ${f.scanMs} ms, scan/index ${f.ratio}×`
  );
}

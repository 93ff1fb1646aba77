import type { Violation } from '../../core/violations';
import { categoryName } from '../budgets/project';
import type { LedgerContext } from './context';

export type LineResolution = { ok: true; lineCode: string } | { ok: false; violation: Violation };

/**
 * What the import's 预算科目 column names: a budget line code of the current version ('01'; also 1 when a
 * spreadsheet dropped the leading zero), or a category code or name ('ACTIVITY', '活动经费') when exactly one
 * line of the current version has that category.
 */
export function resolveBudgetLine(lc: LedgerContext, text: string): LineResolution {
  const wanted = text.trim();
  const { current, program } = lc.project;
  const exact = current.lines.find((l) => l.lineCode === wanted);
  if (exact) return { ok: true, lineCode: exact.lineCode };
  if (/^\d+$/.test(wanted)) {
    const numeric = current.lines.find((l) => /^\d+$/.test(l.lineCode) && Number(l.lineCode) === Number(wanted));
    if (numeric) return { ok: true, lineCode: numeric.lineCode };
  }
  const byCategory = current.lines.filter(
    (l) => l.categoryCode === wanted || categoryName(program, l.categoryCode) === wanted,
  );
  if (byCategory.length === 1) return { ok: true, lineCode: byCategory[0]!.lineCode };
  if (byCategory.length > 1)
    return {
      ok: false,
      violation: {
        rule: 'ledger.lineAmbiguous',
        params: { text: wanted, lines: byCategory.map((l) => l.lineCode).join('、') },
      },
    };
  return {
    ok: false,
    violation: { rule: 'ledger.unknownBudgetLine', params: { line: wanted, version: current.version } },
  };
}

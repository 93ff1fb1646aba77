import type { LedgerRow } from '../../contract/index';
import type { LedgerRecord } from '../../db/ledger-repo';
import { categoryName, type Project } from '../budgets/project';

type LineMeta = { categoryCode: string; categoryName: string };

// Built once per loaded project: a page of 500 rows or an import of 100,000 looks each line up in a map.
const metaCache = new WeakMap<Project, Map<string, LineMeta>>();

function lineMeta(project: Project): Map<string, LineMeta> {
  let meta = metaCache.get(project);
  if (!meta) {
    meta = new Map();
    // Older versions first, so the current version's entry wins (a line's category never changes anyway).
    for (const v of project.versions)
      for (const l of v.lines)
        meta.set(l.lineCode, {
          categoryCode: l.categoryCode,
          categoryName: categoryName(project.program, l.categoryCode),
        });
    metaCache.set(project, meta);
  }
  return meta;
}

/** A stored line as the ledger shows it, with its budget line's category. */
export function ledgerRowView(project: Project, r: LedgerRecord): LedgerRow {
  const { agreementId: _a, budgetVersion: _v, ...rest } = r;
  return { ...rest, ...(lineMeta(project).get(r.lineCode) ?? { categoryCode: '', categoryName: '' }) };
}

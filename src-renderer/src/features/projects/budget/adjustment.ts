/**
 * The 申请调整 draft, exact in fen: one row per line of the current version (both shares editable) plus any
 * new lines. Only what changed is sent; main checks the whole request again (each share's total unchanged,
 * caps, neither share below what was spent from it, cost types) and names every broken rule.
 */
import type { BudgetView, CostType, OpInput } from '@contract';

export interface AdjustmentRow {
  lineCode: string;
  /** The line's category; chosen by the officer for a new line (null until chosen). */
  categoryCode: string | null;
  costType: CostType | null;
  /** The amount in the current version (0 for a new line). */
  currentFen: number;
  /** The grant share (财政资金); null while the officer's text does not parse or is empty. */
  amountFen: number | null;
  /** The matching share (配套资金) in the current version (0 for a new line). */
  currentMatchingFen: number;
  /** null while the officer's text does not parse or is empty. */
  matchingFen: number | null;
  isNew: boolean;
}

export interface AdjustmentDraft {
  reason: string;
  lines: AdjustmentRow[];
}

type RequestLine = OpInput<'budgets.requestAdjustment'>['lines'][number];

/** The version a request is made against: the newest approved one. */
export function currentLines(view: Pick<BudgetView, 'versions' | 'currentVersion'>) {
  const v = view.versions.find((x) => x.version === view.currentVersion) ?? view.versions[view.versions.length - 1];
  return v?.lines ?? [];
}

export function adjustmentDraft(view: Pick<BudgetView, 'versions' | 'currentVersion'>): AdjustmentDraft {
  return {
    reason: '',
    lines: currentLines(view).map((l) => ({
      lineCode: l.lineCode,
      categoryCode: l.categoryCode,
      costType: l.costType,
      currentFen: l.amountFen,
      amountFen: l.amountFen,
      currentMatchingFen: l.matchingFen,
      matchingFen: l.matchingFen,
      isNew: false,
    })),
  };
}

/** '07' after '06'; main's nextLineCode already skips pending requests' new lines, the draft skips its own. */
export function nextNewCode(first: string, taken: readonly string[]): string {
  const width = Math.max(2, first.length);
  let n = /^\d+$/.test(first) ? Number(first) : 1;
  let code = first;
  while (taken.includes(code)) {
    n += 1;
    code = String(n).padStart(width, '0');
  }
  return code;
}

export function withNewLine(draft: AdjustmentDraft, firstCode: string): AdjustmentDraft {
  const code = nextNewCode(
    firstCode,
    draft.lines.map((l) => l.lineCode),
  );
  return {
    ...draft,
    lines: [
      ...draft.lines,
      {
        lineCode: code,
        categoryCode: null,
        costType: null,
        currentFen: 0,
        amountFen: null,
        currentMatchingFen: 0,
        matchingFen: 0,
        isNew: true,
      },
    ],
  };
}

/**
 * The lines to send: new lines and lines where either share changed. The matching share goes along only when
 * it changed (or on a new line that has one), since main leaves a matching share the request omits as it was.
 * Rows the form still marks as incomplete are left out.
 */
export function requestLines(rows: readonly AdjustmentRow[]): RequestLine[] {
  const out: RequestLine[] = [];
  for (const r of rows) {
    if (r.amountFen === null || r.matchingFen === null) continue;
    const matching = r.matchingFen !== r.currentMatchingFen ? { matchingFen: r.matchingFen } : {};
    if (r.isNew) {
      if (r.categoryCode === null) continue;
      out.push({
        lineCode: r.lineCode,
        categoryCode: r.categoryCode,
        costType: r.costType,
        amountFen: r.amountFen,
        ...matching,
      });
    } else if (r.amountFen !== r.currentFen || r.matchingFen !== r.currentMatchingFen)
      out.push({ lineCode: r.lineCode, amountFen: r.amountFen, ...matching });
  }
  return out;
}

export interface ShareTotals {
  beforeFen: number;
  afterFen: number;
  /** Must be zero: an adjustment moves a share between lines, never changes its total. */
  diffFen: number;
}

/** Before and after the adjustment per share (an empty amount counts as 0). */
export function draftTotals(rows: readonly AdjustmentRow[]): { grant: ShareTotals; matching: ShareTotals } {
  const sum = (before: (r: AdjustmentRow) => number, after: (r: AdjustmentRow) => number | null): ShareTotals => {
    let beforeFen = 0;
    let afterFen = 0;
    for (const r of rows) {
      beforeFen += before(r);
      afterFen += after(r) ?? 0;
    }
    return { beforeFen, afterFen, diffFen: afterFen - beforeFen };
  };
  return {
    grant: sum(
      (r) => r.currentFen,
      (r) => r.amountFen,
    ),
    matching: sum(
      (r) => r.currentMatchingFen,
      (r) => r.matchingFen,
    ),
  };
}

export type RowProblem = 'amountRequired' | 'matchingRequired' | 'categoryRequired';

/** What the form itself can tell before asking main: both shares on every line, a category on a new one. */
export function rowProblems(rows: readonly AdjustmentRow[]): { path: string; problem: RowProblem }[] {
  const out: { path: string; problem: RowProblem }[] = [];
  rows.forEach((r, i) => {
    if (r.isNew && r.categoryCode === null) out.push({ path: `lines.${i}.categoryCode`, problem: 'categoryRequired' });
    if (r.amountFen === null) out.push({ path: `lines.${i}.amountFen`, problem: 'amountRequired' });
    if (r.matchingFen === null) out.push({ path: `lines.${i}.matchingFen`, problem: 'matchingRequired' });
  });
  return out;
}

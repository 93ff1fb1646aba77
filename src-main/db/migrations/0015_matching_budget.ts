import type { Db } from '../statements';
import type { Migration } from './types';

/**
 * Matching funds (配套资金) become budget: every budget line carries a grant amount (amount_fen, as before)
 * and a matching amount (matching_fen), in the application, in every budget version and in every adjustment
 * request, so 结余 and 执行率 can be told per share.
 *
 * How an existing application's matching total is placed on its lines: in proportion to each line's requested
 * grant, rounded down to the fen, the fen left over given to the largest remainders (earlier lines first on a
 * tie). A finance officer accepts this because it keeps every line's matching-to-grant ratio at the ratio the
 * organization committed to for the whole project, so no line gets a matching budget it never asked for, and
 * the total is exactly what was committed; a line whose split does not fit is moved by an ordinary adjustment.
 * (All on one line would leave every other line with no matching budget, so its matching spending would show
 * as overspent at once.) Finance cuts never touched the matching share, so every budget version's line keeps
 * its application line's matching amount; lines added later by an adjustment get none.
 *
 * An application without budget lines (a draft, an import) keeps its total on the application until lines are
 * entered. Every total stays what it was: application matching, grant per version, matching per version.
 */
export const migration0015: Migration = {
  version: 15,
  name: 'matching_budget',
  up(db) {
    db.exec(`
      ALTER TABLE application_budget_lines ADD COLUMN matching_fen INTEGER NOT NULL DEFAULT 0 CHECK (matching_fen >= 0);
      ALTER TABLE budget_version_lines ADD COLUMN matching_fen INTEGER NOT NULL DEFAULT 0 CHECK (matching_fen >= 0);
      ALTER TABLE budget_adjustment_lines ADD COLUMN matching_fen INTEGER NOT NULL DEFAULT 0 CHECK (matching_fen >= 0);
    `);
    placeApplicationMatching(db);
    // Versions and requests are immutable; their no-update triggers step aside for this one backfill only.
    db.exec('DROP TRIGGER budget_version_lines_no_update; DROP TRIGGER budget_adjustment_lines_no_update;');
    db.exec(`
      UPDATE budget_version_lines AS l SET matching_fen = ifnull((
        SELECT b.matching_fen FROM budget_versions v JOIN agreements g ON g.id = v.agreement_id
          JOIN application_budget_lines b ON b.application_id = g.application_id
        WHERE v.id = l.version_id AND printf('%02d', b.seq) = l.line_code), 0);
      UPDATE budget_adjustment_lines AS l SET matching_fen = ifnull((
        SELECT vl.matching_fen FROM budget_adjustments a
          JOIN budget_versions v ON v.agreement_id = a.agreement_id AND v.version = a.base_version
          JOIN budget_version_lines vl ON vl.version_id = v.id
        WHERE a.id = l.adjustment_id AND vl.line_code = l.line_code), 0);
    `);
    db.exec(`
      CREATE TRIGGER budget_version_lines_no_update BEFORE UPDATE ON budget_version_lines
      BEGIN SELECT RAISE(ABORT, 'budget versions are approved and cannot be changed'); END;
      CREATE TRIGGER budget_adjustment_lines_no_update BEFORE UPDATE ON budget_adjustment_lines
      BEGIN SELECT RAISE(ABORT, 'adjustment request lines cannot be changed'); END;
    `);
  },
};

/** Written out here rather than imported: a released migration must do the same thing forever. */
function placeApplicationMatching(db: Db): void {
  const apps = db
    .prepare(
      `SELECT id, matching_fen FROM applications a
       WHERE matching_fen > 0 AND EXISTS (SELECT 1 FROM application_budget_lines b WHERE b.application_id = a.id)
       ORDER BY id`,
    )
    .all() as { id: number; matching_fen: number }[];
  const linesOf = db.prepare(
    'SELECT id, amount_fen FROM application_budget_lines WHERE application_id = ? ORDER BY seq',
  );
  const set = db.prepare('UPDATE application_budget_lines SET matching_fen = ? WHERE id = ?');
  for (const a of apps) {
    const lines = linesOf.all(a.id) as { id: number; amount_fen: number }[];
    const split = proRata(
      lines.map((l) => l.amount_fen),
      a.matching_fen,
    );
    lines.forEach((l, i) => set.run(split[i], l.id));
  }
}

/** target × weight / Σ weights per line, floored, the fen left over to the largest remainders, earlier first. */
function proRata(weights: readonly number[], target: number): number[] {
  const sum = weights.reduce((s, n) => s + BigInt(n), 0n);
  const t = BigInt(target);
  const shares = weights.map((n) => BigInt(n) * t);
  const out = shares.map((s) => Number(s / sum));
  let left = target - out.reduce((s, n) => s + n, 0);
  const order = weights.map((_, i) => i).sort((x, y) => Number((shares[y]! % sum) - (shares[x]! % sum)) || x - y);
  for (const i of order) {
    if (left === 0) break;
    out[i]! += 1;
    left -= 1;
  }
  return out;
}

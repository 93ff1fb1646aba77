import type { Migration } from './types';

export const migration0026: Migration = {
  version: 26,
  name: 'ledger_totals',
  up(db) {
    db.exec(`
      -- Each project's posted money per budget line and share: the net amount (reversals are negative lines)
      -- and how many ledger lines make it up. The budget tab, the posting rules, the open-advance worklist and
      -- the program cards read these few rows instead of summing up to 100,000 lines per project on every
      -- screen. Exact by construction: ledger lines are insert-only (triggers refuse updates and deletes), and
      -- the trigger below adds each new line in the same statement, so a line and its total commit or roll back
      -- together.
      CREATE TABLE ledger_totals (
        agreement_id INTEGER NOT NULL REFERENCES agreements (id),
        line_code TEXT NOT NULL,
        share TEXT NOT NULL CHECK (share IN ('grant', 'matching')),
        amount_fen INTEGER NOT NULL,
        lines INTEGER NOT NULL CHECK (lines >= 1),
        PRIMARY KEY (agreement_id, line_code, share)
      ) STRICT, WITHOUT ROWID;

      INSERT INTO ledger_totals (agreement_id, line_code, share, amount_fen, lines)
      SELECT agreement_id, line_code, share, sum(amount_fen), count(*) FROM ledger_lines
      GROUP BY agreement_id, line_code, share;

      CREATE TRIGGER ledger_totals_add AFTER INSERT ON ledger_lines
      BEGIN
        INSERT INTO ledger_totals (agreement_id, line_code, share, amount_fen, lines)
        VALUES (NEW.agreement_id, NEW.line_code, NEW.share, NEW.amount_fen, 1)
        ON CONFLICT (agreement_id, line_code, share)
        DO UPDATE SET amount_fen = amount_fen + excluded.amount_fen, lines = lines + 1;
      END;
      -- A total only ever grows by a line; removing one would leave its lines uncounted.
      CREATE TRIGGER ledger_totals_no_delete BEFORE DELETE ON ledger_totals
      BEGIN SELECT RAISE(ABORT, 'ledger totals follow the ledger and cannot be deleted'); END;

      -- The application list's default order (newest code first) walks this index instead of sorting every
      -- application; the expression is the list's own sort key for 申报编号.
      CREATE INDEX applications_by_code_order ON applications ((code_year * 1000000 + code_seq));

      -- The overdue-milestone count reads the project of each open milestone from the index alone.
      CREATE INDEX milestones_open_by_date_project ON milestones (planned_date, agreement_id)
        WHERE completed_date IS NULL;

      -- An expert's pending reviews: a handful among the thousands of assignments they have scored.
      CREATE INDEX review_assignments_pending ON review_assignments (evaluator_id, application_id)
        WHERE scored_at IS NULL AND declaration <> 'conflict';
    `);
  },
};

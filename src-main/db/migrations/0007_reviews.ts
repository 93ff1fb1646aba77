import type { Migration } from './types';

export const migration0007: Migration = {
  version: 7,
  name: 'reviews',
  up(db) {
    db.exec(`
      -- 初审: an application returned and submitted again is checked again, so there may be several.
      CREATE TABLE application_formal_reviews (
        id INTEGER PRIMARY KEY,
        application_id INTEGER NOT NULL REFERENCES applications (id),
        decision TEXT NOT NULL CHECK (decision IN ('pass', 'return')),
        reason TEXT NOT NULL DEFAULT '',
        reviewed_by INTEGER NOT NULL REFERENCES users (id),
        reviewed_at TEXT NOT NULL,
        CHECK (decision = 'pass' OR length(reason) > 0)
      ) STRICT;

      -- 专家评审: one row per assigned expert. The declaration comes first; the scores (JSON list of
      -- {criterionCode, half}) only after 'no_conflict'. A conflicted assignment is kept, never deleted.
      CREATE TABLE review_assignments (
        id INTEGER PRIMARY KEY,
        application_id INTEGER NOT NULL REFERENCES applications (id),
        evaluator_id INTEGER NOT NULL REFERENCES users (id),
        assigned_by INTEGER NOT NULL REFERENCES users (id),
        assigned_at TEXT NOT NULL,
        declaration TEXT NOT NULL DEFAULT 'pending' CHECK (declaration IN ('pending', 'no_conflict', 'conflict')),
        declared_at TEXT,
        conflict_reason TEXT,
        scores TEXT CHECK (scores IS NULL OR json_valid(scores)),
        total_half INTEGER CHECK (total_half IS NULL OR total_half >= 0),
        comment TEXT,
        scored_at TEXT,
        UNIQUE (application_id, evaluator_id),
        CHECK ((declaration = 'pending') = (declared_at IS NULL)),
        CHECK ((declaration = 'conflict') = (conflict_reason IS NOT NULL)),
        CHECK (scored_at IS NULL OR (declaration = 'no_conflict' AND scores IS NOT NULL AND total_half IS NOT NULL))
      ) STRICT;

      -- Conflicts are also kept per organization: an expert who declared one may score none of its applications.
      CREATE TABLE reviewer_conflicts (
        id INTEGER PRIMARY KEY,
        evaluator_id INTEGER NOT NULL REFERENCES users (id),
        organization_id INTEGER NOT NULL REFERENCES organizations (id),
        application_id INTEGER NOT NULL REFERENCES applications (id),
        reason TEXT NOT NULL CHECK (length(reason) > 0),
        declared_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE finance_reviews (
        application_id INTEGER PRIMARY KEY REFERENCES applications (id),
        opinion TEXT NOT NULL DEFAULT '',
        reviewed_fen INTEGER NOT NULL CHECK (reviewed_fen >= 0),
        reviewed_by INTEGER NOT NULL REFERENCES users (id),
        reviewed_at TEXT NOT NULL
      ) STRICT;

      -- 公示: local calendar dates, both included.
      CREATE TABLE application_notices (
        application_id INTEGER PRIMARY KEY REFERENCES applications (id),
        start_date TEXT NOT NULL,
        end_date TEXT NOT NULL,
        started_by INTEGER NOT NULL REFERENCES users (id),
        started_at TEXT NOT NULL,
        CHECK (end_date >= start_date)
      ) STRICT;

      -- 立项 or rejection: final, one per application.
      CREATE TABLE application_decisions (
        application_id INTEGER PRIMARY KEY REFERENCES applications (id),
        kind TEXT NOT NULL CHECK (kind IN ('approved', 'rejected')),
        approval_number TEXT COLLATE NOCASE UNIQUE,
        approved_fen INTEGER CHECK (approved_fen IS NULL OR approved_fen > 0),
        reason TEXT NOT NULL DEFAULT '',
        decided_by INTEGER NOT NULL REFERENCES users (id),
        decided_at TEXT NOT NULL,
        CHECK ((kind = 'approved') = (approval_number IS NOT NULL AND approved_fen IS NOT NULL)),
        CHECK (kind = 'approved' OR length(reason) > 0)
      ) STRICT;

      CREATE INDEX application_formal_reviews_by_application ON application_formal_reviews (application_id);
      CREATE INDEX review_assignments_by_evaluator ON review_assignments (evaluator_id, application_id);
      CREATE INDEX reviewer_conflicts_by_evaluator ON reviewer_conflicts (evaluator_id, organization_id);
    `);
  },
};

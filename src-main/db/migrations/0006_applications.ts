import type { Migration } from './types';

export const migration0006: Migration = {
  version: 6,
  name: 'applications',
  up(db) {
    db.exec(`
      CREATE TABLE applications (
        id INTEGER PRIMARY KEY,
        -- SB-{year}-{seq}: gap-free per program year, assigned on creation and never reused (no deletes).
        code TEXT NOT NULL UNIQUE,
        code_year INTEGER NOT NULL,
        code_seq INTEGER NOT NULL CHECK (code_seq >= 1),
        fund_program_id INTEGER NOT NULL REFERENCES fund_programs (id),
        organization_id INTEGER NOT NULL REFERENCES organizations (id),
        name TEXT NOT NULL CHECK (length(name) > 0),
        class_code TEXT NOT NULL CHECK (length(class_code) > 0),
        project_kind TEXT NOT NULL CHECK (project_kind IN ('social_work', 'volunteer', 'training')),
        service_area TEXT NOT NULL CHECK (service_area IN ('poverty', 'hardship', 'elderly', 'orphans', 'illness',
          'disability', 'disaster', 'medical', 'education', 'community', 'counselling', 'support_network')),
        district_code TEXT NOT NULL CHECK (length(district_code) = 6),
        beneficiaries TEXT NOT NULL DEFAULT '',
        beneficiary_count INTEGER NOT NULL DEFAULT 0 CHECK (beneficiary_count >= 0),
        period_start TEXT NOT NULL,
        period_end TEXT NOT NULL,
        objectives TEXT NOT NULL DEFAULT '',
        requested_fen INTEGER NOT NULL CHECK (requested_fen >= 0),
        matching_fen INTEGER NOT NULL DEFAULT 0 CHECK (matching_fen >= 0),
        state TEXT NOT NULL CHECK (state IN ('draft', 'submitted', 'returned', 'expert_review', 'finance_review',
          'finance_reviewed', 'in_notice', 'approved', 'rejected')),
        approved_fen INTEGER CHECK (approved_fen IS NULL OR (approved_fen > 0 AND approved_fen <= requested_fen)),
        -- Mean expert score × 100, kept up to date as experts score, so the list can sort by it.
        mean_score_centi INTEGER CHECK (mean_score_centi IS NULL OR mean_score_centi >= 0),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        created_by INTEGER REFERENCES users (id),
        submitted_at TEXT,
        submitted_by INTEGER REFERENCES users (id),
        UNIQUE (code_year, code_seq),
        CHECK (period_end >= period_start),
        CHECK ((state = 'approved') = (approved_fen IS NOT NULL))
      ) STRICT;

      -- Every submission, also of a returned application: separation of duties looks at all submitters.
      CREATE TABLE application_submissions (
        id INTEGER PRIMARY KEY,
        application_id INTEGER NOT NULL REFERENCES applications (id),
        submitted_by INTEGER NOT NULL REFERENCES users (id),
        submitted_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE application_indicators (
        id INTEGER PRIMARY KEY,
        application_id INTEGER NOT NULL REFERENCES applications (id),
        seq INTEGER NOT NULL CHECK (seq >= 1),
        name TEXT NOT NULL CHECK (length(name) > 0),
        unit TEXT NOT NULL CHECK (length(unit) > 0),
        target REAL NOT NULL CHECK (target >= 0),
        UNIQUE (application_id, seq)
      ) STRICT;

      CREATE TABLE application_budget_lines (
        id INTEGER PRIMARY KEY,
        application_id INTEGER NOT NULL REFERENCES applications (id),
        seq INTEGER NOT NULL CHECK (seq >= 1),
        category_code TEXT NOT NULL CHECK (length(category_code) > 0),
        cost_type TEXT CHECK (cost_type IS NULL OR cost_type IN ('building', 'infrastructure', 'fine', 'debt',
          'investment', 'vehicle', 'management_fee', 'subcontract', 'trip_abroad', 'hospitality', 'official_car',
          'routine_running', 'irregular_allowance', 'profit_making')),
        amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),
        note TEXT NOT NULL DEFAULT '',
        -- Set by the finance review: what is kept of the line, and why when it is less.
        approved_fen INTEGER CHECK (approved_fen IS NULL OR (approved_fen >= 0 AND approved_fen <= amount_fen)),
        cut_reason TEXT,
        UNIQUE (application_id, seq),
        CHECK (approved_fen IS NULL OR approved_fen = amount_fen OR ifnull(length(cut_reason), 0) > 0)
      ) STRICT;

      -- The duplicate rule asks for (program, organization); lists filter and sort by the rest.
      CREATE INDEX applications_by_program_organization ON applications (fund_program_id, organization_id);
      CREATE INDEX applications_by_organization ON applications (organization_id);
      CREATE INDEX applications_by_state ON applications (state);
      CREATE INDEX applications_by_district ON applications (district_code);
      CREATE INDEX applications_by_service_area ON applications (service_area);
      CREATE INDEX applications_by_name ON applications (name);
      CREATE INDEX applications_by_requested ON applications (requested_fen);
      CREATE INDEX applications_by_approved ON applications (approved_fen);
      CREATE INDEX applications_by_mean_score ON applications (mean_score_centi);
      CREATE INDEX applications_by_submitted ON applications (submitted_at);
      CREATE INDEX applications_by_created ON applications (created_at);
      CREATE INDEX application_submissions_by_application ON application_submissions (application_id);
    `);
  },
};

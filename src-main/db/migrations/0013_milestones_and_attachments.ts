import type { Migration } from './types';

export const migration0013: Migration = {
  version: 13,
  name: 'milestones_and_attachments',
  up(db) {
    db.exec(`
      -- 附件: one row per upload (who uploaded which name when); the bytes live once per content in the data
      -- folder under their SHA-256, so two rows may share a file. Rows are evidence and never change.
      CREATE TABLE attachments (
        id INTEGER PRIMARY KEY,
        application_id INTEGER NOT NULL REFERENCES applications (id),
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
        size INTEGER NOT NULL CHECK (size >= 0),
        file_name TEXT NOT NULL CHECK (length(file_name) > 0 AND instr(file_name, '/') = 0
          AND instr(file_name, char(92)) = 0),
        mime_type TEXT NOT NULL CHECK (length(mime_type) > 0),
        uploaded_by INTEGER NOT NULL REFERENCES users (id),
        uploaded_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX attachments_by_application ON attachments (application_id, id);
      CREATE TRIGGER attachments_no_update BEFORE UPDATE ON attachments
      BEGIN SELECT RAISE(ABORT, 'attachment records cannot be changed'); END;
      CREATE TRIGGER attachments_no_delete BEFORE DELETE ON attachments
      BEGIN SELECT RAISE(ABORT, 'attachment records cannot be deleted'); END;

      -- 里程碑 of a project (an agreement). Completed once (date, evidence, who), verified once by someone
      -- else; from then on the row is final. Created by hand or from the agreement's tranche plan (below).
      CREATE TABLE milestones (
        id INTEGER PRIMARY KEY,
        agreement_id INTEGER NOT NULL REFERENCES agreements (id),
        name TEXT NOT NULL CHECK (length(name) > 0),
        planned_date TEXT NOT NULL,
        completed_date TEXT,
        completed_by INTEGER REFERENCES users (id),
        completed_at TEXT,
        evidence_attachment_id INTEGER REFERENCES attachments (id),
        note TEXT NOT NULL DEFAULT '',
        verified_by INTEGER REFERENCES users (id),
        verified_at TEXT,
        -- NULL for a milestone the tranche plan named.
        created_by INTEGER REFERENCES users (id),
        created_at TEXT NOT NULL,
        UNIQUE (agreement_id, name),
        CHECK ((completed_date IS NULL) = (completed_by IS NULL) AND (completed_date IS NULL) = (completed_at IS NULL)),
        CHECK (completed_date IS NULL OR evidence_attachment_id IS NOT NULL),
        CHECK ((verified_by IS NULL) = (verified_at IS NULL)),
        CHECK (verified_by IS NULL OR (completed_by IS NOT NULL AND verified_by <> completed_by))
      ) STRICT;
      CREATE TRIGGER milestones_no_delete BEFORE DELETE ON milestones
      BEGIN SELECT RAISE(ABORT, 'milestones cannot be deleted'); END;
      CREATE TRIGGER milestones_identity BEFORE UPDATE ON milestones
      WHEN NEW.agreement_id IS NOT OLD.agreement_id OR NEW.name IS NOT OLD.name
        OR NEW.created_by IS NOT OLD.created_by OR NEW.created_at IS NOT OLD.created_at
      BEGIN SELECT RAISE(ABORT, 'a milestone keeps its project and name'); END;
      CREATE TRIGGER milestones_verified_final BEFORE UPDATE ON milestones
      WHEN OLD.verified_by IS NOT NULL
      BEGIN SELECT RAISE(ABORT, 'a verified milestone cannot be changed'); END;
      CREATE TRIGGER milestones_completion_final BEFORE UPDATE ON milestones
      WHEN OLD.completed_date IS NOT NULL AND (NEW.completed_date IS NOT OLD.completed_date
        OR NEW.completed_by IS NOT OLD.completed_by OR NEW.completed_at IS NOT OLD.completed_at
        OR NEW.evidence_attachment_id IS NOT OLD.evidence_attachment_id OR NEW.note IS NOT OLD.note
        OR NEW.planned_date IS NOT OLD.planned_date)
      BEGIN SELECT RAISE(ABORT, 'a completed milestone keeps its completion'); END;
      -- Evidence belongs to the milestone's own project.
      CREATE TRIGGER milestones_evidence_project BEFORE UPDATE OF evidence_attachment_id ON milestones
      WHEN NEW.evidence_attachment_id IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM attachments t JOIN agreements a ON a.application_id = t.application_id
        WHERE t.id = NEW.evidence_attachment_id AND a.id = NEW.agreement_id)
      BEGIN SELECT RAISE(ABORT, 'the evidence must be an attachment of the same project'); END;
      CREATE TRIGGER milestones_evidence_project_insert BEFORE INSERT ON milestones
      WHEN NEW.evidence_attachment_id IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM attachments t JOIN agreements a ON a.application_id = t.application_id
        WHERE t.id = NEW.evidence_attachment_id AND a.id = NEW.agreement_id)
      BEGIN SELECT RAISE(ABORT, 'the evidence must be an attachment of the same project'); END;

      -- A milestone_verified tranche waits for a milestone of that name: it exists as soon as the plan names
      -- it (planned for the end of the project period), whichever code writes the agreement.
      CREATE TRIGGER agreement_tranches_milestone AFTER INSERT ON agreement_tranches
      WHEN NEW.condition = 'milestone_verified'
      BEGIN
        INSERT INTO milestones (agreement_id, name, planned_date, created_at)
        SELECT a.id, NEW.milestone_name, a.period_end, a.created_at FROM agreements a
        WHERE a.id = NEW.agreement_id AND NOT EXISTS (
          SELECT 1 FROM milestones m WHERE m.agreement_id = NEW.agreement_id AND m.name = NEW.milestone_name);
      END;
      INSERT INTO milestones (agreement_id, name, planned_date, created_at)
      SELECT DISTINCT t.agreement_id, t.milestone_name, a.period_end, a.created_at
      FROM agreement_tranches t JOIN agreements a ON a.id = t.agreement_id
      WHERE t.condition = 'milestone_verified';

      -- 完成值 of an application's indicators over time. Append only: a wrong reading is superseded by a later
      -- one (of the same date, the later entry wins), never edited. The value is exact decimal text.
      CREATE TABLE indicator_readings (
        id INTEGER PRIMARY KEY,
        indicator_id INTEGER NOT NULL REFERENCES application_indicators (id),
        date TEXT NOT NULL,
        value TEXT NOT NULL CHECK (value GLOB '[0-9]*' AND value NOT GLOB '*[^0-9.]*' AND value NOT GLOB '*.*.*'
          AND value NOT GLOB '*.'),
        note TEXT NOT NULL DEFAULT '',
        by_user INTEGER NOT NULL REFERENCES users (id),
        at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX indicator_readings_by_indicator ON indicator_readings (indicator_id, date, id);
      CREATE TRIGGER indicator_readings_no_update BEFORE UPDATE ON indicator_readings
      BEGIN SELECT RAISE(ABORT, 'indicator readings are recorded and cannot be changed'); END;
      CREATE TRIGGER indicator_readings_no_delete BEFORE DELETE ON indicator_readings
      BEGIN SELECT RAISE(ABORT, 'indicator readings are recorded and cannot be deleted'); END;
    `);
  },
};

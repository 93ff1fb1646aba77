import type { Migration } from './types';

/**
 * 签字确认 by every inspector, and what an inspection photo says about itself.
 *
 * Each inspector signs separately. An evaluator account signs for itself; an external expert's signature (on
 * the paper form) is recorded by one of the inspection's accounts, who is named with it. The inspection becomes
 * read-only (signed_off_at) only once every account inspector has signed; until then a change to the draft
 * withdraws the signatures given, since they were given to something else.
 *
 * A photo attached to an inspection keeps its capture time (Shanghai date and instant) and GPS position as
 * read from its EXIF data when it was attached.
 */
export const migration0024: Migration = {
  version: 24,
  name: 'inspection_signatures',
  up(db) {
    db.exec(`
      CREATE TABLE inspection_signatures (
        inspection_id INTEGER NOT NULL REFERENCES inspections (id),
        inspector_seq INTEGER NOT NULL CHECK (inspector_seq >= 1),
        -- The account inspector who signed, or who recorded the external expert's signature.
        recorded_by INTEGER NOT NULL REFERENCES users (id),
        at TEXT NOT NULL,
        PRIMARY KEY (inspection_id, inspector_seq)
      ) STRICT;
      -- Inspections signed off before signatures were kept: the one who signed is the signature known.
      INSERT INTO inspection_signatures (inspection_id, inspector_seq, recorded_by, at)
      SELECT i.id, min(s.seq), i.signed_off_by, i.signed_off_at FROM inspections i
      JOIN inspection_inspectors s ON s.inspection_id = i.id AND s.user_id = i.signed_off_by
      WHERE i.signed_off_at IS NOT NULL GROUP BY i.id;
      CREATE TRIGGER inspection_signatures_signer BEFORE INSERT ON inspection_signatures
      WHEN NOT EXISTS (SELECT 1 FROM inspection_inspectors s WHERE s.inspection_id = NEW.inspection_id
                         AND s.seq = NEW.inspector_seq AND (s.user_id = NEW.recorded_by OR s.user_id IS NULL))
        OR NOT EXISTS (SELECT 1 FROM inspection_inspectors s WHERE s.inspection_id = NEW.inspection_id
                         AND s.user_id = NEW.recorded_by)
      BEGIN SELECT RAISE(ABORT, 'an inspector signs for themself; an external expert''s signature is recorded by an inspector of the same inspection'); END;
      CREATE TRIGGER inspection_signatures_signed_insert BEFORE INSERT ON inspection_signatures
      WHEN EXISTS (SELECT 1 FROM inspections WHERE id = NEW.inspection_id AND signed_off_at IS NOT NULL)
      BEGIN SELECT RAISE(ABORT, 'a signed-off inspection is read-only; add an addendum'); END;
      CREATE TRIGGER inspection_signatures_no_update BEFORE UPDATE ON inspection_signatures
      BEGIN SELECT RAISE(ABORT, 'a signature cannot be changed'); END;
      CREATE TRIGGER inspection_signatures_signed_delete BEFORE DELETE ON inspection_signatures
      WHEN EXISTS (SELECT 1 FROM inspections WHERE id = OLD.inspection_id AND signed_off_at IS NOT NULL)
      BEGIN SELECT RAISE(ABORT, 'a signed-off inspection is read-only; add an addendum'); END;
      -- Read-only only once every account inspector has signed.
      CREATE TRIGGER inspections_signed_by_all BEFORE UPDATE OF signed_off_at ON inspections
      WHEN NEW.signed_off_at IS NOT NULL AND EXISTS (
        SELECT 1 FROM inspection_inspectors s WHERE s.inspection_id = NEW.id AND s.user_id IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM inspection_signatures g
                          WHERE g.inspection_id = s.inspection_id AND g.inspector_seq = s.seq))
      BEGIN SELECT RAISE(ABORT, 'an inspection is signed off once every inspector with an account has signed'); END;

      -- The overview's "not inspected in a year": signed projects whose period reaches into the year.
      CREATE INDEX agreements_signed_by_period ON agreements (period_end, period_start, application_id)
        WHERE signed_date IS NOT NULL;

      -- EXIF of a photo as read when it was attached; all NULL when the file said nothing.
      ALTER TABLE inspection_attachments ADD COLUMN taken_on TEXT
        CHECK (taken_on IS NULL OR taken_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');
      ALTER TABLE inspection_attachments ADD COLUMN taken_at TEXT;
      ALTER TABLE inspection_attachments ADD COLUMN offset_recorded INTEGER CHECK (offset_recorded IN (0, 1));
      ALTER TABLE inspection_attachments ADD COLUMN latitude REAL CHECK (latitude BETWEEN -90 AND 90);
      ALTER TABLE inspection_attachments ADD COLUMN longitude REAL CHECK (longitude BETWEEN -180 AND 180);
    `);
  },
};

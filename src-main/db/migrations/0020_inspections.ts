import { seedChecklists } from './0020_checklist_seed';
import type { Migration } from './types';

/**
 * 监督检查: checklist templates (versioned), inspections recorded on one version, findings, and the
 * rectification (整改) each finding opens once its inspection is signed off (签字确认).
 */
export const migration0020: Migration = {
  version: 20,
  name: 'inspections',
  up(db) {
    db.exec(`
      -- 检查模板. A template is edited by writing a new version; versions and their items never change, so an
      -- inspection keeps reading the items it was recorded on.
      CREATE TABLE checklist_templates (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE CHECK (length(code) > 0),
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE checklist_versions (
        id INTEGER PRIMARY KEY,
        template_id INTEGER NOT NULL REFERENCES checklist_templates (id),
        version INTEGER NOT NULL CHECK (version >= 1),
        name TEXT NOT NULL CHECK (length(name) > 0),
        created_by INTEGER REFERENCES users (id),
        created_at TEXT NOT NULL,
        UNIQUE (template_id, version)
      ) STRICT;
      CREATE TRIGGER checklist_versions_no_update BEFORE UPDATE ON checklist_versions
      BEGIN SELECT RAISE(ABORT, 'a checklist version cannot be changed; save a new version'); END;
      CREATE TRIGGER checklist_versions_no_delete BEFORE DELETE ON checklist_versions
      BEGIN SELECT RAISE(ABORT, 'a checklist version cannot be deleted'); END;
      CREATE TABLE checklist_items (
        id INTEGER PRIMARY KEY,
        version_id INTEGER NOT NULL REFERENCES checklist_versions (id),
        seq INTEGER NOT NULL CHECK (seq >= 1),
        section TEXT NOT NULL CHECK (length(section) > 0),
        text TEXT NOT NULL CHECK (length(text) > 0),
        answer_type TEXT NOT NULL CHECK (answer_type IN ('yes_no', 'score', 'number', 'text')),
        max_score INTEGER CHECK (max_score IS NULL OR max_score > 0),
        -- What is found when the answer is 否, with the severity suggested for it.
        finding_text TEXT NOT NULL DEFAULT '',
        finding_severity TEXT CHECK (finding_severity IS NULL OR finding_severity IN ('minor', 'major', 'severe')),
        UNIQUE (version_id, seq),
        CHECK ((answer_type = 'score') = (max_score IS NOT NULL)),
        CHECK (answer_type = 'yes_no' OR (finding_text = '' AND finding_severity IS NULL))
      ) STRICT;
      CREATE TRIGGER checklist_items_no_update BEFORE UPDATE ON checklist_items
      BEGIN SELECT RAISE(ABORT, 'a checklist item cannot be changed; save a new version'); END;
      CREATE TRIGGER checklist_items_no_delete BEFORE DELETE ON checklist_items
      BEGIN SELECT RAISE(ABORT, 'a checklist item cannot be deleted'); END;
      CREATE TRIGGER checklist_items_version_in_use BEFORE INSERT ON checklist_items
      WHEN EXISTS (SELECT 1 FROM inspections WHERE checklist_version_id = NEW.version_id)
      BEGIN SELECT RAISE(ABORT, 'a checklist version in use cannot change; save a new version'); END;

      -- 检查 of one project. A draft is edited freely by its inspectors; signed off (签字确认), it is read-only
      -- and corrected only by dated addenda.
      CREATE TABLE inspections (
        id INTEGER PRIMARY KEY,
        application_id INTEGER NOT NULL REFERENCES applications (id),
        checklist_version_id INTEGER NOT NULL REFERENCES checklist_versions (id),
        kind TEXT NOT NULL CHECK (kind IN ('field', 'special', 'finance', 'random')),
        date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        place TEXT NOT NULL CHECK (length(place) > 0),
        notes TEXT NOT NULL DEFAULT '',
        created_by INTEGER NOT NULL REFERENCES users (id),
        created_at TEXT NOT NULL,
        signed_off_by INTEGER REFERENCES users (id),
        signed_off_at TEXT,
        CHECK ((signed_off_by IS NULL) = (signed_off_at IS NULL))
      ) STRICT;
      CREATE INDEX inspections_by_application ON inspections (application_id, date);
      CREATE INDEX inspections_by_date ON inspections (date, id);
      CREATE TRIGGER inspections_no_delete BEFORE DELETE ON inspections
      BEGIN SELECT RAISE(ABORT, 'inspections cannot be deleted'); END;
      CREATE TRIGGER inspections_signed_final BEFORE UPDATE ON inspections
      WHEN OLD.signed_off_at IS NOT NULL
      BEGIN SELECT RAISE(ABORT, 'a signed-off inspection is read-only; add an addendum'); END;
      CREATE TRIGGER inspections_identity BEFORE UPDATE ON inspections
      WHEN NEW.application_id IS NOT OLD.application_id OR NEW.checklist_version_id IS NOT OLD.checklist_version_id
        OR NEW.created_by IS NOT OLD.created_by OR NEW.created_at IS NOT OLD.created_at
      BEGIN SELECT RAISE(ABORT, 'an inspection keeps its project and checklist version'); END;

      -- At least two inspectors: evaluator accounts, or external experts by name and unit.
      CREATE TABLE inspection_inspectors (
        inspection_id INTEGER NOT NULL REFERENCES inspections (id),
        seq INTEGER NOT NULL CHECK (seq >= 1),
        user_id INTEGER REFERENCES users (id),
        name TEXT NOT NULL DEFAULT '',
        unit TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (inspection_id, seq),
        CHECK (user_id IS NOT NULL OR (length(name) > 0 AND length(unit) > 0))
      ) STRICT;
      CREATE INDEX inspection_inspectors_by_user ON inspection_inspectors (user_id) WHERE user_id IS NOT NULL;

      CREATE TABLE inspection_answers (
        inspection_id INTEGER NOT NULL REFERENCES inspections (id),
        item_id INTEGER NOT NULL REFERENCES checklist_items (id),
        value TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (inspection_id, item_id)
      ) STRICT;
      CREATE TRIGGER inspection_answers_item_version BEFORE INSERT ON inspection_answers
      WHEN NOT EXISTS (SELECT 1 FROM checklist_items c JOIN inspections i ON i.checklist_version_id = c.version_id
                       WHERE c.id = NEW.item_id AND i.id = NEW.inspection_id)
      BEGIN SELECT RAISE(ABORT, 'an answer belongs to an item of the inspection''s checklist version'); END;

      CREATE TABLE inspection_attachments (
        inspection_id INTEGER NOT NULL REFERENCES inspections (id),
        attachment_id INTEGER NOT NULL REFERENCES attachments (id),
        PRIMARY KEY (inspection_id, attachment_id)
      ) STRICT;
      CREATE TRIGGER inspection_attachments_project BEFORE INSERT ON inspection_attachments
      WHEN NOT EXISTS (SELECT 1 FROM attachments t JOIN inspections i ON i.application_id = t.application_id
                       WHERE t.id = NEW.attachment_id AND i.id = NEW.inspection_id)
      BEGIN SELECT RAISE(ABORT, 'an inspection''s attachment belongs to the same project'); END;

      -- 补充说明: the only way to correct a signed-off inspection. Append only.
      CREATE TABLE inspection_addenda (
        id INTEGER PRIMARY KEY,
        inspection_id INTEGER NOT NULL REFERENCES inspections (id),
        date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        text TEXT NOT NULL CHECK (length(text) > 0),
        by_user INTEGER NOT NULL REFERENCES users (id),
        at TEXT NOT NULL
      ) STRICT;
      CREATE TRIGGER inspection_addenda_signed BEFORE INSERT ON inspection_addenda
      WHEN NOT EXISTS (SELECT 1 FROM inspections WHERE id = NEW.inspection_id AND signed_off_at IS NOT NULL)
      BEGIN SELECT RAISE(ABORT, 'an addendum is for a signed-off inspection; edit the draft instead'); END;
      CREATE TRIGGER inspection_addenda_no_update BEFORE UPDATE ON inspection_addenda
      BEGIN SELECT RAISE(ABORT, 'addenda cannot be changed'); END;
      CREATE TRIGGER inspection_addenda_no_delete BEFORE DELETE ON inspection_addenda
      BEGIN SELECT RAISE(ABORT, 'addenda cannot be deleted'); END;

      -- 问题 found by an inspection, with what the organization must do about it. A finance finding may name
      -- ledger lines and an amount to disallow (核减), which finance confirms by recording the recovery.
      CREATE TABLE findings (
        id INTEGER PRIMARY KEY,
        inspection_id INTEGER NOT NULL REFERENCES inspections (id),
        seq INTEGER NOT NULL CHECK (seq >= 1),
        item_id INTEGER REFERENCES checklist_items (id),
        severity TEXT NOT NULL CHECK (severity IN ('minor', 'major', 'severe')),
        description TEXT NOT NULL CHECK (length(description) > 0),
        requirement TEXT NOT NULL CHECK (length(requirement) > 0),
        responsible_person TEXT NOT NULL CHECK (length(responsible_person) > 0),
        deadline TEXT NOT NULL CHECK (deadline GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        disallow_fen INTEGER NOT NULL DEFAULT 0 CHECK (disallow_fen >= 0),
        recovery_id INTEGER UNIQUE REFERENCES recoveries (id),
        confirmed_by INTEGER REFERENCES users (id),
        confirmed_at TEXT,
        UNIQUE (inspection_id, seq),
        CHECK ((confirmed_by IS NULL) = (confirmed_at IS NULL) AND (confirmed_by IS NULL) = (recovery_id IS NULL)),
        CHECK (recovery_id IS NULL OR disallow_fen > 0)
      ) STRICT;
      CREATE TABLE finding_ledger_lines (
        finding_id INTEGER NOT NULL REFERENCES findings (id),
        ledger_line_id INTEGER NOT NULL REFERENCES ledger_lines (id),
        PRIMARY KEY (finding_id, ledger_line_id)
      ) STRICT;
      CREATE TRIGGER finding_ledger_lines_project BEFORE INSERT ON finding_ledger_lines
      WHEN NOT EXISTS (SELECT 1 FROM findings f JOIN inspections i ON i.id = f.inspection_id
                       JOIN agreements g ON g.application_id = i.application_id
                       JOIN ledger_lines l ON l.agreement_id = g.id
                       WHERE f.id = NEW.finding_id AND l.id = NEW.ledger_line_id)
      BEGIN SELECT RAISE(ABORT, 'a finding names ledger lines of its own project'); END;

      -- 整改: one per finding, opened at sign-off. States open → submitted → verified, or back to reopened
      -- (with a reason) and submitted again. Verified is final. Every step is a row in rectification_steps.
      CREATE TABLE rectifications (
        id INTEGER PRIMARY KEY,
        finding_id INTEGER NOT NULL UNIQUE REFERENCES findings (id),
        application_id INTEGER NOT NULL REFERENCES applications (id),
        organization_id INTEGER NOT NULL REFERENCES organizations (id),
        seq INTEGER NOT NULL CHECK (seq >= 1),
        severity TEXT NOT NULL CHECK (severity IN ('minor', 'major', 'severe')),
        deadline TEXT NOT NULL CHECK (deadline GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        state TEXT NOT NULL CHECK (state IN ('open', 'submitted', 'verified', 'reopened')),
        opened_at TEXT NOT NULL,
        submitted_by INTEGER REFERENCES users (id),
        verified_by INTEGER REFERENCES users (id),
        verified_at TEXT,
        UNIQUE (application_id, seq),
        CHECK ((state = 'verified') = (verified_by IS NOT NULL) AND (verified_by IS NULL) = (verified_at IS NULL)),
        CHECK (state = 'open' OR submitted_by IS NOT NULL),
        CHECK (verified_by IS NULL OR verified_by <> submitted_by)
      ) STRICT;
      -- Overdue lists and counts read only unverified items by deadline, per organization (and its district).
      CREATE INDEX rectifications_unverified_by_deadline ON rectifications (deadline, organization_id)
        WHERE state <> 'verified';
      CREATE INDEX rectifications_by_organization ON rectifications (organization_id, state, deadline);
      CREATE INDEX rectifications_by_application ON rectifications (application_id, state);
      CREATE TRIGGER rectifications_no_delete BEFORE DELETE ON rectifications
      BEGIN SELECT RAISE(ABORT, 'rectifications cannot be deleted'); END;
      CREATE TRIGGER rectifications_verified_final BEFORE UPDATE ON rectifications
      WHEN OLD.state = 'verified'
      BEGIN SELECT RAISE(ABORT, 'a verified rectification is final'); END;
      CREATE TRIGGER rectifications_identity BEFORE UPDATE ON rectifications
      WHEN NEW.finding_id IS NOT OLD.finding_id OR NEW.application_id IS NOT OLD.application_id
        OR NEW.organization_id IS NOT OLD.organization_id OR NEW.seq IS NOT OLD.seq
        OR NEW.severity IS NOT OLD.severity OR NEW.deadline IS NOT OLD.deadline OR NEW.opened_at IS NOT OLD.opened_at
      BEGIN SELECT RAISE(ABORT, 'a rectification keeps its finding, project, severity and deadline'); END;
      CREATE TRIGGER rectifications_signed_inspection BEFORE INSERT ON rectifications
      WHEN NOT EXISTS (SELECT 1 FROM findings f JOIN inspections i ON i.id = f.inspection_id
                       WHERE f.id = NEW.finding_id AND i.signed_off_at IS NOT NULL
                         AND i.application_id = NEW.application_id AND f.severity = NEW.severity)
      BEGIN SELECT RAISE(ABORT, 'a rectification opens from a finding of a signed-off inspection'); END;

      CREATE TABLE rectification_steps (
        id INTEGER PRIMARY KEY,
        rectification_id INTEGER NOT NULL REFERENCES rectifications (id),
        kind TEXT NOT NULL CHECK (kind IN ('evidence', 'verify', 'reopen')),
        note TEXT NOT NULL DEFAULT '',
        by_user INTEGER NOT NULL REFERENCES users (id),
        at TEXT NOT NULL,
        CHECK (kind <> 'reopen' OR length(note) > 0)
      ) STRICT;
      CREATE INDEX rectification_steps_by_item ON rectification_steps (rectification_id, id);
      CREATE TRIGGER rectification_steps_no_update BEFORE UPDATE ON rectification_steps
      BEGIN SELECT RAISE(ABORT, 'rectification steps cannot be changed'); END;
      CREATE TRIGGER rectification_steps_no_delete BEFORE DELETE ON rectification_steps
      BEGIN SELECT RAISE(ABORT, 'rectification steps cannot be deleted'); END;
      CREATE TABLE rectification_step_attachments (
        step_id INTEGER NOT NULL REFERENCES rectification_steps (id),
        attachment_id INTEGER NOT NULL REFERENCES attachments (id),
        PRIMARY KEY (step_id, attachment_id)
      ) STRICT;
      CREATE TRIGGER rectification_step_attachments_project BEFORE INSERT ON rectification_step_attachments
      WHEN NOT EXISTS (SELECT 1 FROM rectification_steps s JOIN rectifications r ON r.id = s.rectification_id
                       JOIN attachments t ON t.application_id = r.application_id
                       WHERE s.id = NEW.step_id AND t.id = NEW.attachment_id)
      BEGIN SELECT RAISE(ABORT, 'evidence belongs to the same project'); END;
    `);
    // A signed-off inspection freezes everything recorded on it.
    for (const [table, key] of [
      ['inspection_inspectors', 'inspection_id'],
      ['inspection_answers', 'inspection_id'],
      ['inspection_attachments', 'inspection_id'],
    ] as const)
      for (const [when, row] of [
        ['INSERT', 'NEW'],
        ['UPDATE', 'OLD'],
        ['DELETE', 'OLD'],
      ] as const)
        db.exec(`
          CREATE TRIGGER ${table}_signed_${when.toLowerCase()} BEFORE ${when} ON ${table}
          WHEN EXISTS (SELECT 1 FROM inspections WHERE id = ${row}.${key} AND signed_off_at IS NOT NULL)
          BEGIN SELECT RAISE(ABORT, 'a signed-off inspection is read-only; add an addendum'); END;`);
    db.exec(`
      CREATE TRIGGER findings_signed_insert BEFORE INSERT ON findings
      WHEN EXISTS (SELECT 1 FROM inspections WHERE id = NEW.inspection_id AND signed_off_at IS NOT NULL)
      BEGIN SELECT RAISE(ABORT, 'a signed-off inspection is read-only; add an addendum'); END;
      CREATE TRIGGER findings_signed_delete BEFORE DELETE ON findings
      WHEN EXISTS (SELECT 1 FROM inspections WHERE id = OLD.inspection_id AND signed_off_at IS NOT NULL)
      BEGIN SELECT RAISE(ABORT, 'a signed-off inspection is read-only; add an addendum'); END;
      -- After sign-off only the confirmation of a disallowance may be written, once.
      CREATE TRIGGER findings_signed_update BEFORE UPDATE ON findings
      WHEN EXISTS (SELECT 1 FROM inspections WHERE id = OLD.inspection_id AND signed_off_at IS NOT NULL)
        AND (OLD.recovery_id IS NOT NULL OR NEW.inspection_id IS NOT OLD.inspection_id OR NEW.seq IS NOT OLD.seq
          OR NEW.item_id IS NOT OLD.item_id OR NEW.severity IS NOT OLD.severity
          OR NEW.description IS NOT OLD.description OR NEW.requirement IS NOT OLD.requirement
          OR NEW.responsible_person IS NOT OLD.responsible_person OR NEW.deadline IS NOT OLD.deadline
          OR NEW.disallow_fen IS NOT OLD.disallow_fen)
      BEGIN SELECT RAISE(ABORT, 'a signed-off inspection is read-only; add an addendum'); END;
      CREATE TRIGGER finding_ledger_lines_signed_insert BEFORE INSERT ON finding_ledger_lines
      WHEN EXISTS (SELECT 1 FROM findings f JOIN inspections i ON i.id = f.inspection_id
                   WHERE f.id = NEW.finding_id AND i.signed_off_at IS NOT NULL)
      BEGIN SELECT RAISE(ABORT, 'a signed-off inspection is read-only; add an addendum'); END;
      CREATE TRIGGER finding_ledger_lines_signed_delete BEFORE DELETE ON finding_ledger_lines
      WHEN EXISTS (SELECT 1 FROM findings f JOIN inspections i ON i.id = f.inspection_id
                   WHERE f.id = OLD.finding_id AND i.signed_off_at IS NOT NULL)
      BEGIN SELECT RAISE(ABORT, 'a signed-off inspection is read-only; add an addendum'); END;
    `);
    seedChecklists(db);
  },
};

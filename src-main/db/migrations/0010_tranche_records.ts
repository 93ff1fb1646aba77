import type { Migration } from './types';

export const migration0010: Migration = {
  version: 10,
  name: 'tranche_records',
  up(db) {
    db.exec(`
      -- Where each planned tranche stands. A tranche without a row is 'planned'. The maker's preparation
      -- (voucher, date, who) lives here while prepared and is kept once released; the posted money does not:
      -- that is tranche_records.
      CREATE TABLE tranche_states (
        tranche_id INTEGER PRIMARY KEY REFERENCES agreement_tranches (id),
        state TEXT NOT NULL CHECK (state IN ('planned', 'prepared', 'released', 'reversed', 'cancelled')),
        voucher_no TEXT,
        voucher_date TEXT,
        prepared_by INTEGER REFERENCES users (id),
        prepared_at TEXT,
        released_by INTEGER REFERENCES users (id),
        released_at TEXT,
        updated_at TEXT NOT NULL,
        CHECK (state NOT IN ('prepared', 'released') OR
               (voucher_no IS NOT NULL AND voucher_date IS NOT NULL AND prepared_by IS NOT NULL)),
        CHECK ((state = 'released') = (released_by IS NOT NULL))
      ) STRICT;

      -- The posted money of tranches (资金拨付记录). Append only: a mistaken release is corrected by a reversal
      -- pointing at it (negative amount), never by editing or deleting it. At most one reversal per release.
      CREATE TABLE tranche_records (
        id INTEGER PRIMARY KEY,
        tranche_id INTEGER NOT NULL REFERENCES agreement_tranches (id),
        kind TEXT NOT NULL CHECK (kind IN ('release', 'reversal', 'cancellation')),
        amount_fen INTEGER NOT NULL,
        voucher_no TEXT,
        date TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        reverses_id INTEGER UNIQUE REFERENCES tranche_records (id),
        prepared_by INTEGER REFERENCES users (id),
        by_user INTEGER NOT NULL REFERENCES users (id),
        at TEXT NOT NULL,
        CHECK ((kind = 'reversal') = (reverses_id IS NOT NULL)),
        CHECK (kind <> 'release' OR (amount_fen >= 0 AND voucher_no IS NOT NULL AND prepared_by IS NOT NULL)),
        CHECK (kind <> 'reversal' OR amount_fen <= 0),
        CHECK (kind <> 'cancellation' OR amount_fen = 0)
      ) STRICT;
      CREATE INDEX tranche_records_tranche ON tranche_records (tranche_id, id);

      -- A reversal negates exactly one release of the same tranche.
      CREATE TRIGGER tranche_records_reversal_target BEFORE INSERT ON tranche_records
      WHEN NEW.kind = 'reversal' AND NOT EXISTS (
        SELECT 1 FROM tranche_records r
        WHERE r.id = NEW.reverses_id AND r.kind = 'release' AND r.tranche_id = NEW.tranche_id
          AND r.amount_fen = -NEW.amount_fen)
      BEGIN SELECT RAISE(ABORT, 'a reversal must negate a release of the same tranche'); END;

      CREATE TRIGGER tranche_records_no_update BEFORE UPDATE ON tranche_records
      BEGIN SELECT RAISE(ABORT, 'tranche records are posted and cannot be changed'); END;
      CREATE TRIGGER tranche_records_no_delete BEFORE DELETE ON tranche_records
      BEGIN SELECT RAISE(ABORT, 'tranche records are posted and cannot be deleted'); END;
    `);
  },
};

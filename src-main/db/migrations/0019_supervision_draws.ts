import type { Migration } from './types';

export const migration0019: Migration = {
  version: 19,
  name: 'supervision_draws',
  up(db) {
    db.exec(`
      -- 随机抽查 (双随机): a draw is kept exactly as it was made — the seed, the generator's name and the inputs
      -- as they stood (candidate projects, the evaluator pool, the conflicts that excluded people), as JSON —
      -- so anyone can recompute it from the seed and compare. Never changed afterwards.
      CREATE TABLE supervision_draws (
        id INTEGER PRIMARY KEY,
        draw_number TEXT NOT NULL UNIQUE CHECK (length(draw_number) > 0),
        fund_program_id INTEGER NOT NULL REFERENCES fund_programs (id),
        year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        requested_count INTEGER NOT NULL CHECK (requested_count >= 1),
        seed TEXT NOT NULL CHECK (length(seed) BETWEEN 1 AND 64),
        algorithm TEXT NOT NULL CHECK (length(algorithm) > 0),
        candidates TEXT NOT NULL CHECK (json_valid(candidates) AND json_type(candidates) = 'array'),
        pool TEXT NOT NULL CHECK (json_valid(pool) AND json_type(pool) = 'array'),
        conflicts TEXT NOT NULL CHECK (json_valid(conflicts) AND json_type(conflicts) = 'array'),
        unstaffable TEXT NOT NULL CHECK (json_valid(unstaffable) AND json_type(unstaffable) = 'array'),
        drawn_by INTEGER REFERENCES users (id),
        drawn_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX supervision_draws_by_program ON supervision_draws (fund_program_id, year);

      -- The drawn projects in the order drawn, each with its two inspectors (never the same person twice).
      CREATE TABLE supervision_draw_picks (
        draw_id INTEGER NOT NULL REFERENCES supervision_draws (id),
        seq INTEGER NOT NULL CHECK (seq >= 1),
        application_id INTEGER NOT NULL REFERENCES applications (id),
        first_inspector_id INTEGER NOT NULL REFERENCES users (id),
        second_inspector_id INTEGER NOT NULL REFERENCES users (id),
        PRIMARY KEY (draw_id, seq),
        UNIQUE (draw_id, application_id),
        CHECK (first_inspector_id <> second_inspector_id)
      ) STRICT;
      CREATE INDEX supervision_draw_picks_by_application ON supervision_draw_picks (application_id);

      CREATE TRIGGER supervision_draws_no_update BEFORE UPDATE ON supervision_draws
      BEGIN SELECT RAISE(ABORT, 'a draw is kept as it was made and cannot be changed'); END;
      CREATE TRIGGER supervision_draws_no_delete BEFORE DELETE ON supervision_draws
      BEGIN SELECT RAISE(ABORT, 'a draw is kept as it was made and cannot be deleted'); END;
      CREATE TRIGGER supervision_draw_picks_no_update BEFORE UPDATE ON supervision_draw_picks
      BEGIN SELECT RAISE(ABORT, 'a draw is kept as it was made and cannot be changed'); END;
      CREATE TRIGGER supervision_draw_picks_no_delete BEFORE DELETE ON supervision_draw_picks
      BEGIN SELECT RAISE(ABORT, 'a draw is kept as it was made and cannot be deleted'); END;
    `);
  },
};

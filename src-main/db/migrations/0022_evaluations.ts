import type { Migration } from './types';

/**
 * The seed indicator system, written out here (not imported) because a migration is frozen: a later change of
 * the default in core must not change what this migration does to a fresh database.
 */
const SEED_INDICATORS = JSON.stringify(
  [
    [
      '1',
      '项目管理',
      20,
      [
        ['1.1', '组织管理与制度建设', 30],
        ['1.2', '项目实施进度', 40],
        ['1.3', '档案资料管理', 30],
      ],
    ],
    [
      '2',
      '资金管理',
      20,
      [
        ['2.1', '资金到位与使用合规', 40],
        ['2.2', '财务制度执行', 30],
        ['2.3', '预算执行率', 30],
      ],
    ],
    [
      '3',
      '项目产出',
      30,
      [
        ['3.1', '服务数量完成情况', 40],
        ['3.2', '服务质量', 30],
        ['3.3', '服务时效', 30],
      ],
    ],
    [
      '4',
      '项目成效',
      20,
      [
        ['4.1', '社会效益', 50],
        ['4.2', '可持续影响', 30],
        ['4.3', '服务对象能力提升', 20],
      ],
    ],
    [
      '5',
      '满意度',
      10,
      [
        ['5.1', '服务对象满意度', 70],
        ['5.2', '相关方满意度', 30],
      ],
    ],
  ].map(([code, name, weight, children]) => ({
    code,
    name,
    weight,
    children: (children as [string, string, number][]).map(([c, n, w]) => ({
      code: c,
      name: n,
      weight: w,
      children: [],
    })),
  })),
);
const SEED_THRESHOLDS = JSON.stringify({ excellent: '90', good: '80', pass: '60' });

export const migration0022: Migration = {
  version: 22,
  name: 'evaluations',
  up(db) {
    db.exec(`
      -- 评估指标体系: one per fund program (so per program and year). The tree (JSON: code, name, whole-percent
      -- weight, children; every level sums to 100, checked by the service) and the grade thresholds (JSON of
      -- decimal texts). version counts the edits; an evaluation keeps a copy of the system it was scored on.
      CREATE TABLE evaluation_indicator_systems (
        id INTEGER PRIMARY KEY,
        fund_program_id INTEGER NOT NULL UNIQUE REFERENCES fund_programs (id),
        indicators TEXT NOT NULL CHECK (json_valid(indicators) AND json_type(indicators) = 'array'),
        thresholds TEXT NOT NULL CHECK (json_valid(thresholds) AND json_type(thresholds) = 'object'),
        version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
        updated_by INTEGER REFERENCES users (id),
        updated_at TEXT NOT NULL
      ) STRICT;

      -- 评估: mid-term (中期) or final (结项) of a project. Open while its evaluators score; finalized once, with
      -- the mean score in hundredths and the grade, and then never changed. A final 不合格 names the tranche it
      -- withheld and the bar it wrote.
      CREATE TABLE evaluations (
        id INTEGER PRIMARY KEY,
        agreement_id INTEGER NOT NULL REFERENCES agreements (id),
        kind TEXT NOT NULL CHECK (kind IN ('midterm', 'final')),
        evaluation_date TEXT NOT NULL,
        indicators TEXT NOT NULL CHECK (json_valid(indicators)),
        thresholds TEXT NOT NULL CHECK (json_valid(thresholds)),
        system_version INTEGER NOT NULL CHECK (system_version >= 1),
        state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'finalized')),
        score_centi INTEGER CHECK (score_centi BETWEEN 0 AND 10000),
        grade TEXT CHECK (grade IN ('excellent', 'good', 'pass', 'fail')),
        created_by INTEGER NOT NULL REFERENCES users (id),
        created_at TEXT NOT NULL,
        finalized_by INTEGER REFERENCES users (id),
        finalized_at TEXT,
        withheld_tranche_id INTEGER REFERENCES agreement_tranches (id),
        bar_id INTEGER REFERENCES organization_bars (id),
        CHECK ((state = 'finalized') = (score_centi IS NOT NULL AND grade IS NOT NULL AND finalized_at IS NOT NULL
          AND finalized_by IS NOT NULL)),
        CHECK (state = 'finalized' OR (withheld_tranche_id IS NULL AND bar_id IS NULL))
      ) STRICT;
      CREATE TRIGGER evaluations_final_once BEFORE UPDATE ON evaluations
      WHEN OLD.state = 'finalized'
      BEGIN SELECT RAISE(ABORT, 'a finalized evaluation never changes'); END;
      CREATE TRIGGER evaluations_no_delete BEFORE DELETE ON evaluations
      BEGIN SELECT RAISE(ABORT, 'evaluations cannot be deleted'); END;

      -- One row per evaluator: the declaration (无利益冲突声明) first, the scores (JSON list of {code, points})
      -- only after 'no_conflict'. A conflicted assignment is kept, never deleted.
      CREATE TABLE evaluation_assignments (
        id INTEGER PRIMARY KEY,
        evaluation_id INTEGER NOT NULL REFERENCES evaluations (id),
        evaluator_id INTEGER NOT NULL REFERENCES users (id),
        assigned_by INTEGER NOT NULL REFERENCES users (id),
        assigned_at TEXT NOT NULL,
        declaration TEXT NOT NULL DEFAULT 'pending' CHECK (declaration IN ('pending', 'no_conflict', 'conflict')),
        declared_at TEXT,
        conflict_reason TEXT,
        scores TEXT CHECK (scores IS NULL OR json_valid(scores)),
        total_centi INTEGER CHECK (total_centi IS NULL OR total_centi BETWEEN 0 AND 10000),
        comment TEXT NOT NULL DEFAULT '',
        scored_at TEXT,
        UNIQUE (evaluation_id, evaluator_id),
        CHECK ((declaration = 'pending') = (declared_at IS NULL)),
        CHECK ((declaration = 'conflict') = (conflict_reason IS NOT NULL)),
        CHECK ((scored_at IS NULL) = (scores IS NULL) AND (scores IS NULL) = (total_centi IS NULL)),
        CHECK (scored_at IS NULL OR declaration = 'no_conflict')
      ) STRICT;

      CREATE INDEX evaluations_by_agreement ON evaluations (agreement_id, kind, evaluation_date);
      CREATE INDEX evaluation_assignments_by_evaluator ON evaluation_assignments (evaluator_id, evaluation_id);
    `);
    db.prepare(
      `INSERT INTO evaluation_indicator_systems (fund_program_id, indicators, thresholds, updated_at)
       SELECT id, ?, ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM fund_programs`,
    ).run(SEED_INDICATORS, SEED_THRESHOLDS);
  },
};

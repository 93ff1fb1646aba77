import type { GradeThresholds, IndicatorNode } from '../core/evaluation-indicators';
import { prepared, type Db } from './statements';

/** 评估指标体系 of one fund program, as stored (the tree and thresholds parsed from their JSON). */
export interface IndicatorSystemRow {
  id: number;
  fundProgramId: number;
  indicators: IndicatorNode[];
  thresholds: GradeThresholds;
  version: number;
  updatedBy: { id: number; displayName: string } | null;
  updatedAt: string;
}

export function getIndicatorSystem(db: Db, fundProgramId: number): IndicatorSystemRow | null {
  const r = prepared(
    db,
    `SELECT s.id, s.fund_program_id, s.indicators, s.thresholds, s.version, s.updated_by, s.updated_at,
       u.display_name AS updated_name
     FROM evaluation_indicator_systems s LEFT JOIN users u ON u.id = s.updated_by WHERE s.fund_program_id = ?`,
  ).get(fundProgramId) as Record<string, unknown> | undefined;
  if (!r) return null;
  return {
    id: r.id as number,
    fundProgramId: r.fund_program_id as number,
    indicators: JSON.parse(r.indicators as string) as IndicatorNode[],
    thresholds: JSON.parse(r.thresholds as string) as GradeThresholds,
    version: r.version as number,
    updatedBy: r.updated_by === null ? null : { id: r.updated_by as number, displayName: r.updated_name as string },
    updatedAt: r.updated_at as string,
  };
}

/** Stores a program's system (a first save is version 1, each later one the next version); answers the version. */
export function saveIndicatorSystem(
  db: Db,
  fundProgramId: number,
  s: { indicators: readonly IndicatorNode[]; thresholds: GradeThresholds },
  meta: { by: number; at: string },
): number {
  const row = prepared(
    db,
    `INSERT INTO evaluation_indicator_systems (fund_program_id, indicators, thresholds, updated_by, updated_at)
     VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (fund_program_id) DO UPDATE SET indicators = excluded.indicators, thresholds = excluded.thresholds,
       version = version + 1, updated_by = excluded.updated_by, updated_at = excluded.updated_at
     RETURNING version`,
  ).get(fundProgramId, JSON.stringify(s.indicators), JSON.stringify(s.thresholds), meta.by, meta.at) as {
    version: number;
  };
  return row.version;
}

/** How many evaluations of the program's projects exist (each keeps the copy of the system it was created on). */
export function evaluationsUsingProgram(db: Db, fundProgramId: number): { total: number; open: number } {
  const r = prepared(
    db,
    `SELECT count(*) AS total, coalesce(sum(e.state = 'open'), 0) AS open
     FROM evaluations e JOIN agreements a ON a.id = e.agreement_id JOIN applications p ON p.id = a.application_id
     WHERE p.fund_program_id = ?`,
  ).get(fundProgramId) as { total: number; open: number };
  return { total: r.total, open: r.open };
}

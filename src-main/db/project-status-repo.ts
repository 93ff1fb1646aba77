import { prepared, type Db } from './statements';

/**
 * Whether a project is closed (结项) and which fiscal years are locked (结账): the two facts every service
 * that writes to a project must check before it changes anything.
 */
export function isProjectClosed(db: Db, agreementId: number): boolean {
  return prepared(db, 'SELECT 1 FROM project_closeouts WHERE agreement_id = ?').pluck().get(agreementId) === 1;
}

export function lockedYears(db: Db): number[] {
  return prepared(db, 'SELECT year FROM fiscal_period_locks ORDER BY year').pluck().all() as number[];
}

export function isYearLocked(db: Db, year: number): boolean {
  return prepared(db, 'SELECT 1 FROM fiscal_period_locks WHERE year = ?').pluck().get(year) === 1;
}

/** The date a project was closed (结项), or null while it is open. */
export function closedDate(db: Db, agreementId: number): string | null {
  return (
    (prepared(db, 'SELECT closed_date FROM project_closeouts WHERE agreement_id = ?').pluck().get(agreementId) as
      string | undefined) ?? null
  );
}

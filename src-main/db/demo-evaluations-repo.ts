import type { Db } from './statements';

/** A signed project as the sample's evaluations need it. */
export interface DemoEvaluatedProject {
  agreementId: number;
  applicationId: number;
  agreementNumber: string;
  organizationId: number;
  year: number;
  periodStart: string;
  periodEnd: string;
  signedDate: string;
}

/** Signed projects whose first tranche is released (the others have nothing to evaluate yet). */
export function listDemoSignedProjects(db: Db): DemoEvaluatedProject[] {
  return db
    .prepare(
      `SELECT g.id AS agreementId, g.application_id AS applicationId, g.agreement_number AS agreementNumber,
         a.organization_id AS organizationId, f.year, g.period_start AS periodStart, g.period_end AS periodEnd,
         g.signed_date AS signedDate
       FROM agreements g JOIN applications a ON a.id = g.application_id JOIN fund_programs f ON f.id = a.fund_program_id
       WHERE g.signed_date IS NOT NULL AND EXISTS (SELECT 1 FROM agreement_tranches t
         JOIN tranche_states s ON s.tranche_id = t.id WHERE t.agreement_id = g.id AND t.seq = 1 AND s.state = 'released')
       ORDER BY g.id`,
    )
    .all() as DemoEvaluatedProject[];
}

/** Organizations with an application past the draft in a program of the year (a bar for it would refuse those). */
export function organizationsSubmittedIn(db: Db, year: number): Set<number> {
  const ids = db
    .prepare(
      `SELECT DISTINCT a.organization_id FROM applications a JOIN fund_programs f ON f.id = a.fund_program_id
       WHERE f.year = ? AND a.state <> 'draft'`,
    )
    .pluck()
    .all(year) as number[];
  return new Set(ids);
}

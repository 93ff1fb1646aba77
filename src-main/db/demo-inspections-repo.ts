import { prepared, type Db } from './statements';

/** What the demo's inspections need to know about each signed project (services/demo/inspections.ts). */
export interface DemoInspectionProject {
  applicationId: number;
  agreementId: number;
  agreementNumber: string;
  organizationId: number;
  projectKind: 'social_work' | 'volunteer' | 'training';
  year: number;
  periodStart: string;
  periodEnd: string;
  signedDate: string;
  districtCode: string;
  /** Whether any tranche is still to be released, and whether the first one was. */
  openTranches: number;
  firstReleased: boolean;
}

export function listDemoInspectionProjects(db: Db): DemoInspectionProject[] {
  return (
    prepared(
      db,
      `SELECT a.id AS applicationId, g.id AS agreementId, g.agreement_number AS agreementNumber,
       a.organization_id AS organizationId, a.project_kind AS projectKind, p.year, g.period_start AS periodStart,
       g.period_end AS periodEnd, g.signed_date AS signedDate, o.district_code AS districtCode,
       (SELECT count(*) FROM agreement_tranches t LEFT JOIN tranche_states s ON s.tranche_id = t.id
        WHERE t.agreement_id = g.id AND coalesce(s.state, 'planned') IN ('planned', 'prepared')) AS openTranches,
       EXISTS (SELECT 1 FROM agreement_tranches t JOIN tranche_states s ON s.tranche_id = t.id
               WHERE t.agreement_id = g.id AND t.seq = 1 AND s.state = 'released') AS firstReleased
     FROM agreements g JOIN applications a ON a.id = g.application_id JOIN fund_programs p ON p.id = a.fund_program_id
     JOIN organizations o ON o.id = a.organization_id
     WHERE g.signed_date IS NOT NULL ORDER BY g.id`,
    ).all() as (Omit<DemoInspectionProject, 'firstReleased'> & { firstReleased: number })[]
  ).map((r) => ({ ...r, firstReleased: r.firstReleased === 1 }));
}

/** Projects (by application) with at least one inspection: the scale generator leaves them as they are. */
export function inspectedApplicationIds(db: Db): Set<number> {
  return new Set(prepared(db, 'SELECT DISTINCT application_id FROM inspections').pluck().all() as number[]);
}

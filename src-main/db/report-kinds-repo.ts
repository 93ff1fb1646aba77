import type { Locale } from '../contract/index';
import { entityKeySql } from './operation-log-keys';
import type { KeyedLogEntry } from './reports-repo';
import { prepared, type Db } from './statements';

/** Queries of the 彩票公益金使用情况公告, the 检查报告, the 整改通知书 and the 评估报告. */

/** The welfare-lottery programs (municipal and central special) of a year, by code. */
export function lotteryProgramIds(db: Db, year: number): number[] {
  return prepared(
    db,
    "SELECT id FROM fund_programs WHERE year = ? AND source IN ('LOTTERY', 'CENTRAL_LOTTERY') ORDER BY code",
  )
    .pluck()
    .all(year) as number[];
}

/** An organization's rectification items not yet verified, by project and number. */
export function openRectificationIds(db: Db, organizationId: number): number[] {
  return prepared(
    db,
    `SELECT r.id FROM rectifications r JOIN agreements g ON g.application_id = r.application_id
     WHERE r.organization_id = ? AND r.state <> 'verified' ORDER BY r.deadline, g.agreement_number, r.seq`,
  )
    .pluck()
    .all(organizationId) as number[];
}

const ENTRY = (locale: Locale) =>
  `SELECT l.id, l.at, l.username, l.op, l.entity_type AS entityType, ${entityKeySql(locale)} AS entityKey
   FROM operation_log l`;

/** Log entries after a head about an organization's rectification items (and the findings behind them). */
export function organizationRectificationLogEntries(
  db: Db,
  p: { organizationId: number; afterId: number; locale: Locale; limit: number },
): KeyedLogEntry[] {
  return prepared(
    db,
    `${ENTRY(p.locale)} WHERE l.id > :afterId AND (
       (l.entity_type = 'organization' AND l.entity_id = CAST(:id AS TEXT))
       OR (l.entity_type = 'rectification' AND CAST(l.entity_id AS INTEGER) IN
           (SELECT id FROM rectifications WHERE organization_id = :id))
       OR (l.entity_type = 'finding' AND CAST(l.entity_id AS INTEGER) IN
           (SELECT finding_id FROM rectifications WHERE organization_id = :id))
       OR (l.entity_type = 'inspection' AND CAST(l.entity_id AS INTEGER) IN
           (SELECT f.inspection_id FROM rectifications r JOIN findings f ON f.id = r.finding_id
            WHERE r.organization_id = :id)))
     ORDER BY l.id LIMIT :limit`,
  ).all({ id: p.organizationId, afterId: p.afterId, limit: p.limit }) as KeyedLogEntry[];
}

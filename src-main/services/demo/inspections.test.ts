import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkVerifier } from '../../core/rectification';
import { evidenceRecorders, inspectorUserIds, listRectifications } from '../../db/rectifications-repo';
import { contextFor, openTestApp, type TestApp } from '../../testing/services';
import * as closeOut from '../close-out/index';
import * as tranches from '../tranches/index';
import { seedDemo } from './index';

let t: TestApp;
beforeAll(() => {
  t = openTestApp();
  seedDemo(contextFor(t.app), { includeAdmin: true });
}, 60_000);
afterAll(() => t.close());

const all = <T>(sql: string, ...params: unknown[]) => t.app.db.prepare(sql).all(...params) as T[];
const one = <T = number>(sql: string, ...params: unknown[]) =>
  t.app.db
    .prepare(sql)
    .pluck()
    .get(...params) as T;

describe('demo inspections and rectifications', () => {
  it('inspects about a third of the signed projects, each signed off by an evaluator with a second inspector', () => {
    const signed = one('SELECT count(*) FROM agreements WHERE signed_date IS NOT NULL');
    const inspected = one('SELECT count(DISTINCT application_id) FROM inspections');
    expect(inspected).toBeGreaterThanOrEqual(Math.floor(signed / 3));
    expect(inspected).toBeLessThanOrEqual(Math.ceil(signed / 3) + 1);
    expect(one('SELECT count(*) FROM inspections WHERE signed_off_at IS NULL')).toBe(0);
    expect(
      one(
        'SELECT count(*) FROM inspections i WHERE (SELECT count(*) FROM inspection_inspectors s WHERE s.inspection_id = i.id) < 2',
      ),
    ).toBe(0);
    // Every item of each inspection's own checklist version is answered.
    expect(
      one(`SELECT count(*) FROM inspections i JOIN checklist_items c ON c.version_id = i.checklist_version_id
           WHERE NOT EXISTS (SELECT 1 FROM inspection_answers a WHERE a.inspection_id = i.id AND a.item_id = c.id)`),
    ).toBe(0);
  });

  it('has findings of every severity and rectifications in every state, overdue ones too', () => {
    expect(
      all<{ severity: string }>('SELECT DISTINCT severity FROM findings ORDER BY severity').map((r) => r.severity),
    ).toEqual(['major', 'minor', 'severe']);
    expect(
      all<{ state: string }>('SELECT DISTINCT state FROM rectifications ORDER BY state').map((r) => r.state),
    ).toEqual(['open', 'reopened', 'submitted', 'verified']);
    const ctx = contextFor(t.app);
    const overdue = listRectifications(
      ctx.db,
      { page: 1, pageSize: 500, sort: [], search: '', filters: { overdue: true } },
      '2026-12-06',
    );
    expect(overdue.total).toBeGreaterThan(0);
  });

  it('verifies every item by someone who took no part in it', () => {
    const verified = all<{ id: number; inspection: number; by: number; name: string; contact: string; person: string }>(
      `SELECT r.id, f.inspection_id AS inspection, r.verified_by AS by, u.display_name AS name, o.contact_person AS contact,
         f.responsible_person AS person
       FROM rectifications r JOIN findings f ON f.id = r.finding_id JOIN users u ON u.id = r.verified_by
       JOIN organizations o ON o.id = r.organization_id WHERE r.state = 'verified'`,
    );
    expect(verified.length).toBeGreaterThan(10);
    for (const r of verified)
      expect(
        checkVerifier({
          ref: String(r.id),
          verifier: { id: r.by, displayName: r.name },
          evidenceRecorders: evidenceRecorders(t.app.db, r.id),
          inspectors: inspectorUserIds(t.app.db, r.inspection),
          organizationContact: r.contact,
          responsiblePerson: r.person,
        }),
      ).toEqual([]);
  });

  it('keeps exactly one 严重 item open, and it holds back the next tranche of its project', () => {
    const open = all<{ applicationId: number }>(
      "SELECT application_id AS applicationId FROM rectifications WHERE severity = 'severe' AND state <> 'verified'",
    );
    expect(open).toHaveLength(1);
    const plan = tranches.list(contextFor(t.app), { applicationId: open[0]!.applicationId });
    const waiting = plan.tranches.filter((x) => x.state === 'planned');
    expect(waiting.length).toBeGreaterThan(0);
    for (const x of waiting)
      expect(x.gates.find((g) => g.gate === 'no_severe_rectification')).toMatchObject({ ok: false });
    const released = plan.tranches.filter((x) => x.state === 'released');
    for (const x of released) expect(x.gates.find((g) => g.gate === 'no_severe_rectification')?.ok).toBe(true);
  });

  it('leaves every project of a finished program free to close as far as rectification goes', () => {
    const latest = one('SELECT max(year) FROM fund_programs');
    const older = all<{ id: number }>(
      `SELECT DISTINCT r.application_id AS id FROM rectifications r JOIN applications a ON a.id = r.application_id
       JOIN fund_programs p ON p.id = a.fund_program_id WHERE p.year < ?`,
      latest,
    );
    expect(older.length).toBeGreaterThan(0);
    for (const { id } of older) {
      const item = closeOut
        .view(contextFor(t.app), { applicationId: id })
        .checklist.find((c) => c.item === 'rectifications_closed');
      expect(item).toMatchObject({ applicable: true, ok: true });
    }
  });
});

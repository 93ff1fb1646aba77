import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextFor, openTestApp, type TestApp } from '../../testing/services';
import { seedDemo, seedInspectionsEvery } from './index';

let t: TestApp;
beforeAll(() => {
  t = openTestApp();
  seedDemo(contextFor(t.app), { includeAdmin: true });
}, 60_000);
afterAll(() => t.close());

const one = (sql: string) => t.app.db.prepare(sql).pluck().get() as number;
/** Signed projects in agreement order whose position is a multiple of ten and that have no inspection. */
const everyTenthUninspected = () =>
  one(`SELECT count(*) FROM (SELECT g.application_id AS a, row_number() OVER (ORDER BY g.id) - 1 AS n
       FROM agreements g WHERE g.signed_date IS NOT NULL)
       WHERE n % 10 = 0 AND NOT EXISTS (SELECT 1 FROM inspections i WHERE i.application_id = a)`);

describe('inspections at benchmark scale', () => {
  it('inspects every tenth signed project once, leaving items of every severity in every state', () => {
    expect(everyTenthUninspected()).toBeGreaterThan(0);
    const before = one('SELECT count(*) FROM inspections');
    const added = seedInspectionsEvery(t.app.db, 10);
    expect(everyTenthUninspected()).toBe(0);
    expect(one('SELECT count(*) FROM inspections') - before).toBe(added.inspections);
    expect(one('SELECT count(*) FROM inspections WHERE signed_off_at IS NULL')).toBe(0);
    // Open 严重 items outside the one the sample keeps, and open items whose deadline has passed.
    expect(
      one("SELECT count(*) FROM rectifications WHERE severity = 'severe' AND state <> 'verified'"),
    ).toBeGreaterThan(1);
    expect(
      one("SELECT count(*) FROM rectifications WHERE state <> 'verified' AND deadline < '2026-01-01'"),
    ).toBeGreaterThan(0);
    // Run again, it adds nothing: every tenth project already has its inspection.
    expect(seedInspectionsEvery(t.app.db, 10)).toEqual({ inspections: 0, rectifications: 0 });
  });
});

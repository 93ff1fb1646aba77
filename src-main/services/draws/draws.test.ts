import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ruleMessage } from '../../contract/index';
import { caught } from '../../testing/applications';
import { run, verify } from './index';
import { openDrawFixture, type DrawFixture } from '../../testing/draws';

let f: DrawFixture;
beforeEach(() => {
  f = openDrawFixture();
});
afterEach(() => f.close());

const input = (patch: Partial<{ count: number; seed: string; year: number; programCode: string }> = {}) => ({
  programCode: 'CQ-ZY-2015',
  year: 2015,
  count: 3,
  seed: 'A7F3',
  ...patch,
});

describe('随机抽查 draw (service)', () => {
  it('draws N projects with two inspectors each, numbered, stored and recorded for the log', () => {
    const ctx = f.as(f.users.evaluator);
    const d = run(ctx, input());
    expect(d.drawNumber).toBe('CC-2015-001');
    expect(d.seed).toBe('A7F3');
    expect(d.candidateCount).toBe(6);
    expect(d.pool.map((p) => p.displayName).sort()).toEqual(['evaluator', 'evaluator2', 'evaluator3']);
    expect(d.picks).toHaveLength(3);
    for (const p of d.picks) {
      expect(f.projects).toContain(p.applicationId);
      expect(p.agreementNumber).toBe(`渝民发〔2015〕${p.applicationId}号`);
      expect(p.inspectors[0].id).not.toBe(p.inspectors[1].id);
    }
    expect(ctx.changes).toHaveLength(1);
    expect(ctx.changes[0]).toMatchObject({
      entityType: 'supervisionDraw',
      entityId: String(d.id),
      after: { seed: 'A7F3', drawNumber: 'CC-2015-001', candidates: 6 },
    });
    // The same seed on the same inputs draws the same projects and people; the number moves on.
    const again = run(f.as(f.users.admin), input());
    expect(again.drawNumber).toBe('CC-2015-002');
    expect(again.picks).toEqual(d.picks);
  });

  it('gives a different draw for a different seed, and makes up a seed when none is given', () => {
    const seeds = ['1', '2', '3', '4'].map((seed) =>
      JSON.stringify(run(f.as(f.users.evaluator), input({ seed })).picks),
    );
    expect(new Set(seeds).size).toBeGreaterThan(1);
    const made = run(f.as(f.users.evaluator), input({ seed: '' }));
    expect(made.seed).toMatch(/^[0-9A-F]{10}$/);
    expect(verify(f.as(f.users.auditor), { id: made.id })).toMatchObject({ samePicks: true, consistent: true });
  });

  it('keeps inspectors away from organizations they declared a conflict with or speak for, and lists why', () => {
    f.declareConflict(f.users.evaluator2.id, f.orgs[0]!);
    f.app.db.prepare('UPDATE organizations SET contact_person = ? WHERE id = ?').run('evaluator3', f.orgs[1]);
    for (const seed of ['a', 'b', 'c', 'd', 'e']) {
      const d = run(f.as(f.users.evaluator), input({ seed, count: 6 }));
      const byProject = new Map(d.picks.map((p) => [p.applicationId, p.inspectors.map((i) => i.id)]));
      expect(byProject.get(f.projects[0]!)).not.toContain(f.users.evaluator2.id);
      expect(byProject.get(f.projects[1]!)).not.toContain(f.users.evaluator3.id);
      expect(d.exclusions).toEqual([
        {
          inspector: { id: f.users.evaluator2.id, displayName: 'evaluator2' },
          organizationName: '测试社会工作服务中心1',
          source: 'declared',
          reason: '本人曾为该机构提供督导服务',
        },
        {
          inspector: { id: f.users.evaluator3.id, displayName: 'evaluator3' },
          organizationName: '测试社会工作服务中心2',
          source: 'contactPerson',
          reason: '',
        },
      ]);
    }
  });

  it('sets aside a project nobody free of conflicts can staff, and refuses when too few remain, naming the numbers', () => {
    f.declareConflict(f.users.evaluator.id, f.orgs[0]!);
    f.declareConflict(f.users.evaluator2.id, f.orgs[0]!);
    const d = run(f.as(f.users.evaluator), input({ count: 5 }));
    expect(d.unstaffable.map((p) => p.applicationId)).toEqual([f.projects[0]]);
    expect(d.picks.map((p) => p.applicationId)).not.toContain(f.projects[0]);
    const e = caught(() => run(f.as(f.users.evaluator), input({ count: 6 })));
    expect(e).toMatchObject({ kind: 'RuleViolation', rule: 'draw.tooFewCandidates', field: 'count' });
    expect(ruleMessage(e.rule, 'zh', e.params)).toBe(
      '资金计划 CQ-ZY-2015（2015 年度）可抽取的项目只有 5 个，少于抽取数量 6 个（在执行的项目共 6 个，其中 1 个因利益冲突派不出 2 名检查人员）',
    );
  });

  it('refuses an unknown program, a year not the program’s, and a pool of fewer than two, changing nothing', () => {
    const count = () => f.app.db.prepare('SELECT COUNT(*) FROM supervision_draws').pluck().get();
    expect(caught(() => run(f.as(f.users.evaluator), input({ programCode: 'CQ-XX-1999' })))).toMatchObject({
      kind: 'NotFound',
      field: 'programCode',
    });
    const year = caught(() => run(f.as(f.users.evaluator), input({ year: 2016 })));
    expect(ruleMessage(year.rule, 'zh', year.params)).toBe('资金计划 CQ-ZY-2015 是 2015 年度的，不是 2016 年度');
    f.app.db
      .prepare('UPDATE users SET disabled = 1 WHERE id IN (?, ?)')
      .run(f.users.evaluator2.id, f.users.evaluator3.id);
    const pool = caught(() => run(f.as(f.users.admin), input()));
    expect(ruleMessage(pool.rule, 'en', pool.params)).toBe(
      'the evaluator pool has only 1 active evaluators; each project needs 2 inspectors',
    );
    expect(count()).toBe(0);
  });

  it('verifies a draw from its seed, and catches a draw altered after the fact', () => {
    const d = run(f.as(f.users.evaluator), input());
    const ok = verify(f.as(f.users.project), { id: d.id });
    expect(ok).toMatchObject({ samePicks: true, log: 'absent', consistent: true });
    expect(ok.recomputed).toEqual(d.picks);
    // Someone with the file swaps a drawn project's inspector behind the triggers' back.
    const db = f.app.db;
    db.exec('DROP TRIGGER supervision_draw_picks_no_update');
    const other = d.pool.find((p) => !d.picks[0]!.inspectors.some((i) => i.id === p.id))!;
    db.prepare('UPDATE supervision_draw_picks SET first_inspector_id = ? WHERE draw_id = ? AND seq = 1').run(
      other.id,
      d.id,
    );
    expect(verify(f.as(f.users.project), { id: d.id })).toMatchObject({ samePicks: false, consistent: false });
    expect(caught(() => verify(f.as(f.users.project), { id: 999 }))).toMatchObject({ rule: 'draw.notFound' });
  });
});

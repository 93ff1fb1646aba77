import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Envelope, OpName, OpOutput } from '../contract/index';
import { databaseDigest } from '../db/system-repo';
import { openDrawFixture, type DrawFixture } from '../testing/draws';
import { dispatch as untyped, type CallContext } from './dispatch';
import { caller } from '../testing/dispatch';

/** 随机抽查 through dispatch: who may draw, who may verify, what the operation log keeps, how a refusal reads. */
let f: DrawFixture;
let tokens: Record<'evaluator' | 'admin' | 'project' | 'auditor' | 'finance', string>;
beforeAll(() => {
  f = openDrawFixture(4);
  tokens = {
    evaluator: f.tokenFor(f.users.evaluator.id),
    admin: f.tokenFor(f.users.admin.id),
    project: f.tokenFor(f.users.project.id),
    auditor: f.tokenFor(f.users.auditor.id),
    finance: f.tokenFor(f.users.finance.id),
  };
});
afterAll(() => f.close());

const dispatch = <N extends OpName>(op: N, input: unknown, who: CallContext) =>
  untyped(f.app, op, input, who) as Promise<Envelope<OpOutput<N>>>;
function ok<T>(env: Envelope<T>): T {
  if (!env.ok) throw new Error(`expected success, got ${env.error.kind}: ${env.error.message}`);
  return env.value;
}
const digest = () => databaseDigest(f.app.db, { excludeColumns: { sessions: ['last_seen_at'] } });
const input = { programCode: 'CQ-ZY-2015', year: 2015, count: 2, seed: 'CQ2015-07' };

describe('draws ops through dispatch', () => {
  it('lets an evaluator draw; the log keeps seed and picks, and anyone can verify it against the log', async () => {
    const d = ok(await dispatch('draws.run', input, caller(tokens.evaluator)));
    expect(d.picks).toHaveLength(2);
    const entry = f.app.db
      .prepare("SELECT op, username, after_json FROM operation_log WHERE entity_type = 'supervisionDraw'")
      .get() as { op: string; username: string; after_json: string };
    expect(entry).toMatchObject({ op: 'draws.run', username: 'evaluator' });
    expect(JSON.parse(entry.after_json)).toMatchObject({
      seed: 'CQ2015-07',
      picks: d.picks.map((p) => ({ applicationId: p.applicationId, inspectorIds: p.inspectors.map((i) => i.id) })),
    });
    for (const role of ['auditor', 'project', 'finance'] as const) {
      const v = ok(await dispatch('draws.verify', { id: d.id }, caller(tokens[role])));
      expect(v).toMatchObject({ samePicks: true, log: 'matches', consistent: true });
    }
    const list = ok(await dispatch('draws.list', {}, caller(tokens.auditor)));
    expect(list.mayDraw).toBe(false);
    expect(list.draws[0]).toMatchObject({ drawNumber: d.drawNumber, seed: 'CQ2015-07', pickCount: 2 });
    expect(ok(await dispatch('draws.list', {}, caller(tokens.admin))).mayDraw).toBe(true);
  });

  it('lets an administrator draw but not a project, finance or audit officer', async () => {
    ok(await dispatch('draws.run', input, caller(tokens.admin)));
    for (const role of ['project', 'finance', 'auditor'] as const) {
      const before = digest();
      const env = await dispatch('draws.run', input, caller(tokens[role]));
      expect(env).toMatchObject({ ok: false, error: { kind: 'Forbidden' } });
      if (!env.ok) expect(env.error.message).toContain('随机抽查');
      expect(digest()).toEqual(before);
    }
  });

  it('names the field and the rule in the caller’s language, and changes nothing', async () => {
    const before = digest();
    const seed = await dispatch('draws.run', { ...input, seed: '种子 1' }, caller(tokens.evaluator));
    expect(seed).toMatchObject({ ok: false, error: { kind: 'Validation' } });
    if (!seed.ok) expect(seed.error.message).toContain('随机种子');
    const many = await dispatch('draws.run', { ...input, count: 9 }, caller(tokens.evaluator, 'en'));
    expect(many).toMatchObject({ ok: false, error: { kind: 'RuleViolation' } });
    if (!many.ok)
      expect(many.error.message).toBe(
        'fund program CQ-ZY-2015 (2015) has only 4 projects that can be drawn, fewer than the 9 asked for (4 projects in execution, 0 of them without 2 inspectors free of conflicts)',
      );
    expect(digest()).toEqual(before);
  });
});

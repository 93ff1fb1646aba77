import { describe, expect, it } from 'vitest';
import { formFieldLabel, ops, type Role } from '../contract/index';
import { databaseDigest } from '../db/system-repo';
import { addUser } from '../testing/services';
import { closeApp, type AppContext } from './app';
import { failed, templateFixture } from '../testing/dispatch-template';
import { dispatch } from './dispatch';
import { caller } from '../testing/dispatch';
import { FIXTURE_APPS } from '../testing/dispatch-applications';
import { trancheSamples } from '../testing/dispatch-tranches';

/** Tranches through dispatch: the finance-only permission, maker–checker across two users, and the envelopes. */
const { fixture, fresh } = templateFixture();

const samples = trancheSamples();
const MUTATIONS = (Object.keys(samples) as (keyof typeof samples)[]).filter((op) => ops[op].mutation);
const digest = (app: AppContext) => databaseDigest(app.db, { excludeColumns: { sessions: ['last_seen_at'] } });

describe('tranche ops through dispatch', () => {
  it.each(['admin', 'project', 'evaluator', 'auditor'] as Role[])(
    'a %s may read the plan but every tranche mutation is Forbidden',
    async (role) => {
      const app = fresh();
      const who = caller(fixture.tokens[role]);
      const plan = await dispatch(app, 'tranches.list', samples['tranches.list'], who);
      expect(plan).toMatchObject({
        ok: true,
        value: { tranches: [{ availableActions: [] }, { availableActions: [] }] },
      });
      const before = digest(app);
      for (const op of MUTATIONS) {
        const e = failed(await dispatch(app, op, samples[op], who), 'Forbidden');
        expect(e.message).toBe('没有权限：此操作需要“资金拨付”权限');
      }
      expect(digest(app)).toBe(before);
      closeApp(app);
    },
  );

  it('one finance user alone cannot release; a second one can', async () => {
    const app = fresh();
    const finance = caller(fixture.tokens.finance);
    const second = caller(addUser(app, 'finance2', ['finance']).token, 'en');
    const trancheId = samples['tranches.release'].trancheId;
    expect((await dispatch(app, 'tranches.prepare', samples['tranches.prepare'], finance)).ok).toBe(true);

    const unsigned = failed(await dispatch(app, 'tranches.release', { trancheId }, second), 'RuleViolation');
    expect(unsigned.message).toBe('the agreement has not been signed');
    const signed = { applicationId: FIXTURE_APPS.approved, signedDate: '2024-05-01' };
    expect((await dispatch(app, 'agreements.sign', signed, finance)).ok).toBe(true);

    const alone = failed(await dispatch(app, 'tranches.release', { trancheId }, finance), 'RuleViolation');
    expect(alone.message).toBe('拨付须由另一名财务人员审核，经办人不能审核自己提交的拨付');
    const env = await dispatch(app, 'tranches.release', { trancheId }, second);
    expect(env).toMatchObject({ ok: true, value: { state: 'released', voucherNo: '记-2024-0001' } });
    const logged = app.db
      .prepare("SELECT op, entity_type FROM operation_log WHERE op LIKE 'tranches.%' ORDER BY id")
      .all();
    expect(logged).toEqual([
      { op: 'tranches.prepare', entity_type: 'tranche' },
      { op: 'tranches.release', entity_type: 'tranche' },
    ]);
    closeApp(app);
  });

  it('names a refused field by the label the op’s form shows (one catalogue for both)', async () => {
    const app = fresh();
    const finance = caller(fixture.tokens.finance);
    const trancheId = samples['tranches.cancel'].trancheId;
    for (const op of ['tranches.cancel', 'tranches.withdraw', 'tranches.reverse'] as const) {
      const input = op === 'tranches.reverse' ? { trancheId, date: 'x', reason: '' } : { trancheId, reason: '' };
      const env = await dispatch(app, op, input, finance);
      if (env.ok) throw new Error(`${op} accepted an empty reason`);
      const e = env.error;
      const issue = e.details?.issues?.find((i) => i.path === 'reason');
      expect(issue?.field, op).toBe(formFieldLabel(ops[op].input, 'reason', 'zh'));
    }
    const cancelled = await dispatch(app, 'tranches.cancel', { trancheId, reason: '' }, finance);
    const cancel = cancelled.ok ? null : cancelled.error;
    expect(cancel?.details?.field).toBe('取消原因');
    const date = failed(
      await dispatch(app, 'tranches.reverse', { trancheId, date: 'x', reason: 'r' }, finance),
      'Validation',
    );
    expect(date.details?.issues?.[0]).toMatchObject({ path: 'date', field: '冲销日期' });
    closeApp(app);
  });
});

import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Envelope, ErrorKind, OpInput } from '../contract/index';
import { databaseDigest } from '../db/system-repo';
import { addUser } from '../testing/services';
import { closeApp, createApp } from './app';
import { dispatch } from './dispatch';
import { caller, openFixture, validInputs, type Fixture } from '../testing/dispatch';
import { FIXTURE_APPS } from '../testing/dispatch-applications';

/**
 * The allocation as a ceiling (额度控制) and the separation of incompatible duties (不相容职务分离), through
 * dispatch on a real SQLite file. The fixture's program allocates 12,000,000.00 元; its approved application
 * holds 40,000.00 元 of it; the applications in finance review and after the notice were reviewed by a
 * second finance officer ("reviewer"), so the fixture's finance officer may approve them.
 */
let f: Fixture;
beforeEach(() => {
  f = openFixture();
});
afterEach(() => f.close());

const PROGRAM_NAME = '2015年中央财政支持社会组织参与社会服务项目（重庆）';
const digest = () => databaseDigest(f.app.db, { excludeColumns: { sessions: ['last_seen_at'] } });

function failed(env: Envelope<unknown>, kind: ErrorKind) {
  if (env.ok) throw new Error(`expected ${kind}, got success`);
  expect(env.error.kind).toBe(kind);
  return env.error;
}

function ok<T>(env: Envelope<unknown>): T {
  if (!env.ok) throw new Error(`${env.error.kind}: ${env.error.message}`);
  return env.value as T;
}

const setAllocation = (totalAllocationFen: number, locale: 'zh' | 'en' = 'zh') =>
  dispatch(
    f.app,
    'fundPrograms.update',
    { ...validInputs(f)['fundPrograms.update'], totalAllocationFen },
    caller(f.tokens.admin, locale),
  );

const approve = (id: number, approvedFen: number, token = f.tokens.finance, locale: 'zh' | 'en' = 'zh') =>
  dispatch(
    f.app,
    'applications.approve',
    { id, approvedFen, approvalNumber: `渝民发〔2015〕9${id}号` },
    caller(token, locale),
  );

const money = async () =>
  ok<{ allocatedFen: number; committedFen: number; remainingFen: number; approvedCount: number }>(
    await dispatch(f.app, 'fundPrograms.money', { id: 1 }, caller(f.tokens.finance)),
  );

/** A second application after its notice: the financeReviewed one, noticed by the fixture's finance officer. */
async function secondNoticeEnded(): Promise<number> {
  const id = FIXTURE_APPS.financeReviewed;
  ok(
    await dispatch(
      f.app,
      'applications.startNotice',
      { id, startDate: '2015-11-01', endDate: '2015-11-07' },
      caller(f.tokens.finance),
    ),
  );
  return id;
}

describe('allocation limit (额度控制)', () => {
  it('refuses an approval above what is left, naming the program, the allocation, the committed and the rest', async () => {
    ok(await setAllocation(7_000_000)); // 70,000.00: 40,000.00 committed, 30,000.00 left
    const before = digest();
    const e = failed(await approve(FIXTURE_APPS.noticeEnded, 3_900_000), 'RuleViolation');
    expect(e.message).toBe(
      `立项金额 39,000.00 元超出资金计划“${PROGRAM_NAME}”的剩余额度：资金总额 70,000.00 元，已立项 40,000.00 元，剩余额度 30,000.00 元`,
    );
    expect(e.details).toMatchObject({ rule: 'allocation.exceeded' });
    expect(e.details?.violations).toBeUndefined();
    expect(digest()).toBe(before);
    const en = failed(await approve(FIXTURE_APPS.noticeEnded, 3_000_001, f.tokens.finance, 'en'), 'RuleViolation');
    expect(en.message).toContain(
      'allocation 70,000.00 yuan, already approved 40,000.00 yuan, remaining 30,000.00 yuan',
    );

    // Exactly what is left may be approved; then nothing is left.
    ok(await approve(FIXTURE_APPS.noticeEnded, 3_000_000));
    expect(await money()).toMatchObject({
      allocatedFen: 7_000_000,
      committedFen: 7_000_000,
      remainingFen: 0,
      approvedCount: 2,
    });
  });

  it('lets two approvals that together exceed the allocation not both pass (two connections)', async () => {
    const second = await secondNoticeEnded();
    ok(await setAllocation(10_000_000)); // 100,000.00: 40,000.00 committed, 60,000.00 left; each asks 40,000.00
    const other = createApp({ dbPath: f.app.dbPath, host: 'test', clock: f.clock.now });
    try {
      ok(await approve(FIXTURE_APPS.noticeEnded, 4_000_000));
      const e = failed(
        await dispatch(
          other,
          'applications.approve',
          { id: second, approvedFen: 4_000_000, approvalNumber: '渝民发〔2015〕98号' },
          caller(f.tokens.finance),
        ),
        'RuleViolation',
      );
      expect(e.message).toContain('已立项 80,000.00 元，剩余额度 20,000.00 元');
    } finally {
      closeApp(other);
    }
    expect((await money()).committedFen).toBe(8_000_000);
  });

  it('lets two processes racing for the last money not both pass', async () => {
    const second = await secondNoticeEnded();
    ok(await setAllocation(10_000_000));
    const racer = join(import.meta.dirname, '../testing/dispatch-approval-racer.ts');
    const go = f.folder.file('go');
    const runs = [FIXTURE_APPS.noticeEnded, second].map((id) => {
      const child = spawn(
        process.execPath,
        [
          '--import',
          'tsx',
          racer,
          f.app.dbPath,
          f.tokens.finance,
          String(id),
          '4000000',
          `渝民发〔2015〕R${id}号`,
          go,
          String(f.clock.ms),
        ],
        { stdio: ['ignore', 'pipe', 'pipe'] },
      );
      let out = '';
      let err = '';
      child.stderr.on('data', (d: Buffer) => (err += d.toString()));
      const ready = new Promise<void>((resolve) =>
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          if (out.startsWith('ready\n')) resolve();
        }),
      );
      const done = new Promise<Envelope<unknown>>((resolve, reject) =>
        child.on('exit', (code) =>
          code === 0 ? resolve(JSON.parse(out.split('\n')[1]!) as Envelope<unknown>) : reject(new Error(err)),
        ),
      );
      return { ready, done };
    });
    await Promise.all(runs.map((r) => r.ready));
    writeFileSync(go, '');
    const results = await Promise.all(runs.map((r) => r.done));
    const passed = results.filter((r) => r.ok);
    const refused = results.flatMap((r) => (r.ok ? [] : [r.error]));
    expect(passed).toHaveLength(1);
    expect(refused.map((e) => [e.kind, e.details?.rule])).toEqual([['RuleViolation', 'allocation.exceeded']]);
    expect((await money()).committedFen).toBe(8_000_000);
  }, 60_000);

  it('refuses lowering a program total below what is committed, naming the amount; down to it is allowed', async () => {
    const before = digest();
    const e = failed(await setAllocation(3_999_999), 'RuleViolation');
    expect(e.message).toBe(
      `资金计划“${PROGRAM_NAME}”的资金总额不能低于已立项金额 40,000.00 元（拟调整为 39,999.99 元）`,
    );
    expect(e.details?.issues?.[0]?.path).toBe('totalAllocationFen');
    expect(digest()).toBe(before);
    expect(failed(await setAllocation(0, 'en'), 'RuleViolation').message).toContain(
      'cannot be lowered below the 40,000.00 yuan already approved',
    );
    ok(await setAllocation(4_000_000));
    expect(await money()).toMatchObject({ allocatedFen: 4_000_000, committedFen: 4_000_000, remainingFen: 0 });
    // Full: nothing more can be approved.
    expect(failed(await approve(FIXTURE_APPS.noticeEnded, 1), 'RuleViolation').details?.rule).toBe(
      'allocation.exceeded',
    );
  });
});

describe('separation of incompatible duties (不相容职务分离)', () => {
  it('refuses the finance reviewer as approver of the same application, and offers them no 立项', async () => {
    const reviewer = addUser(f.app, 'qianli', ['finance']);
    const id = FIXTURE_APPS.financeReview;
    ok(await dispatch(f.app, 'applications.financeReview', { id, lines: [], opinion: '同意' }, caller(reviewer.token)));
    ok(
      await dispatch(
        f.app,
        'applications.startNotice',
        { id, startDate: '2015-11-01', endDate: '2015-11-07' },
        caller(reviewer.token),
      ),
    );
    const before = digest();
    const e = failed(await approve(id, 4_000_000, reviewer.token), 'Forbidden');
    expect(e.message).toBe('您是该项目的财务审核人，不能审批立项（不相容职务分离：审核与审批不得由同一人办理）');
    expect(e.details?.rule).toBe('application.sod.financeReviewer');
    expect(failed(await approve(id, 4_000_000, reviewer.token, 'en'), 'Forbidden').message).toBe(
      'you did the finance review of this application, so you cannot approve it (separation of duties: whoever reviews may not approve)',
    );
    expect(digest()).toBe(before);
    const asReviewer = ok<{ availableActions: string[] }>(
      await dispatch(f.app, 'applications.get', { id }, caller(reviewer.token)),
    );
    expect(asReviewer.availableActions).toEqual(['reject']);
    // Another finance officer, who neither entered, submitted nor reviewed it, may.
    const asOther = ok<{ availableActions: string[] }>(
      await dispatch(f.app, 'applications.get', { id }, caller(f.tokens.finance)),
    );
    expect(asOther.availableActions).toEqual(['approve', 'reject']);
    expect(ok<{ state: string }>(await approve(id, 4_000_000)).state).toBe('approved');
  });

  const roleCases: [string, OpInput<'users.create'>['roles'], string][] = [
    ['财务审核 + 审计', ['finance', 'auditor'], '财务审核'],
    ['系统管理员 + 项目管理 + 审计', ['admin', 'project', 'auditor'], '系统管理员、项目管理'],
    ['评估检查 + 审计', ['evaluator', 'auditor'], '评估检查'],
  ];
  it.each(roleCases)('refuses creating a user who is %s, naming the rule', async (_name, roles, clash) => {
    const before = digest();
    const e = failed(
      await dispatch(
        f.app,
        'users.create',
        { username: 'chenjing2', displayName: '陈静', password: 'abcd1234', roles },
        caller(f.tokens.admin),
      ),
      'Validation',
    );
    expect(e.details?.issues).toEqual([
      expect.objectContaining({
        path: 'roles',
        rule: 'user.auditorExclusive',
        message: `角色：审计角色不得与${clash}兼任（不相容职务分离：审计人员不得担任可修改数据的职务）`,
      }),
    ]);
    expect(digest()).toBe(before);
  });

  it('refuses giving the auditor a data-changing role, and a finance officer the auditor role; audit alone is fine', async () => {
    const update = (id: number, roles: OpInput<'users.update'>['roles'], locale: 'zh' | 'en' = 'zh') =>
      dispatch(f.app, 'users.update', { id, roles }, caller(f.tokens.admin, locale));
    const before = digest();
    expect(
      failed(await update(f.userIds.auditor, ['auditor', 'finance']), 'Validation').details?.issues?.[0],
    ).toMatchObject({
      path: 'roles',
      rule: 'user.auditorExclusive',
    });
    expect(failed(await update(f.userIds.finance, ['finance', 'auditor'], 'en'), 'Validation').message).toContain(
      'the auditor role cannot be combined with finance officer',
    );
    expect(digest()).toBe(before);
    expect(ok<{ roles: string[] }>(await update(f.userIds.finance, ['finance', 'project'])).roles).toEqual([
      'finance',
      'project',
    ]);
    expect(ok<{ roles: string[] }>(await update(f.userIds.evaluator, ['auditor'])).roles).toEqual(['auditor']);
  });
});

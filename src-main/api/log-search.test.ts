import { describe, expect, it } from 'vitest';
import {
  describeChanges,
  personIdsIn,
  type Envelope,
  type FileOutput,
  type LedgerRow,
  type LogEntry,
} from '../contract/index';
import { closeApp, type AppContext } from './app';
import { dispatch } from './dispatch';
import { caller } from '../testing/dispatch';
import { addUser } from '../testing/services';
import { applicationSamples, FIXTURE_APPS } from '../testing/dispatch-applications';
import { ledgerSamples } from '../testing/dispatch-ledger';
import { templateFixture } from '../testing/dispatch-template';
import { trancheSamples } from '../testing/dispatch-tranches';

/** The log as an auditor reads it: ops and objects by their names and business keys, found by them too. */
const { fixture, fresh } = templateFixture();
const samples = ledgerSamples();

function value<T>(env: Envelope<unknown>): T {
  if (!env.ok) throw new Error(`expected success, got ${env.error.kind}: ${env.error.message}`);
  return env.value as T;
}

/** A project with one posted line, reversed and re-posted: the log then holds posts and a reversal. */
async function withReversal(): Promise<{ app: AppContext; approvalNo: string; posted: LedgerRow }> {
  const app = fresh();
  const finance = caller(fixture.tokens.finance);
  const posted = value<LedgerRow>(await dispatch(app, 'ledger.post', samples['ledger.post'], finance));
  value(await dispatch(app, 'ledger.reverse', { ...samples['ledger.reverse'], lineId: posted.id }, finance));
  const approvalNo = app.db
    .prepare('SELECT agreement_number FROM agreements WHERE application_id = ?')
    .pluck()
    .get(FIXTURE_APPS.approved) as string;
  return { app, approvalNo, posted };
}

async function search(app: AppContext, text: string, locale: 'zh' | 'en' = 'zh') {
  const input = { search: text, pageSize: 200, sort: [{ id: 'id', desc: false }] };
  return value<{ rows: LogEntry[]; total: number }>(
    await dispatch(app, 'log.search', input, caller(fixture.tokens.auditor, locale)),
  );
}

describe('searching the log by names and business keys', () => {
  it('finds the reversals by 冲销 (and by their English name), and nothing else', async () => {
    const { app } = await withReversal();
    const zh = await search(app, '冲销');
    expect(zh.rows.map((r) => r.op)).toEqual(['ledger.reverse', 'ledger.reverse']);
    expect(zh.total).toBe(2);
    const en = await search(app, 'reverse expenditure', 'en');
    expect(en.rows.map((r) => r.op)).toEqual(['ledger.reverse', 'ledger.reverse']);
    closeApp(app);
  });

  it('names each ledger entry by its project and voucher, and finds a project’s entries by its approval number', async () => {
    const { app, approvalNo, posted } = await withReversal();
    const found = await search(app, approvalNo);
    const ledgerEntries = found.rows.filter((r) => r.entityType === 'ledgerLine');
    expect(ledgerEntries.map((r) => [r.op, r.entityKey])).toEqual([
      ['ledger.post', `${approvalNo} 凭证号 2015-0001`],
      ['ledger.reverse', `${approvalNo} 凭证号 2015-0002`],
      ['ledger.reverse', `${approvalNo} 凭证号 2015-0003`],
    ]);
    expect(found.rows.every((r) => r.entityKey?.includes(approvalNo))).toBe(true);
    expect(found.rows.some((r) => r.entityId === String(posted.id))).toBe(true);
    // The key in English, and a search by the voucher as it reads.
    const en = await search(app, `voucher 2015-0002`, 'en');
    expect(en.rows.map((r) => r.entityKey)).toEqual([`${approvalNo} voucher 2015-0002`]);
    closeApp(app);
  });

  it('names a user by display name and user name', async () => {
    const { app } = await withReversal();
    const name = app.db.prepare('SELECT display_name FROM users WHERE id = ?').pluck().get(fixture.userIds.finance);
    // The sign-in entries of the fixture (if any) and anything about the finance user carry the name.
    const rows = (await search(app, `${String(name)} (finance)`)).rows;
    for (const r of rows) expect(r.entityKey).toBe(`${String(name)} (finance)`);
    closeApp(app);
  });

  it('reads a reversal’s values with labels, yuan, 大写 and Beijing time', async () => {
    const { app } = await withReversal();
    const reversal = (await search(app, '冲销')).rows[0]!;
    const fields = describeChanges(reversal.before, reversal.after, reversal.op, 'zh');
    const amount = fields.find((f) => f.path === 'amountFen')!;
    expect(amount).toMatchObject({
      label: '金额',
      before: null,
      after: '-1,200.00 元',
      afterWords: '负人民币壹仟贰佰元整',
    });
    expect(fields.find((f) => f.path === 'payee')).toMatchObject({ label: '收款方', after: '重庆市渝中区文印服务部' });
    expect(fields.find((f) => f.path === 'reason')).toMatchObject({ label: '冲销原因', after: '金额录入错误' });
    expect(fields.find((f) => f.path === 'share')).toMatchObject({ label: '资金性质', after: '配套资金' });
    // Row ids stay in the stored JSON only: the entry names its object by voucher and project.
    expect(fields.map((f) => f.path)).not.toEqual(expect.arrayContaining(['id']));
    expect(fields.filter((f) => /Id$/.test(f.path))).toEqual([]);
    expect(fields.every((f) => !/^[a-z]+[A-Z]/.test(f.label))).toBe(true);
    closeApp(app);
  });

  it('exports what it finds with the same names, and logs the export', async () => {
    const { app } = await withReversal();
    const env = await dispatch(app, 'log.export', { format: 'csv', search: '冲销' }, caller(fixture.tokens.auditor));
    const file = value<FileOutput>(env);
    expect(file.rowCount).toBe(2);
    const lines = Buffer.from(file.base64, 'base64').toString('utf8').slice(1).split('\r\n');
    expect(lines[1]).toContain('红字冲销,台账记录,');
    expect(lines[1]).toMatch(/金额：-1,200\.00 元（负人民币壹仟贰佰元整）/);
    expect((await search(app, '导出操作日志')).rows.map((r) => r.op)).toEqual(['log.export']);
    closeApp(app);
  });
});

describe('reading the review and release steps', () => {
  it('names every field, code and person: no raw key, code or user id reaches the reader', async () => {
    const app = fresh();
    const t = fixture.tokens;
    const apps = applicationSamples(fixture.userIds);
    const tranches = trancheSamples();
    const checker = addUser(app, 'finance2', ['finance']).token;
    const steps: [string, unknown, string][] = [
      ['applications.formalReview', apps['applications.formalReview'], t.project],
      ['applications.assignReviewers', apps['applications.assignReviewers'], t.project],
      ['applications.declare', apps['applications.declare'], t.evaluator],
      ['applications.score', apps['applications.score'], t.evaluator],
      ['applications.completeExpertReview', apps['applications.completeExpertReview'], t.project],
      ['applications.financeReview', apps['applications.financeReview'], t.finance],
      ['applications.startNotice', apps['applications.startNotice'], t.finance],
      ['applications.approve', apps['applications.approve'], checker],
      ['agreements.sign', apps['agreements.sign'], t.finance],
      ['tranches.prepare', tranches['tranches.prepare'], t.finance],
      ['tranches.release', tranches['tranches.release'], checker],
      ['tranches.reverse', tranches['tranches.reverse'], checker],
    ];
    for (const [op, input, token] of steps) value(await dispatch(app, op as never, input, caller(token)));
    const people = app.db.prepare('SELECT id, display_name AS name FROM users').all() as { id: number; name: string }[];
    const ids = new Set(people.map((p) => String(p.id)));
    for (const locale of ['zh', 'en'] as const) {
      const input = { search: '', pageSize: 200, filters: {}, sort: [{ id: 'id', desc: false }] };
      const rows = value<{ rows: LogEntry[] }>(
        await dispatch(app, 'log.search', input, caller(fixture.tokens.auditor, locale)),
      ).rows.filter((r) => steps.some(([op]) => op === r.op));
      // 立项 also writes the agreement and budget version 1, each its own entry.
      expect([...new Set(rows.map((r) => r.op))]).toEqual(steps.map(([op]) => op));
      for (const r of rows) {
        const fields = describeChanges(r.before, r.after, r.op, locale, r.people);
        expect(fields.filter((f) => /(^|\.)(id|\w+Ids?|reverses)$/.test(f.path)).map((f) => f.path)).toEqual([]);
        for (const f of fields) {
          const where = `${r.op} ${f.path} (${locale})`;
          expect(f.label, where).not.toMatch(/^[a-z]+([A-Z][a-z]*)*$/);
          if (locale === 'zh') expect(f.label, where).toMatch(/[\u4e00-\u9fff]/);
          for (const v of [f.before, f.after]) {
            // The fixture's people are named in lower case, like codes: a name is what should be there.
            // (In English a state reads as a lower-case word, so codes are looked for in the Chinese reading.)
            const code =
              locale === 'zh' && v !== null && /^[a-z]+(_[a-z]+)*$/.test(v) && !people.some((p) => p.name === v);
            expect(code, `${where}: ${v}`).toBe(false);
            if (/(^|\.)(by|evaluators?|\w+By)$/.test(f.path))
              expect(v === null || !ids.has(v), `${where}: ${v}`).toBe(true);
          }
        }
      }
      const release = rows.find((r) => r.op === 'tranches.release')!;
      const releasedBy = describeChanges(release.before, release.after, release.op, locale, release.people).find(
        (f) => f.path === 'releasedBy',
      );
      expect(releasedBy?.after).toBe(people.find((p) => p.id === Number(parsed(release.after).releasedBy))!.name);
      const score = rows.find((r) => r.op === 'applications.score')!;
      const criteria = describeChanges(score.before, score.after, score.op, locale, score.people).filter((f) =>
        /^scores\.\d+\.criterion/.test(f.path),
      );
      expect(criteria.map((f) => f.after)).toEqual(['项目设计', '组织能力', '预算合理性', '预期成效', '可持续性']);
    }
    closeApp(app);
  });
});

const parsed = (json: string | null) => JSON.parse(json ?? '{}') as Record<string, unknown>;

describe('describeChanges', () => {
  it('reads instants in Beijing time, flags as yes/no and unknown JSON as it is', () => {
    const rows = describeChanges(
      '{"lockedUntil":"2024-05-01T16:30:00.000Z","advance":false}',
      '{"advance":true}',
      'ledger.post',
      'zh',
    );
    expect(rows).toEqual([
      expect.objectContaining({ label: '锁定至', before: '2024-05-02 00:30:00', after: null }),
      expect.objectContaining({ label: '垫支', before: '否', after: '是' }),
    ]);
    const people = describeChanges(
      '{"state":"pending"}',
      '{"state":"approved","by":7}',
      'budgets.approveAdjustment',
      'zh',
      {
        '7': '王会计',
      },
    );
    expect(people).toEqual([
      expect.objectContaining({ label: '状态', before: '待审批', after: '已批准' }),
      expect.objectContaining({ label: '经办人', before: null, after: '王会计' }),
    ]);
    expect(personIdsIn('{"preparedBy":3,"lines":[{"by":4}],"id":9}', null).sort()).toEqual([3, 4]);
    // Experts are people too: a declaration names its expert, an assignment its experts.
    expect(personIdsIn('{"evaluator":5}', '{"evaluators":[5,6]}').sort()).toEqual([5, 6]);
    const experts = describeChanges(
      '{"evaluator":5,"declaration":"pending"}',
      '{"evaluators":[5,6]}',
      'applications.assignReviewers',
      'zh',
      { '5': '刘洋', '6': '赵敏' },
    );
    expect(experts.map((c) => [c.before, c.after])).toEqual([
      ['刘洋', null],
      ['未声明', null],
      [null, '刘洋、赵敏'],
    ]);
    expect(describeChanges(null, 'not json', 'x', 'en')).toEqual([
      expect.objectContaining({ label: 'Content', before: null, after: 'not json' }),
    ]);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAllLedgerLines } from '../../db/ledger-repo';
import { caught, messagesOf, openAppsFixture, rulesOf, type AppsFixture } from '../../testing/applications';
import * as budgets from '../budgets/index';
import * as ledger from './index';
import { centralProject, closeProject, expense, inTransaction, lockYear } from '../../testing/ledger';

let f: AppsFixture;
beforeEach(() => {
  f = openAppsFixture();
});
afterEach(() => f.close());

const post = (applicationId: number, patch: Parameters<typeof expense>[0] = {}) =>
  ledger.post(f.as(f.users.finance), { applicationId, ...expense(patch) });
const reverse = (lineId: number, patch: Partial<Parameters<typeof ledger.reverse>[1]> = {}) =>
  ledger.reverse(f.as(f.users.finance), { lineId, date: '2015-07-01', reason: '金额录入错误', ...patch });

describe('ledger.reverse (红字冲销)', () => {
  it('posts the negated line linked to the original, and the corrected line, in one go', () => {
    const { id, agreementId } = centralProject(f);
    const original = post(id, { share: 'grant', amountFen: 120_000, invoiceNo: 'No.7' });
    const ctx = f.as(f.users.finance);
    const r = ledger.reverse(ctx, {
      lineId: original.id,
      date: '2015-07-01',
      reason: '金额录入错误',
      replacement: expense({ share: 'grant', amountFen: 102_000, date: '2015-07-01' }),
    });
    expect(r.reversal).toMatchObject({
      voucherNo: '2015-0002',
      amountFen: -120_000,
      share: 'grant',
      lineCode: '02',
      invoiceNo: 'No.7',
      reversesId: original.id,
      reversesVoucherNo: '2015-0001',
      reason: '金额录入错误',
    });
    expect(r.replacement).toMatchObject({ voucherNo: '2015-0003', amountFen: 102_000, reversesId: null });
    expect(ctx.changes.map((c) => c.entityType)).toEqual(['ledgerLine', 'ledgerLine']);
    const rows = ledger.list(f.as(f.users.auditor), {
      applicationId: id,
      page: 1,
      pageSize: 50,
      sort: [{ id: 'voucherNo', desc: false }],
      search: '',
      filters: {},
    });
    expect(rows.rows.map((l) => [l.voucherNo, l.amountFen, l.reversedByVoucherNo, l.reversesVoucherNo])).toEqual([
      ['2015-0001', 120_000, '2015-0002', null],
      ['2015-0002', -120_000, null, '2015-0001'],
      ['2015-0003', 102_000, null, null],
    ]);
    expect(rows.sumFen).toBe(102_000);
    expect(budgets.view(f.as(f.users.auditor), { applicationId: id }).grantSpentFen).toBe(102_000);
    expect(listAllLedgerLines(f.app.db, agreementId)[0]).toMatchObject({
      amountFen: 120_000,
      reversedById: r.reversal.id,
    });
  });

  it('refuses a reversal of a reversal, a second reversal, and one dated before the line', () => {
    const { id } = centralProject(f);
    const line = post(id);
    expect(messagesOf(caught(() => reverse(line.id, { date: '2015-05-31' })))).toEqual([
      '冲销日期 2015-05-31 早于原凭证日期 2015-06-01',
    ]);
    const { reversal } = reverse(line.id);
    const again = caught(() => reverse(line.id));
    expect([again.field, ...rulesOf(again)]).toEqual(['lineId', 'ledger.reversal.already']);
    expect(messagesOf(again)).toEqual(['凭证 2015-0001 已由凭证 2015-0002 冲销，不能重复冲销']);
    expect(rulesOf(caught(() => reverse(reversal.id)))).toEqual(['ledger.reversal.ofReversal']);
    const missing = caught(() => reverse(999));
    expect([missing.kind, missing.rule]).toEqual(['NotFound', 'ledger.reversal.notFound']);
  });

  it('refuses in a locked year and in a closed project', () => {
    const { id, agreementId } = centralProject(f);
    const line = post(id);
    lockYear(f, 2015);
    expect(rulesOf(caught(() => reverse(line.id)))).toEqual(['ledger.periodLocked']);
    // A correction dated in the next, open year is allowed: the reversal takes that year's voucher number.
    expect(reverse(line.id, { date: '2016-01-10' }).reversal.voucherNo).toBe('2016-0001');
    closeProject(f, agreementId);
    expect(rulesOf(caught(() => reverse(line.id, { date: '2016-02-01' })))).toContain('ledger.projectClosed');
  });

  it('refuses a replacement that breaks a posting rule, and then writes nothing at all', () => {
    const { id, agreementId } = centralProject(f);
    const line = post(id);
    const ctx = f.as(f.users.finance);
    const e = caught(() =>
      inTransaction(ctx, () =>
        ledger.reverse(ctx, {
          lineId: line.id,
          date: '2015-07-01',
          reason: '科目错误',
          replacement: expense({ costType: 'fine' }),
        }),
      ),
    );
    expect([e.field, ...rulesOf(e)]).toEqual(['replacement.costType', 'ledger.forbiddenCostType']);
    expect(listAllLedgerLines(f.app.db, agreementId)).toHaveLength(1);
  });

  it('checks the replacement against the ledger after the reversal', () => {
    const { id } = centralProject(f);
    // 03 PUBLICITY 3,000.00 + 10%: the full 3,300.00 spent; re-entering 3,200.00 fits only once 3,300.00 is reversed.
    const line = post(id, { lineCode: '03', share: 'grant', amountFen: 330_000 });
    const replacement = expense({ lineCode: '03', share: 'grant', amountFen: 320_000, date: '2015-07-01' });
    const r = reverse(line.id, { replacement });
    expect(r.replacement?.amountFen).toBe(320_000);
  });
});

import type { LedgerRow } from '@contract';
import { ops } from '@contract';
import { describe, expect, it } from 'vitest';
import { defaultPostingDate, defaultReversalDate, emptyExpenditure, replacementOf, toExpenditure } from './expenditure';

const row: LedgerRow = {
  id: 7,
  voucherNo: '2016-0003',
  date: '2016-07-05',
  invoiceNo: 'No.001',
  lineCode: '02',
  categoryCode: 'ACTIVITY',
  categoryName: '活动经费',
  share: 'grant',
  costType: 'hospitality',
  payee: '张三',
  summary: '社区活动',
  amountFen: 300000,
  advance: true,
  reversesId: null,
  reversesVoucherNo: null,
  reversedById: null,
  reversedByVoucherNo: null,
  reason: '',
  postedBy: { id: 2, displayName: '王芳' },
  postedAt: '2016-07-05T02:00:00.000Z',
};

describe('default dates', () => {
  it('post today when inside the project period, else at its nearest end', () => {
    expect(defaultPostingDate('2016-07-01', '2016-05-01', '2016-12-31')).toBe('2016-07-01');
    expect(defaultPostingDate('2026-11-28', '2016-05-01', '2016-12-31')).toBe('2016-12-31');
    expect(defaultPostingDate('2016-01-02', '2016-05-01', '2016-12-31')).toBe('2016-05-01');
  });

  it("date a reversal on its original line's date, not the period's end", () => {
    expect(defaultReversalDate(row.date)).toBe('2016-07-05');
  });
});

describe('the corrected line', () => {
  it('starts as a copy of the original, positive', () => {
    const lines = [{ lineCode: '02', costType: null }];
    expect(replacementOf(row, lines)).toEqual({
      date: '2016-07-05',
      invoiceNo: 'No.001',
      lineCode: '02',
      share: 'grant',
      payee: '张三',
      summary: '社区活动',
      amountFen: 300000,
      advance: true,
      costType: 'hospitality',
    });
    expect(replacementOf({ ...row, amountFen: -5 }, lines).amountFen).toBe(5);
  });

  it('reads a cost type equal to the line’s own as the line’s default', () => {
    expect(replacementOf(row, [{ lineCode: '02', costType: 'hospitality' }]).costType).toBeNull();
  });
});

describe('toExpenditure', () => {
  const schema = ops['ledger.post'].input;

  it('is what ledger.post accepts', () => {
    const d = { ...emptyExpenditure('2016-07-05', '01'), payee: '张三', summary: '补贴', amountFen: 100 };
    const r = schema.safeParse({ applicationId: 1, ...toExpenditure(d) });
    expect(r.success).toBe(true);
  });

  it('drops 垫支 for matching funds, which cannot be an advance', () => {
    const d = { ...emptyExpenditure('2016-07-05', '01'), share: 'matching' as const, advance: true };
    expect(toExpenditure(d).advance).toBe(false);
    expect(toExpenditure({ ...d, share: 'grant' }).advance).toBe(true);
  });

  it('leaves missing fields for the schema to name', () => {
    const r = schema.safeParse({
      applicationId: 1,
      ...toExpenditure({ ...emptyExpenditure('2016-07-05'), date: null }),
    });
    expect(r.success).toBe(false);
    const paths = r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['date', 'lineCode', 'payee', 'summary', 'amountFen']));
  });
});

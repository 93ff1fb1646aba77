import { describe, expect, it } from 'vitest';
import { shownColumns, withOriginalBudget } from './exportColumns';

describe('shownColumns', () => {
  it('lists leaf columns in order, grouped ones under their group title, and skips unnamed ones', () => {
    expect(
      shownColumns([
        { key: 'line', title: '预算科目' },
        { dataIndex: 'originalFen', title: '原预算' },
        {
          key: 'actual',
          title: '实际支出',
          children: [
            { key: 'grantActualFen', title: '财政资金' },
            { key: 'matchingActualFen', title: '配套资金' },
          ],
        },
        { title: '无列名' },
      ]),
    ).toEqual([
      { id: 'line', label: '预算科目' },
      { id: 'originalFen', label: '原预算' },
      { id: 'grantActualFen', label: '实际支出 / 财政资金' },
      { id: 'matchingActualFen', label: '实际支出 / 配套资金' },
    ]);
  });
});

describe('withOriginalBudget', () => {
  it('puts the grant original before the grant current budget, under the same group, and nowhere else', () => {
    expect(
      withOriginalBudget(
        [
          { id: 'line', label: '预算科目' },
          { id: 'grant-current', label: '财政资金 / 调整后预算' },
          { id: 'matching-current', label: '配套资金 / 预算' },
        ],
        '原预算',
      ),
    ).toEqual([
      { id: 'line', label: '预算科目' },
      { id: 'grant-original', label: '财政资金 / 原预算' },
      { id: 'grant-current', label: '财政资金 / 调整后预算' },
      { id: 'matching-current', label: '配套资金 / 预算' },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { shownColumns } from './exportColumns';

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

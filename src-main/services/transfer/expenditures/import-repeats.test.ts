import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportRowError } from '../../../contract/index';
import { pinyinSortKey } from '../../../core/pinyin-key';
import { caught, type AppsFixture } from '../../../testing/applications';
import { csvUpload, HEADER, openImportFixture, row, runImport } from '../../../testing/expenditures-transfer';
import type { AppError } from '../../app-error';

/**
 * An import works out what repeats in a file once (payee sort keys, amounts, dates): each row must still get
 * its own answer, whatever order the repeats come in.
 */
let f: AppsFixture;
let code: string;
let agreementId: number;
beforeEach(() => {
  ({ f, code, agreementId } = openImportFixture());
});
afterEach(() => f.close());

const PAYEES = ['渝中区文印服务部', '重庆公交集团', '项目社工 李娜', 'Alpha 印务'];

describe('an import with repeated payees and amounts', () => {
  it('stores every line with its own payee’s sort key and its own amount', () => {
    const order = [0, 1, 0, 2, 1, 0, 3, 3, 2, 0];
    const amounts = ['10.00', '¥10.00', '12.5', '10.00', '0.50', '12.5', '10', '¥10.00', '0.50', '10.00'];
    const rows = order.map((p, i) => row(code, { 收款方: PAYEES[p]!, '金额(元)': amounts[i]!, 发票号: `No.${i}` }));
    const { result } = runImport(f, f.users.finance, csvUpload([HEADER, ...rows]));
    expect(result.imported).toBe(order.length);
    const stored = f.app.db
      .prepare('SELECT payee, payee_key AS key, amount_fen AS fen FROM ledger_lines WHERE agreement_id = ? ORDER BY id')
      .all(agreementId) as { payee: string; key: string; fen: number }[];
    expect(stored.map((s) => s.payee)).toEqual(order.map((p) => PAYEES[p]));
    for (const s of stored) expect(s.key).toBe(pinyinSortKey(s.payee));
    expect(new Set(stored.map((s) => s.key)).size).toBe(PAYEES.length);
    expect(stored.map((s) => s.fen)).toEqual([1000, 1000, 1250, 1000, 50, 1250, 1000, 1000, 50, 1000]);
  });

  it('refuses each row that repeats a bad amount or date, naming each, and posts nothing', () => {
    const rows = [
      row(code, { '金额(元)': '12..5' }),
      row(code),
      row(code, { '金额(元)': '12..5', 日期: '2015-13-01' }),
      row(code, { 日期: '2015-13-01' }),
    ];
    const e = caught(() => runImport(f, f.users.finance, csvUpload([HEADER, ...rows])));
    const errors = (e as AppError).params.rowErrors as ImportRowError[];
    expect(errors.map((r) => `${r.row} ${r.column}`)).toEqual(['2 金额(元)', '4 日期', '4 金额(元)', '5 日期']);
    expect(errors[0]!.message).toBe(errors[2]!.message);
    expect(errors[1]!.message).toBe(errors[3]!.message);
    expect(f.app.db.prepare('SELECT count(*) FROM ledger_lines WHERE agreement_id = ?').pluck().get(agreementId)).toBe(
      0,
    );
  });
});

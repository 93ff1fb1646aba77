import { describe, expect, it } from 'vitest';
import { base64ToBytes, dataUrlPayload, isSpreadsheetName } from './files';

describe('file helpers', () => {
  it('decodes base64 to the exact bytes, including non-ASCII text', () => {
    const text = '项目名称,申请金额(元)\n';
    const base64 = Buffer.from(text, 'utf8').toString('base64');
    const bytes = base64ToBytes(base64);
    expect(Buffer.from(bytes).toString('utf8')).toBe(text);
    expect(base64ToBytes('')).toHaveLength(0);
    expect([...base64ToBytes('AP8=')]).toEqual([0, 255]);
  });

  it('takes the payload of a base64 data URL and refuses anything else', () => {
    expect(dataUrlPayload('data:text/csv;base64,YWJj')).toBe('YWJj');
    expect(dataUrlPayload('data:application/octet-stream;base64,')).toBe('');
    expect(() => dataUrlPayload('data:text/plain,abc')).toThrow();
    expect(() => dataUrlPayload('YWJj')).toThrow();
  });

  it('accepts only .xlsx and .csv names', () => {
    expect(isSpreadsheetName('申报.XLSX')).toBe(true);
    expect(isSpreadsheetName('a.csv')).toBe(true);
    expect(isSpreadsheetName('a.xls')).toBe(false);
    expect(isSpreadsheetName('csv')).toBe(false);
  });
});

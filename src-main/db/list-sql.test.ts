import { describe, expect, it } from 'vitest';
import { containsPattern, escapeLike, limitOffset, orderBy, prefixPattern, Where } from './list-sql';

const COLUMNS = { name: 'o.name', code: 'o.credit_code' } as const;

describe('list SQL helpers', () => {
  it('escapes LIKE wildcards and the escape character', () => {
    expect(escapeLike('100%_a\\b')).toBe('100\\%\\_a\\\\b');
    expect(containsPattern('a%')).toBe('%a\\%%');
    expect(prefixPattern('5_')).toBe('5\\_%');
  });

  it('builds ORDER BY from the allow-list with an id tiebreak in the last direction', () => {
    expect(orderBy([], COLUMNS, 'o.id', 'o.id DESC')).toBe('ORDER BY o.id DESC');
    expect(orderBy([{ id: 'name', desc: false }], COLUMNS, 'o.id', 'x')).toBe('ORDER BY o.name ASC, o.id ASC');
    expect(
      orderBy(
        [
          { id: 'code', desc: false },
          { id: 'name', desc: true },
          { id: 'code', desc: true },
        ],
        COLUMNS,
        'o.id',
        'x',
      ),
    ).toBe('ORDER BY o.credit_code ASC, o.name DESC, o.id DESC');
  });

  it('refuses a sort key outside the allow-list', () => {
    const sort = [{ id: 'name; DROP TABLE users', desc: false }] as unknown as { id: 'name'; desc: boolean }[];
    expect(() => orderBy(sort, COLUMNS, 'id', 'id')).toThrow(/allow-list/);
  });

  it('joins WHERE fragments with their parameters', () => {
    expect(new Where().sql()).toBe('');
    const w = new Where().add('a = ?', 1).add('b LIKE ? OR c LIKE ?', 'x', 'y');
    expect(w.sql()).toBe('WHERE (a = ?) AND (b LIKE ? OR c LIKE ?)');
    expect(w.params).toEqual([1, 'x', 'y']);
    expect(limitOffset({ page: 3, pageSize: 20 })).toEqual([20, 40]);
  });
});

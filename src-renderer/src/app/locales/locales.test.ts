import { FUND_SOURCES, valueLabel } from '@contract';
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { zh } from './zh';

function flatten(obj: object, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(obj)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out[key] = v;
    else Object.assign(out, flatten(v as object, key));
  }
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('UI text', () => {
  const z = flatten(zh);
  const e = flatten(en);

  it('has the same keys in Chinese and English', () => {
    expect(Object.keys(e).sort()).toEqual(Object.keys(z).sort());
  });

  it('has no empty text and the same placeholders in both languages', () => {
    for (const key of Object.keys(z)) {
      expect(z[key], key).not.toBe('');
      expect(e[key], key).not.toBe('');
      expect(placeholders(e[key]!), key).toEqual(placeholders(z[key]!));
    }
  });

  it('uses the labels the tests and main name fields by', () => {
    expect(z['organizations.creditCode']).toBe('统一社会信用代码');
    expect(z['organizations.create']).toBe('新建机构');
    expect(z['fundPrograms.create']).toBe('新建资金计划');
    expect(z['header.switchLanguage']).toBe('切换语言');
    expect(e['header.switchLanguage']).toBe('Switch language');
    expect(z['table.columns']).toBe('列设置');
    expect(z['table.empty']).toBe('暂无数据');
    expect(z['common.loading']).toBe('加载中…');
  });

  it('names each fund source one way: the screens as the rule messages and exports do', () => {
    for (const source of FUND_SOURCES) {
      for (const [locale, text] of [
        ['zh', zh],
        ['en', en],
      ] as const) {
        const name = valueLabel(`source.${source}`, locale);
        expect(valueLabel(`funds.${source}`, locale), source).toBe(name);
        expect(text.sources[source].toLowerCase(), source).toBe(name.toLowerCase());
      }
    }
    expect(Object.keys(z).filter((k) => k.startsWith('source') && !k.startsWith('sources.'))).toEqual([]);
  });

  it('numbers nothing with “#”: records are named by their sequence or business key', () => {
    for (const text of [z, e]) expect(Object.entries(text).filter(([, v]) => /#\s*\{\{/.test(v))).toEqual([]);
  });
});

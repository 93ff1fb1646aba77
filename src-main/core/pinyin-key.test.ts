import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pinyin } from 'pinyin-pro';
import { pinyinSortKey, setPinyinLoader } from './pinyin-key';

// Core loads nothing itself; the database layer names the loader in the app, the test does here.
setPinyinLoader(() => pinyin);

const sortByKey = (names: string[]) =>
  [...names].sort((a, b) => (pinyinSortKey(a) < pinyinSortKey(b) ? -1 : pinyinSortKey(a) > pinyinSortKey(b) ? 1 : 0));

describe('pinyinSortKey', () => {
  // Stored keys were written with these exact readings; if one changes, stored keys need a new backfill.
  it('is stable: the stored form of typical names', () => {
    expect(pinyinSortKey('重庆市渝中区善缘互助社')).toBe(
      'chong2 qing4 shi4 yu2 zhong1 qu1 shan4 yuan2 hu4 zhu4 she4\t重庆市渝中区善缘互助社',
    );
    expect(pinyinSortKey('ABC公司')).toBe('abc gong1 si1\tABC公司');
    expect(pinyinSortKey('第2号')).toBe('di4 000000000002 hao4\t第2号');
    expect(pinyinSortKey('绿色家园')).toBe('lv4 se4 jia1 yuan2\t绿色家园');
    expect(pinyinSortKey('  Ｘ１号（试点）')).toBe('x 000000000001 hao4 shi4 dian3\tX1号(试点)');
    expect(pinyinSortKey('')).toBe('\t');
  });

  it('reads polyphonic characters in context', () => {
    expect(pinyinSortKey('重庆').split('\t')[0]).toBe('chong2 qing4');
    expect(pinyinSortKey('重量').split('\t')[0]).toBe('zhong4 liang4');
    expect(pinyinSortKey('银行').split('\t')[0]).toBe('yin2 hang2');
    expect(pinyinSortKey('行长').split('\t')[0]).toBe('hang2 zhang3');
    expect(pinyinSortKey('长寿区').split('\t')[0]).toBe('chang2 shou4 qu1');
  });

  it('puts 重庆 under C, between 北京 and 大连, and not under Z', () => {
    expect(sortByKey(['大连', '重庆', '北京', '张家口', '安顺'])).toEqual(['安顺', '北京', '重庆', '大连', '张家口']);
  });

  it('compares syllable by syllable, then by tone, numbers by value, Latin letters among the syllables', () => {
    expect(sortByKey(['先锋', '西安'])).toEqual(['西安', '先锋']);
    expect(sortByKey(['陆军', '绿色', '路口'])).toEqual(['陆军', '路口', '绿色']);
    expect(sortByKey(['第10号', '第2号', '第1号'])).toEqual(['第1号', '第2号', '第10号']);
    expect(sortByKey(['Zeta社', '阿里', 'beta社', '123社'])).toEqual(['123社', '阿里', 'beta社', 'Zeta社']);
    expect(sortByKey(['妈', '麻', '马', '骂'])).toEqual(['妈', '麻', '马', '骂']);
  });

  it('gives different names different keys, and the same name always the same key', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        expect(pinyinSortKey(a)).toBe(pinyinSortKey(a));
        if (a.normalize('NFKC').trim() !== b.normalize('NFKC').trim())
          expect(pinyinSortKey(a)).not.toBe(pinyinSortKey(b));
      }),
      { numRuns: 300, seed: 20260701 },
    );
  });
});

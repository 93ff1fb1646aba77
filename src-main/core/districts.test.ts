import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DISTRICTS, MUNICIPAL_CODE, districtName, getDistrict, isDistrictCode } from './districts';

// The shared data folder sits beside the repository, not inside it; it may be absent in CI.
const CSV_PATH = fileURLToPath(new URL('../../../shared/data/chongqing-districts.csv', import.meta.url));

describe('districts', () => {
  it('has 38 district-level units plus the municipal level', () => {
    const count = (kind: string) => DISTRICTS.filter((d) => d.kind === kind).length;
    expect(DISTRICTS).toHaveLength(39);
    expect([count('市级'), count('区'), count('县'), count('自治县')]).toEqual([1, 26, 8, 4]);
    expect(new Set(DISTRICTS.map((d) => d.code)).size).toBe(39);
    expect(new Set(DISTRICTS.map((d) => d.name)).size).toBe(39);
    expect(new Set(DISTRICTS.map((d) => d.nameEn)).size).toBe(39);
  });

  it('uses GB/T 2260 codes in the documented ranges', () => {
    for (const { code } of DISTRICTS) {
      const n = Number(code);
      expect(code).toMatch(/^50\d{4}$/);
      expect(n === 500000 || (n >= 500101 && n <= 500156) || (n >= 500229 && n <= 500243)).toBe(true);
    }
    expect(DISTRICTS[0]!.code).toBe(MUNICIPAL_CODE);
  });

  it('names match kinds in both languages', () => {
    const suffix = { 市级: '(municipal level)', 区: ' District', 县: ' County', 自治县: ' Autonomous County' };
    for (const d of DISTRICTS) {
      expect(d.nameEn.endsWith(suffix[d.kind])).toBe(true);
      if (d.kind !== '市级') expect(d.name.endsWith(d.kind)).toBe(true);
    }
  });

  it.skipIf(!existsSync(CSV_PATH))('matches shared/data/chongqing-districts.csv', () => {
    const [header, ...rows] = readFileSync(CSV_PATH, 'utf8').trim().split(/\r?\n/);
    expect(header).toBe('code,name,kind');
    const fromCsv = rows.map((row) => {
      const [code, name, kind] = row.split(',');
      return { code, name, kind };
    });
    expect(DISTRICTS.map(({ code, name, kind }) => ({ code, name, kind }))).toEqual(fromCsv);
  });

  it('looks up codes', () => {
    expect(districtName('500101')).toBe('万州区');
    expect(districtName('500101', 'en')).toBe('Wanzhou District');
    expect(districtName('500240', 'en')).toBe('Shizhu Tujia Autonomous County');
    expect(districtName('500000')).toBe('重庆市');
    expect(getDistrict('500243')?.kind).toBe('自治县');
    expect(isDistrictCode('500000')).toBe(true);
    expect(isDistrictCode('500156')).toBe(true);
    // 500232 was 武隆县 before it became 武隆区 (500156); retired codes are not current districts.
    expect(isDistrictCode('500232')).toBe(false);
    expect(isDistrictCode('')).toBe(false);
    expect(districtName('500199')).toBeUndefined();
  });

  it('cannot be mutated', () => {
    expect(Object.isFrozen(DISTRICTS)).toBe(true);
    expect(Object.isFrozen(DISTRICTS[1])).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { entityTypeName, knownOps, objectName, opName, prettyJson, shortHash } from './logText';

describe('log text', () => {
  it('names ops in the UI language, falling back to the id', () => {
    expect(opName('applications.submit', 'zh')).toBe('提交申报');
    expect(opName('applications.submit', 'en')).toBe('Submit application');
    expect(opName('auth.signInFailed', 'zh')).toBe('登录失败');
    expect(opName('export', 'zh')).toBe('导出');
    expect(opName('something.new', 'zh')).toBe('something.new');
    // A prefix that names a group, or an inherited property, is not an op name.
    expect(opName('applications', 'zh')).toBe('applications');
    expect(opName('auth.toString', 'zh')).toBe('auth.toString');
  });

  it('names entity types, keeping unknown ones and showing a dash for none', () => {
    expect(entityTypeName('application', 'zh')).toBe('申报项目');
    expect(entityTypeName('organization', 'en')).toBe('Organization');
    expect(entityTypeName('widget', 'zh')).toBe('widget');
    expect(entityTypeName('constructor', 'zh')).toBe('constructor');
    expect(entityTypeName(null, 'zh')).toBe('—');
  });

  it('names an object by its type and business key', () => {
    expect(objectName('ledgerLine', '渝民发〔2016〕2号 凭证号 2016-0007', 'zh')).toBe(
      '台账记录 · 渝民发〔2016〕2号 凭证号 2016-0007',
    );
    expect(objectName('export', null, 'en')).toBe('Export');
    expect(objectName(null, null, 'zh')).toBe('—');
  });

  it('lists every named op once for the filter', () => {
    const ops = knownOps('zh');
    expect(ops).toContainEqual({ value: 'applications.approve', label: '立项' });
    expect(ops).toContainEqual({ value: 'log.export', label: '导出操作日志' });
    expect(new Set(ops.map((o) => o.value)).size).toBe(ops.length);
    expect(knownOps('en').map((o) => o.value)).toEqual(ops.map((o) => o.value));
  });

  it('shortens hashes and pretty-prints stored JSON', () => {
    const hash = 'a'.repeat(64);
    expect(shortHash(hash)).toBe(`${'a'.repeat(12)}…`);
    expect(shortHash('abc')).toBe('abc');
    expect(prettyJson('{"a":1,"b":[2]}')).toBe('{\n  "a": 1,\n  "b": [\n    2\n  ]\n}');
    expect(prettyJson('not json')).toBe('not json');
    expect(prettyJson(null)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { formatBytes, formatPeriod, quoted } from './format';

describe('formatBytes', () => {
  it('uses binary units with one decimal', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(1023)).toBe('1023 B');
    expect(formatBytes(1024)).toBe('1.0 KB');
    expect(formatBytes(634_488)).toBe('619.6 KB');
    expect(formatBytes(5 * 1024 ** 3)).toBe('5.0 GB');
    expect(formatBytes(-1)).toBe('—');
  });
});

describe('formatPeriod', () => {
  it('shows open ends and a missing period', () => {
    expect(formatPeriod('2016-03-01', '2016-04-15', '至')).toBe('2016-03-01 至 2016-04-15');
    expect(formatPeriod(null, '2016-04-15', 'to')).toBe('… to 2016-04-15');
    expect(formatPeriod(null, null, '至')).toBe('—');
  });
});

describe('quoted', () => {
  it('quotes a name once, its own quotes nested inside', () => {
    expect(quoted('“善缘互助”社区养老服务项目', 'zh')).toBe('“‘善缘互助’社区养老服务项目”');
    expect(quoted('重庆市善缘互助社', 'zh')).toBe('“重庆市善缘互助社”');
    expect(quoted('“善缘互助”社区养老服务项目', 'en')).toBe('"\'善缘互助\'社区养老服务项目"');
    expect(quoted('Elder care', 'en')).toBe('"Elder care"');
  });
});

import { describe, expect, it } from 'vitest';
import { formatShanghaiTime } from './shanghai-time';

describe('formatShanghaiTime', () => {
  it('shows UTC instants in Beijing time, crossing midnight', () => {
    expect(formatShanghaiTime('2026-12-06T13:42:25.000Z')).toBe('2026-12-06 21:42');
    expect(formatShanghaiTime('2026-12-31T16:30:00Z')).toBe('2027-01-01 00:30');
  });

  it('shows a dash for a malformed time', () => {
    expect(formatShanghaiTime('yesterday')).toBe('—');
  });
});

import { describe, expect, it } from 'vitest';
import { formatScore } from './labels';

describe('formatScore', () => {
  it('shows every score with two decimals, so a column of them lines up', () => {
    expect([71, 74.5, 84.333333].map(formatScore)).toEqual(['71.00', '74.50', '84.33']);
    expect(formatScore(null)).toBe('—');
  });
});

import { describe, expect, it } from 'vitest';
import { orderedActions, releasedPercent } from './display';

describe('releasedPercent', () => {
  it('rounds to one decimal and never divides by zero', () => {
    expect(releasedPercent(0, 100)).toBe(0);
    expect(releasedPercent(60, 100)).toBe(60);
    expect(releasedPercent(1, 3)).toBe(33.3);
    expect(releasedPercent(2, 3)).toBe(66.7);
    expect(releasedPercent(100, 100)).toBe(100);
    expect(releasedPercent(5, 0)).toBe(0);
  });

  it('shows nothing negative after reversals', () => {
    expect(releasedPercent(-10, 100)).toBe(0);
  });
});

describe('orderedActions', () => {
  it('keeps only what main offers, next step first', () => {
    expect(orderedActions(['cancel', 'prepare'])).toEqual(['prepare', 'cancel']);
    expect(orderedActions(['withdraw', 'release', 'cancel'])).toEqual(['release', 'withdraw', 'cancel']);
    expect(orderedActions([])).toEqual([]);
  });
});

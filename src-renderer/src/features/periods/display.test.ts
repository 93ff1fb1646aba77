import { describe, expect, it } from 'vitest';
import { pendingShown, yearState } from './display';

describe('yearState', () => {
  const lock = { note: '', by: { id: 1, displayName: '王芳' }, at: '2026-01-05T02:00:00.000Z' };
  it('is locked once locked, whatever the rules say now', () => {
    expect(yearState({ locked: lock, mayLock: false })).toBe('locked');
  });
  it('is ready or blocked by main’s rules', () => {
    expect(yearState({ locked: null, mayLock: true })).toBe('ready');
    expect(yearState({ locked: null, mayLock: false })).toBe('blocked');
  });
});

describe('pendingShown', () => {
  it('lists the first few and counts the rest', () => {
    const all = Array.from({ length: 13 }, (_, i) => i);
    expect(pendingShown(all)).toEqual({ shown: all.slice(0, 10), more: 3 });
    expect(pendingShown(all, 20)).toEqual({ shown: all, more: 0 });
    expect(pendingShown([])).toEqual({ shown: [], more: 0 });
  });
});

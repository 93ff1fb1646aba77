import { DEFAULT_RUBRIC } from '@contract';
import { describe, expect, it } from 'vitest';
import { emptySheet, entryProblems, isValidPoints, reviewStep, rubricMax, sheetTotal } from './scoring';

const rubric = DEFAULT_RUBRIC.map((c) => ({ ...c }));

describe('score sheet', () => {
  it('accepts 0..max in half points only', () => {
    expect(isValidPoints(0, 25)).toBe(true);
    expect(isValidPoints(24.5, 25)).toBe(true);
    expect(isValidPoints(25, 25)).toBe(true);
    expect(isValidPoints(25.5, 25)).toBe(false);
    expect(isValidPoints(12.3, 25)).toBe(false);
    expect(isValidPoints(-0.5, 25)).toBe(false);
    expect(isValidPoints(Number.NaN, 25)).toBe(false);
  });

  it('totals exactly and knows the rubric maximum', () => {
    const sheet = { ...emptySheet(rubric), DESIGN: 20.5, CAPACITY: 17.5, SUSTAIN: 0.5 };
    expect(sheetTotal(sheet)).toBe(38.5);
    expect(sheetTotal(emptySheet(rubric))).toBe(0);
    expect(rubricMax(rubric)).toBe(100);
  });

  it('flags entries outside a criterion range, naming one above its maximum, leaving empty ones to the schema', () => {
    const sheet = { ...emptySheet(rubric), DESIGN: 26, CAPACITY: 10.25, BUDGET: 20, SUSTAIN: -1 };
    expect(entryProblems(rubric, sheet)).toEqual([
      { index: 0, kind: 'overMax' },
      { index: 1, kind: 'invalid' },
      { index: 4, kind: 'invalid' },
    ]);
  });

  it('totals the entries as typed, never as clamped or rounded', () => {
    expect(sheetTotal({ ...emptySheet(rubric), DESIGN: 30, CAPACITY: 20, BUDGET: 20, OUTCOME: 25, SUSTAIN: 10 })).toBe(
      105,
    );
    expect(sheetTotal({ ...emptySheet(rubric), DESIGN: 12.3, CAPACITY: 0.1, BUDGET: 0.2 })).toBe(12.6);
    expect(sheetTotal({ ...emptySheet(rubric), DESIGN: 12.25, CAPACITY: 0.25 })).toBe(12.5);
  });
});

describe('review step', () => {
  const base = {
    id: 1,
    evaluator: { id: 7, displayName: '刘洋' },
    declaration: 'pending' as const,
    declaredAt: null,
    conflictReason: null,
    scores: null,
    totalPoints: null,
    comment: null,
    scoredAt: null,
    outlier: false,
  };
  it('walks declare → score → scored, and stops at a conflict', () => {
    expect(reviewStep([base], 8).step).toBe('notAssigned');
    expect(reviewStep([base], 7).step).toBe('declare');
    expect(reviewStep([{ ...base, declaration: 'conflict' }], 7).step).toBe('withdrawn');
    expect(reviewStep([{ ...base, declaration: 'no_conflict' }], 7).step).toBe('score');
    expect(reviewStep([{ ...base, declaration: 'no_conflict', scoredAt: '2016-05-01T00:00:00Z' }], 7).step).toBe(
      'scored',
    );
  });
});

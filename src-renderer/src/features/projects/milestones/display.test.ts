import type { IndicatorView, MilestoneView } from '@contract';
import { describe, expect, it } from 'vitest';
import { barPercent, byLane, isOver, LANES, missingRate, readingRoles, seqList } from './display';

const person = { id: 1, displayName: '张伟' };

function milestone(id: number, state: MilestoneView['state'], plannedDate: string, name = `M${id}`): MilestoneView {
  return {
    id,
    name,
    plannedDate,
    completedDate: state === 'planned' ? null : plannedDate,
    completedBy: state === 'planned' ? null : person,
    completedAt: null,
    note: '',
    evidence: null,
    verifiedBy: null,
    verifiedAt: null,
    state,
    overdue: false,
    trancheSeqs: [],
    availableActions: [],
  };
}

function indicator(target: string, latest: string | null, rateBasisPoints: number | null): IndicatorView {
  return {
    indicatorId: 1,
    name: '服务人次',
    unit: '人次',
    target,
    readings: [],
    latest: latest === null ? null : { date: '2025-01-01', value: latest },
    rate: rateBasisPoints === null ? null : `${(rateBasisPoints / 100).toFixed(2)}%`,
    rateBasisPoints,
    met: rateBasisPoints !== null && rateBasisPoints >= 10_000,
  };
}

describe('byLane', () => {
  it('puts each milestone in its state lane, soonest first, then by name', () => {
    const lanes = byLane([
      milestone(1, 'planned', '2025-06-01'),
      milestone(2, 'verified', '2025-03-01'),
      milestone(3, 'planned', '2025-04-01', 'B'),
      milestone(4, 'planned', '2025-04-01', 'A'),
      milestone(5, 'completed', '2025-05-01'),
    ]);
    expect(lanes.planned.map((m) => m.id)).toEqual([4, 3, 1]);
    expect(lanes.completed.map((m) => m.id)).toEqual([5]);
    expect(lanes.verified.map((m) => m.id)).toEqual([2]);
    expect(LANES).toEqual(['planned', 'completed', 'verified']);
  });

  it('gives every lane a list, also when empty', () => {
    expect(byLane([])).toEqual({ planned: [], completed: [], verified: [] });
  });
});

describe('seqList', () => {
  it('orders the tranche numbers in each language', () => {
    expect(seqList([3, 1], 'zh')).toBe('1、3');
    expect(seqList([3, 1], 'en')).toBe('1, 3');
    expect(seqList([2], 'zh')).toBe('2');
  });
});

describe('indicator progress', () => {
  it('fills the bar up to 100 and no further, never below 0', () => {
    expect(barPercent(null)).toBe(0);
    expect(barPercent(0)).toBe(0);
    expect(barPercent(6667)).toBe(66.67);
    expect(barPercent(10_000)).toBe(100);
    expect(barPercent(15_000)).toBe(100);
  });

  it('tells over the target from meeting it', () => {
    expect(isOver(indicator('100', '150', 15_000))).toBe(true);
    expect(isOver(indicator('100', '100', 10_000))).toBe(false);
    expect(isOver(indicator('100', null, null))).toBe(false);
  });

  it('says why there is no rate', () => {
    expect(missingRate(indicator('100', null, null))).toBe('noReading');
    expect(missingRate(indicator('0', '5', null))).toBe('zeroTarget');
    expect(missingRate(indicator('0.000', '5', null))).toBe('zeroTarget');
    expect(missingRate(indicator('0.001', '999999999999', null))).toBe('rateTooLarge');
    expect(missingRate(indicator('100', '50', 5000))).toBeNull();
  });
});

describe('readingRoles', () => {
  const r = (id: number, date: string) => ({ id, date, value: '1', note: '', by: person, at: '2025-01-01T00:00:00Z' });

  it('marks the last entry of the latest date current and earlier entries of a date superseded', () => {
    const roles = readingRoles([r(1, '2025-01-01'), r(2, '2025-02-01'), r(3, '2025-02-01'), r(4, '2025-01-15')]);
    expect(roles.current).toBe(3);
    expect([...roles.superseded]).toEqual([2]);
  });

  it('has no current reading without readings', () => {
    expect(readingRoles([])).toEqual({ current: null, superseded: new Set() });
  });
});

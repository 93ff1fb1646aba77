import { describe, expect, it } from 'vitest';
import {
  checkTransition,
  checkVerifier,
  isOverdue,
  nextState,
  rectificationActionsFrom,
  rectificationFacts,
  rectificationRef,
  RECTIFICATION_STATES,
  type RectificationAction,
  type RectificationState,
} from './rectification';

describe('rectification state machine', () => {
  const table: [RectificationState, RectificationAction, RectificationState | null][] = [
    ['open', 'submitEvidence', 'submitted'],
    ['open', 'verify', null],
    ['open', 'reopen', null],
    ['submitted', 'submitEvidence', null],
    ['submitted', 'verify', 'verified'],
    ['submitted', 'reopen', 'reopened'],
    ['reopened', 'submitEvidence', 'submitted'],
    ['reopened', 'verify', null],
    ['reopened', 'reopen', null],
    ['verified', 'submitEvidence', null],
    ['verified', 'verify', null],
    ['verified', 'reopen', null],
  ];
  it.each(table)('from %s, %s leads to %s', (state, action, to) => {
    expect(nextState(state, action)).toBe(to);
    const refused = checkTransition('#1 x', state, action);
    expect(refused).toEqual(
      to === null
        ? [
            {
              rule: 'rectification.wrongState',
              params: { ref: '#1 x', itemState: `@rectificationState.${state}`, action },
            },
          ]
        : [],
    );
  });

  it('covers every state, and only verified is final', () => {
    expect(new Set(table.map(([s]) => s))).toEqual(new Set(RECTIFICATION_STATES));
    expect(RECTIFICATION_STATES.filter((s) => rectificationActionsFrom(s).length === 0)).toEqual(['verified']);
  });
});

describe('who may verify a fix (不相容职务分离)', () => {
  const base = {
    ref: '#2 资金未单独核算',
    verifier: { id: 7, displayName: '刘洋' },
    evidenceRecorders: [3],
    inspectors: [5, 6],
    organizationContact: '李强',
    responsiblePerson: '王芳',
  };
  it('lets an evaluator who took no part verify', () => {
    expect(checkVerifier(base)).toEqual([]);
  });
  it('refuses whoever recorded evidence for the item', () => {
    expect(checkVerifier({ ...base, evidenceRecorders: [3, 7] }).map((v) => v.rule)).toEqual([
      'rectification.verifierRecorded',
    ]);
  });
  it('refuses an inspector of the inspection that raised the finding', () => {
    expect(checkVerifier({ ...base, inspectors: [7] })).toEqual([
      { rule: 'rectification.verifierInspected', params: { ref: '#2 资金未单独核算', user: '刘洋' } },
    ]);
  });
  it("refuses the organization's contact and the person responsible, by name", () => {
    expect(checkVerifier({ ...base, organizationContact: ' 刘洋 ' }).map((v) => v.rule)).toEqual([
      'rectification.verifierIsContact',
    ]);
    expect(checkVerifier({ ...base, responsiblePerson: '刘洋' }).map((v) => v.rule)).toEqual([
      'rectification.verifierIsContact',
    ]);
    expect(checkVerifier({ ...base, organizationContact: '', responsiblePerson: '' })).toEqual([]);
  });
  it('names every reason at once', () => {
    expect(checkVerifier({ ...base, evidenceRecorders: [7], inspectors: [7], responsiblePerson: '刘洋' })).toHaveLength(
      3,
    );
  });
});

describe('overdue and the facts the gates read', () => {
  it('is overdue from the day after the deadline until verified', () => {
    expect(isOverdue({ state: 'open', deadline: '2024-05-01' }, '2024-05-01')).toBe(false);
    expect(isOverdue({ state: 'open', deadline: '2024-05-01' }, '2024-05-02')).toBe(true);
    expect(isOverdue({ state: 'submitted', deadline: '2024-05-01' }, '2024-06-01')).toBe(true);
    expect(isOverdue({ state: 'reopened', deadline: '2024-05-01' }, '2024-06-01')).toBe(true);
    expect(isOverdue({ state: 'verified', deadline: '2024-05-01' }, '2024-06-01')).toBe(false);
  });
  it('closes an item only when verified; severe means 严重', () => {
    for (const state of RECTIFICATION_STATES)
      expect(rectificationFacts({ ref: 'r', severity: 'severe', state })).toEqual({
        ref: 'r',
        severe: true,
        closed: state === 'verified',
      });
    expect(rectificationFacts({ ref: 'r', severity: 'major', state: 'open' }).severe).toBe(false);
  });
  it('names an item by its number and the start of its finding', () => {
    expect(rectificationRef(3, '资金未单独核算')).toBe('#3 资金未单独核算');
    expect(rectificationRef(12, '一二三四五六七八九十一二三四五六七八九十一二')).toBe(
      '#12 一二三四五六七八九十一二三四五六七八九十…',
    );
  });
});

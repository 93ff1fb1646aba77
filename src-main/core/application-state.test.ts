import { describe, expect, it } from 'vitest';
import {
  actionsFrom,
  APPLICATION_ACTIONS,
  APPLICATION_STATES,
  isLive,
  transition,
  type ApplicationAction,
  type ApplicationState,
} from './application-state';

/** The whole table, written out once more by hand: a change to the machine must change this test too. */
const EXPECTED: Record<ApplicationState, Partial<Record<ApplicationAction, ApplicationState>>> = {
  draft: { update: 'draft', submit: 'submitted' },
  returned: { update: 'returned', submit: 'submitted' },
  submitted: { formalPass: 'expert_review', formalReturn: 'returned', reject: 'rejected' },
  expert_review: {
    assignReviewers: 'expert_review',
    declare: 'expert_review',
    score: 'expert_review',
    completeExpertReview: 'finance_review',
    reject: 'rejected',
  },
  finance_review: { financeReview: 'finance_reviewed', reject: 'rejected' },
  finance_reviewed: { startNotice: 'in_notice', reject: 'rejected' },
  in_notice: { approve: 'approved', reject: 'rejected' },
  approved: {},
  rejected: {},
};

describe('application state machine', () => {
  const cases = APPLICATION_STATES.flatMap((s) => APPLICATION_ACTIONS.map((a) => [s, a] as const));

  it.each(cases)('from %s, %s goes where the table says or is refused naming the state', (state, action) => {
    const expected = EXPECTED[state][action];
    const r = transition(state, action);
    if (expected) expect(r).toEqual({ ok: true, next: expected });
    else expect(r).toEqual({ ok: false, rule: 'application.illegalTransition', state, action });
  });

  it.each(APPLICATION_STATES)('actionsFrom(%s) lists exactly the allowed actions, in catalogue order', (state) => {
    const allowed = APPLICATION_ACTIONS.filter((a) => EXPECTED[state][a] !== undefined);
    expect(actionsFrom(state)).toEqual(allowed);
  });

  it('ends in approved or rejected, from which nothing moves', () => {
    expect(actionsFrom('approved')).toEqual([]);
    expect(actionsFrom('rejected')).toEqual([]);
  });

  it('reaches approved from draft only through every review step', () => {
    const path: ApplicationAction[] = [
      'submit',
      'formalPass',
      'assignReviewers',
      'declare',
      'score',
      'completeExpertReview',
      'financeReview',
      'startNotice',
      'approve',
    ];
    let state: ApplicationState = 'draft';
    for (const a of path) {
      const r = transition(state, a);
      if (!r.ok) throw new Error(`${a} refused from ${state}`);
      state = r.next;
    }
    expect(state).toBe('approved');
  });

  it('counts every state but rejected as live (for the duplicate rule)', () => {
    expect(APPLICATION_STATES.filter((s) => !isLive(s))).toEqual(['rejected']);
  });
});

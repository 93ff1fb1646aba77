import { describe, expect, it } from 'vitest';
import type { ApplicationRecord } from '../../db/applications-repo';
import type { AssignmentRecord } from '../../db/reviews-repo';
import type { SessionUser } from '../context';
import { blockedActions } from './blocked';

const user = (id: number, roles: SessionUser['roles']): SessionUser => ({
  id,
  username: `u${id}`,
  displayName: `u${id}`,
  roles,
  sessionId: 1,
});
const app = (state: ApplicationRecord['state'], createdBy = 1) => ({ state, createdBy }) as ApplicationRecord;
const notice = { startDate: '2016-06-10', endDate: '2016-06-16', by: 2 } as never;
const expert = (name: string, scored: boolean, declaration = 'no_conflict') =>
  ({
    evaluator: { id: 9, displayName: name },
    declaration,
    scoredAt: scored ? '2016-05-01T00:00:00.000Z' : null,
  }) as AssignmentRecord;

describe('actions held back, with the reason', () => {
  it('立项 while the notice runs names its end date; after it ends nothing holds it back', () => {
    const finance = user(5, ['finance']);
    const facts = { assignments: [], submitters: [1], notice, financeReviewer: null, today: '2016-06-16' };
    expect(blockedActions(finance, app('in_notice'), facts, 'zh')).toEqual([
      { action: 'approve', reason: '公示期至 2016-06-16 结束，公示结束后方可立项（今天是 2016-06-16）' },
    ]);
    expect(blockedActions(finance, app('in_notice'), { ...facts, today: '2016-06-17' }, 'zh')).toEqual([]);
    expect(blockedActions(finance, app('in_notice'), facts, 'en')[0]!.reason).toMatch(/runs until 2016-06-16/);
  });

  it('立项 by whoever entered the application is held back by the separation of duties', () => {
    const finance = user(1, ['finance']);
    const facts = { assignments: [], submitters: [1], notice, financeReviewer: null, today: '2016-07-01' };
    const [held] = blockedActions(finance, app('in_notice', 1), facts, 'zh');
    expect(held!.action).toBe('approve');
    expect(held!.reason).not.toBe('');
  });

  it('立项 by the finance reviewer of the same application is held back, naming the rule', () => {
    const finance = user(5, ['finance']);
    const facts = { assignments: [], submitters: [1], notice, financeReviewer: 5, today: '2016-07-01' };
    const [held] = blockedActions(finance, app('in_notice', 1), facts, 'zh');
    expect(held!.action).toBe('approve');
    expect(held!.reason).toContain('财务审核');
    expect(blockedActions(finance, app('in_notice', 1), { ...facts, financeReviewer: 6 }, 'zh')).toEqual([]);
  });

  it('closing the expert review names the experts still to score; roles without the step see nothing', () => {
    const officer = user(4, ['project']);
    const facts = {
      assignments: [expert('赵敏', true), expert('孙磊', false)],
      submitters: [],
      notice: null,
      financeReviewer: null,
      today: '',
    };
    expect(blockedActions(officer, app('expert_review'), facts, 'zh')).toEqual([
      { action: 'completeExpertReview', reason: '尚有专家未完成声明或评分：孙磊' },
    ]);
    expect(blockedActions(user(6, ['auditor']), app('expert_review'), facts, 'zh')).toEqual([]);
    expect(blockedActions(user(6, ['auditor']), app('in_notice'), { ...facts, notice }, 'zh')).toEqual([]);
  });
});

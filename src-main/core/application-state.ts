/**
 * The life of an application from draft to approval (申报, 初审, 评审, 财务审核, 公示, 立项) as one
 * state machine. Services ask it before every change; an illegal step is refused with the current state named.
 */
export const APPLICATION_STATES = [
  'draft',
  'submitted',
  'returned',
  'expert_review',
  'finance_review',
  'finance_reviewed',
  'in_notice',
  'approved',
  'rejected',
] as const;
export type ApplicationState = (typeof APPLICATION_STATES)[number];

export const APPLICATION_ACTIONS = [
  'update',
  'submit',
  'formalPass',
  'formalReturn',
  'assignReviewers',
  'declare',
  'score',
  'completeExpertReview',
  'financeReview',
  'startNotice',
  'approve',
  'reject',
] as const;
export type ApplicationAction = (typeof APPLICATION_ACTIONS)[number];

const TRANSITIONS: Record<ApplicationAction, Partial<Record<ApplicationState, ApplicationState>>> = {
  update: { draft: 'draft', returned: 'returned' },
  submit: { draft: 'submitted', returned: 'submitted' },
  formalPass: { submitted: 'expert_review' },
  formalReturn: { submitted: 'returned' },
  assignReviewers: { expert_review: 'expert_review' },
  declare: { expert_review: 'expert_review' },
  score: { expert_review: 'expert_review' },
  completeExpertReview: { expert_review: 'finance_review' },
  financeReview: { finance_review: 'finance_reviewed' },
  startNotice: { finance_reviewed: 'in_notice' },
  approve: { in_notice: 'approved' },
  reject: {
    submitted: 'rejected',
    expert_review: 'rejected',
    finance_review: 'rejected',
    finance_reviewed: 'rejected',
    in_notice: 'rejected',
  },
};

export type TransitionResult =
  | { ok: true; next: ApplicationState }
  | { ok: false; rule: 'application.illegalTransition'; state: ApplicationState; action: ApplicationAction };

export function transition(state: ApplicationState, action: ApplicationAction): TransitionResult {
  const next = TRANSITIONS[action][state];
  return next ? { ok: true, next } : { ok: false, rule: 'application.illegalTransition', state, action };
}

export function actionsFrom(state: ApplicationState): ApplicationAction[] {
  return APPLICATION_ACTIONS.filter((a) => TRANSITIONS[a][state] !== undefined);
}

/** States in which an application still competes for the program's money (for the duplicate rule). */
export function isLive(state: ApplicationState): boolean {
  return state !== 'rejected';
}

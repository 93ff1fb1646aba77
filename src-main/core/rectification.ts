/**
 * 整改 (rectification). Each finding of a signed-off inspection opens one item; the
 * organization's evidence is recorded (by a project officer on its behalf) and verified by an evaluator who
 * had no hand in it: not whoever recorded evidence for it, not an inspector of the inspection that raised it,
 * not the organization's contact or the person responsible. A verified item is final; evidence found wanting
 * sends the item back (reopened) with a reason.
 */
import type { Violation } from './violations';
import type { RectificationFacts } from './tranche-gates';

export const SEVERITIES = ['minor', 'major', 'severe'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const RECTIFICATION_STATES = ['open', 'submitted', 'verified', 'reopened'] as const;
export type RectificationState = (typeof RECTIFICATION_STATES)[number];

export const RECTIFICATION_ACTIONS = ['submitEvidence', 'verify', 'reopen'] as const;
export type RectificationAction = (typeof RECTIFICATION_ACTIONS)[number];

const TRANSITIONS: Record<RectificationState, Partial<Record<RectificationAction, RectificationState>>> = {
  open: { submitEvidence: 'submitted' },
  reopened: { submitEvidence: 'submitted' },
  submitted: { verify: 'verified', reopen: 'reopened' },
  verified: {},
};

/** The state an action leads to, or null when the action is not possible from this state. */
export function nextState(state: RectificationState, action: RectificationAction): RectificationState | null {
  return TRANSITIONS[state][action] ?? null;
}

export function rectificationActionsFrom(state: RectificationState): RectificationAction[] {
  return RECTIFICATION_ACTIONS.filter((a) => nextState(state, a) !== null);
}

export function checkTransition(ref: string, state: RectificationState, action: RectificationAction): Violation[] {
  return nextState(state, action) === null
    ? [{ rule: 'rectification.wrongState', params: { ref, itemState: `@rectificationState.${state}`, action } }]
    : [];
}

/** Who may not verify an item, because they took part in it. */
export interface VerifierFacts {
  ref: string;
  verifier: { id: number; displayName: string };
  /** Everyone who recorded evidence for the item. */
  evidenceRecorders: readonly number[];
  /** The evaluator accounts among the inspectors of the inspection that raised the finding. */
  inspectors: readonly number[];
  /** The organization's contact person and the person responsible for the item, as names. */
  organizationContact: string;
  responsiblePerson: string;
}

export function checkVerifier(f: VerifierFacts): Violation[] {
  const out: Violation[] = [];
  const params = { ref: f.ref, user: f.verifier.displayName };
  if (f.evidenceRecorders.includes(f.verifier.id)) out.push({ rule: 'rectification.verifierRecorded', params });
  if (f.inspectors.includes(f.verifier.id)) out.push({ rule: 'rectification.verifierInspected', params });
  const name = f.verifier.displayName.trim();
  if (name !== '' && (name === f.organizationContact.trim() || name === f.responsiblePerson.trim()))
    out.push({ rule: 'rectification.verifierIsContact', params });
  return out;
}

/** Not verified and its deadline (a Shanghai calendar date) has passed. */
export function isOverdue(r: { state: RectificationState; deadline: string }, today: string): boolean {
  return r.state !== 'verified' && r.deadline < today;
}

/** The facts the tranche gate and the close-out checklist read: only a verified item is closed. */
export function rectificationFacts(r: {
  ref: string;
  severity: Severity;
  state: RectificationState;
}): RectificationFacts {
  return { ref: r.ref, severe: r.severity === 'severe', closed: r.state === 'verified' };
}

/** How an item is named to people: its number in the project and the start of the finding. */
export function rectificationRef(seq: number, description: string): string {
  const short = description.length > 20 ? `${description.slice(0, 20)}…` : description;
  return `#${seq} ${short}`;
}

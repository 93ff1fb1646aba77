/**
 * 监督检查 (inspections): who may inspect, how a checklist is answered, what a finding
 * must carry. Pure rules; the service assembles the facts.
 */
import type { Violation } from './violations';
import { isCalendarDate } from './calendar';
import { parseDecimal } from './decimal';

export const INSPECTION_KINDS = ['field', 'special', 'finance', 'random'] as const;
export type InspectionKind = (typeof INSPECTION_KINDS)[number];

export const ANSWER_TYPES = ['yes_no', 'score', 'number', 'text'] as const;
export type AnswerType = (typeof ANSWER_TYPES)[number];

export const YES_NO = ['yes', 'no', 'na'] as const;

export const MIN_INSPECTORS = 2;

export interface InspectorFacts {
  userId: number | null;
  name: string;
  unit: string;
  /** For an account: whether it holds the evaluator role (and is enabled). */
  isEvaluator: boolean;
}

/** At least two inspectors, each an evaluator account or an external expert named with a unit, none twice. */
export function checkInspectors(inspectors: readonly InspectorFacts[]): Violation[] {
  const out: Violation[] = [];
  if (inspectors.length < MIN_INSPECTORS)
    out.push({ rule: 'inspection.tooFewInspectors', params: { min: MIN_INSPECTORS, count: inspectors.length } });
  const seen = new Set<string>();
  for (const i of inspectors) {
    if (i.userId !== null && !i.isEvaluator)
      out.push({ rule: 'inspection.inspectorNotEvaluator', params: { name: i.name } });
    if (i.userId === null && (i.name.trim() === '' || i.unit.trim() === ''))
      out.push({ rule: 'inspection.expertIncomplete', params: { name: i.name.trim() || '—' } });
    const key = i.userId !== null ? `u${i.userId}` : `e${i.name.trim()}|${i.unit.trim()}`;
    if (seen.has(key)) out.push({ rule: 'inspection.inspectorTwice', params: { name: i.name } });
    seen.add(key);
  }
  return out;
}

export interface ItemFacts {
  seq: number;
  answerType: AnswerType;
  maxScore: number | null;
}

/** An answer as stored: 是/否/不适用 as yes/no/na, a whole score within the maximum, a decimal, or text. */
export function checkAnswer(item: ItemFacts, value: string): Violation[] {
  const params = { seq: item.seq, value };
  const v = value.trim();
  switch (item.answerType) {
    case 'yes_no':
      return (YES_NO as readonly string[]).includes(v) ? [] : [{ rule: 'inspection.answerYesNo', params }];
    case 'score': {
      const n = /^\d+$/.test(v) ? Number(v) : NaN;
      return Number.isInteger(n) && n <= (item.maxScore ?? 0)
        ? []
        : [{ rule: 'inspection.answerScore', params: { ...params, max: item.maxScore ?? 0 } }];
    }
    case 'number':
      return parseDecimal(v, { maxScale: 6 }).ok ? [] : [{ rule: 'inspection.answerNumber', params }];
    case 'text':
      return v.length <= 1000 ? [] : [{ rule: 'inspection.answerText', params }];
  }
}

/** The inspection date is a real date, not in the future, and within reach of the project (not before it). */
export function checkInspectionDate(date: string, today: string, periodStart: string): Violation[] {
  if (!isCalendarDate(date)) return [{ rule: 'inspection.dateInvalid', params: { date } }];
  if (date > today) return [{ rule: 'inspection.dateInFuture', params: { date, today } }];
  if (date < periodStart) return [{ rule: 'inspection.dateBeforePeriod', params: { date, start: periodStart } }];
  return [];
}

/** A finding's deadline comes after the inspection; a disallowance names the ledger lines it concerns. */
export function checkFinding(f: {
  inspectionDate: string;
  deadline: string;
  disallowFen: number;
  ledgerLineCount: number;
}): Violation[] {
  const out: Violation[] = [];
  if (!isCalendarDate(f.deadline)) out.push({ rule: 'finding.deadlineInvalid', params: { date: f.deadline } });
  else if (f.deadline <= f.inspectionDate)
    out.push({ rule: 'finding.deadlineBeforeInspection', params: { date: f.deadline, inspected: f.inspectionDate } });
  if (f.disallowFen > 0 && f.ledgerLineCount === 0) out.push({ rule: 'finding.disallowWithoutLines', params: {} });
  return out;
}

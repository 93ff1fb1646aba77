import type { OpOutput, OpParsedInput } from '../../contract/index';
import type { Violation } from '../../core/violations';
import { shanghaiDate } from '../../core/calendar';
import { decimalText, parseDecimal, type DecimalError } from '../../core/decimal';
import { checkReading } from '../../core/milestones';
import { insertReading, listReadings } from '../../db/milestones-repo';
import { nowIso, requireUser } from '../app-error';
import { throwIfAny } from '../violations';
import { recordChange } from '../audit';
import type { ServiceContext } from '../context';
import { loadIndicator, lockedDate, refuseIfClosed } from './load';
import { indicatorView } from './view';

const MAX_DECIMALS = 6;

const VALUE_RULES: Record<DecimalError, string> = {
  empty: 'indicator.valueInvalid',
  not_a_number: 'indicator.valueInvalid',
  negative: 'indicator.negative',
  too_many_decimals: 'indicator.valueTooManyDecimals',
  too_large: 'indicator.valueTooLarge',
};

const VALUE_FIELD_RULES = new Set(['indicator.negative', ...Object.values(VALUE_RULES)]);

/**
 * Records an achieved value (完成值) on a date: a real date, not in the future, not in a locked year; a
 * decimal that is not negative. Readings are never edited: a later one (or a later entry of the same date)
 * supersedes.
 */
export function record(ctx: ServiceContext, input: OpParsedInput<'indicators.record'>): OpOutput<'indicators.record'> {
  const user = requireUser(ctx);
  const { project, indicator } = loadIndicator(ctx, input.indicatorId);
  refuseIfClosed(project, 'indicator.projectClosed', 'indicatorId');
  const parsed = parseDecimal(input.value, { maxScale: MAX_DECIMALS, allowNegative: true });
  const valueViolations: Violation[] = parsed.ok
    ? []
    : [{ rule: VALUE_RULES[parsed.error], params: { value: input.value, max: MAX_DECIMALS } }];
  const today = shanghaiDate(ctx.now);
  const core = parsed.ok ? checkReading({ date: input.date, value: parsed.value }, today) : [];
  const violations = [...core, ...valueViolations, ...lockedDate(ctx, input.date, 'indicator.periodLocked')];
  const first = violations[0]?.rule ?? '';
  throwIfAny(violations, VALUE_FIELD_RULES.has(first) ? 'value' : 'date');

  const value = decimalText((parsed as { value: { units: number; scale: number } }).value);
  const id = insertReading(ctx.db, {
    indicatorId: indicator.id,
    date: input.date,
    value,
    note: input.note.trim(),
    by: user.id,
    at: nowIso(ctx),
  });
  recordChange(ctx, 'indicatorReading', id, null, {
    indicatorId: indicator.id,
    indicator: indicator.name,
    date: input.date,
    value,
    note: input.note.trim(),
  });
  return indicatorView(indicator, listReadings(ctx.db, project.application.id));
}

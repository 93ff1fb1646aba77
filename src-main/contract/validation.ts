import type { z } from 'zod';
import type { ApiErrorBody, FieldIssue, Locale } from './errors';
import { fieldLabel } from './fields';
import { fieldMessage, ruleMessage } from './messages';

/**
 * Turns zod issues into messages that name the field and the rule in the user's language. Custom checks put
 * `params.rule` (a key of RULE_MESSAGES) and its parameters on the issue; built-in checks map by code.
 */
export function describeIssue(issue: z.core.$ZodIssue, locale: Locale, scope?: string): FieldIssue {
  const { rule, params } = ruleOf(issue);
  const path = issue.path.map(String).join('.');
  const field = fieldLabel(issue.path, locale, scope);
  return { path, field, rule, message: fieldMessage(field, ruleMessage(rule, locale, params), locale) };
}

function ruleOf(issue: z.core.$ZodIssue): { rule: string; params: Record<string, unknown> } {
  switch (issue.code) {
    case 'custom': {
      const p = (issue.params ?? {}) as Record<string, unknown>;
      return { rule: typeof p.rule === 'string' ? p.rule : 'schema.invalid', params: p };
    }
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null) return { rule: 'schema.required', params: {} };
      return { rule: 'schema.type', params: { expected: issue.expected } };
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string')
        return min <= 1 ? { rule: 'schema.required', params: {} } : { rule: 'schema.minLength', params: { min } };
      if (issue.origin === 'array') return { rule: 'schema.minItems', params: { min } };
      return { rule: 'schema.min', params: { min } };
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return { rule: 'schema.maxLength', params: { max } };
      if (issue.origin === 'array') return { rule: 'schema.maxItems', params: { max } };
      return { rule: 'schema.max', params: { max } };
    }
    case 'invalid_value':
      // A select left empty is "required", not "must be one of social_work, volunteer…".
      if (issue.input === undefined || issue.input === null || issue.input === '')
        return { rule: 'schema.required', params: {} };
      return { rule: 'schema.enum', params: { values: issue.values.map(String).join('、') } };
    case 'invalid_format':
      return issue.format === 'date'
        ? { rule: 'schema.date', params: {} }
        : { rule: 'schema.format', params: { format: issue.format } };
    case 'not_multiple_of':
      return Number(issue.divisor) === 1
        ? { rule: 'schema.integer', params: {} }
        : { rule: 'schema.multipleOf', params: { step: Number(issue.divisor) } };
    case 'unrecognized_keys':
      return { rule: 'schema.unknownKeys', params: { keys: issue.keys.join(', ') } };
    default:
      return { rule: 'schema.invalid', params: {} };
  }
}

export function validationError(error: z.ZodError, locale: Locale, scope?: string): ApiErrorBody {
  const issues = error.issues.slice(0, 20).map((i) => describeIssue(i, locale, scope));
  const first = issues[0];
  return {
    kind: 'Validation',
    message: issues.map((i) => i.message).join('；') || ruleMessage('schema.invalid', locale),
    details: { issues, ...(first ? { field: first.field, rule: first.rule } : {}) },
  };
}

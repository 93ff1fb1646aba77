import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ACTIONS, APPLICATION_STATES } from '../../core/application-state';
import { FUND_SOURCES } from '../../core/rule-set';
import { fieldLabel } from '../fields';
import { RULE_MESSAGES, ruleMessage } from '../messages';
import { APPLICATION_VALUE_LABELS, APPLICATIONS_MESSAGES } from './applications';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Every rule key the applications code can raise, read from the source so a new one cannot be forgotten. */
function rulesInSource(): string[] {
  const root = join(import.meta.dirname, '..', '..');
  const files = [
    ...['application-rules.ts', 'review-scoring.ts', 'application-state.ts'].map((f) => join(root, 'core', f)),
    ...readdirSync(join(root, 'services', 'applications'))
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'testing.ts')
      .map((f) => join(root, 'services', 'applications', f)),
    join(root, 'services', 'saved-filters.ts'),
  ];
  const keys = new Set<string>();
  for (const f of files)
    for (const m of readFileSync(f, 'utf8').matchAll(/'((?:application|agreement|savedFilter)\.[\w.]+)'/g))
      keys.add(m[1]!);
  return [...keys].sort();
}

describe('application messages', () => {
  it.each(Object.entries(APPLICATIONS_MESSAGES))('%s has the same placeholders in Chinese and English', (_k, m) => {
    expect(placeholders(m.zh)).toEqual(placeholders(m.en));
    expect(m.zh.length * m.en.length).toBeGreaterThan(0);
  });

  it('has a message for every rule the applications code raises', () => {
    const keys = rulesInSource();
    expect(keys.length).toBeGreaterThan(40);
    expect(keys.filter((k) => !(k in RULE_MESSAGES))).toEqual([]);
  });

  it('names every state, action and source in both languages', () => {
    for (const s of APPLICATION_STATES) expect(APPLICATION_VALUE_LABELS[`applicationState.${s}`]).toBeDefined();
    for (const a of APPLICATION_ACTIONS) expect(APPLICATION_VALUE_LABELS[`applicationAction.${a}`]).toBeDefined();
    for (const f of FUND_SOURCES) expect(APPLICATION_VALUE_LABELS[`funds.${f}`]).toBeDefined();
    expect(
      ruleMessage('application.illegalTransition', 'zh', {
        state: '@applicationState.approved',
        action: '@applicationAction.submit',
      }),
    ).toBe('当前状态为“已立项”，不能执行“提交”');
  });

  it('labels the application fields for messages that name them', () => {
    expect(fieldLabel(['budgetLines', 2, 'amountFen'], 'zh')).toBe('申请财政资金');
    expect(fieldLabel(['budgetLines', 2, 'matchingFen'], 'zh')).toBe('配套资金');
    expect(fieldLabel(['approvalNumber'], 'en')).toBe('Approval number');
  });
});

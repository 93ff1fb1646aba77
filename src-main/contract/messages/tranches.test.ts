import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GRADES } from '../../core/grading';
import { TRANCHE_ACTIONS, TRANCHE_STATES } from '../../core/tranche-state';
import { RULE_MESSAGES, ruleMessage } from '../messages';
import { TRANCHE_VALUE_LABELS, TRANCHES_MESSAGES } from './tranches';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Every tranche rule key the code can raise, read from the source so a new one cannot be forgotten. */
function rulesInSource(): string[] {
  const root = join(import.meta.dirname, '..', '..');
  const services = join(root, 'services', 'tranches');
  const files = [
    join(root, 'core', 'tranche-state.ts'),
    join(root, 'core', 'tranche-gates.ts'),
    ...readdirSync(services)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map((f) => join(services, f)),
  ];
  const keys = new Set<string>();
  for (const f of files) for (const m of readFileSync(f, 'utf8').matchAll(/'(tranche\.[\w.]+)'/g)) keys.add(m[1]!);
  return [...keys].sort();
}

describe('tranche messages', () => {
  it.each(Object.entries(TRANCHES_MESSAGES))('%s has the same placeholders in Chinese and English', (_k, m) => {
    expect(placeholders(m.zh)).toEqual(placeholders(m.en));
    expect(m.zh.length * m.en.length).toBeGreaterThan(0);
  });

  it('has a message for every rule the tranche code raises', () => {
    const keys = rulesInSource();
    expect(keys.length).toBeGreaterThan(20);
    expect(keys.filter((k) => !(k in RULE_MESSAGES))).toEqual([]);
  });

  it('names every state, action and grade in both languages', () => {
    for (const s of TRANCHE_STATES) expect(TRANCHE_VALUE_LABELS[`trancheState.${s}`]).toBeDefined();
    for (const a of TRANCHE_ACTIONS) expect(TRANCHE_VALUE_LABELS[`trancheAction.${a}`]).toBeDefined();
    for (const g of GRADES) expect(TRANCHE_VALUE_LABELS[`grade.${g}`]).toBeDefined();
    const params = { trancheState: '@trancheState.released', trancheAction: '@trancheAction.prepare' };
    expect(ruleMessage('tranche.illegalTransition', 'zh', params)).toBe(
      '该期拨付当前状态为“已拨付”，不能执行“准备拨付”',
    );
    expect(
      ruleMessage('tranche.gate.midtermFailed', 'en', { score: '55.0', grade: '@grade.fail', date: '2015-09-01' }),
    ).toBe('the mid-term evaluation scored 55.0, graded "fail" (2015-09-01); the tranche may not be released');
  });
});

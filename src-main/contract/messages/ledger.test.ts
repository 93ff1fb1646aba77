import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ops } from '../index';
import { RULE_MESSAGES, ruleMessage } from '../messages';
import { LEDGER_MESSAGES } from './ledger';

const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();

const ROOT = join(import.meta.dirname, '..', '..');
const sources = () => {
  const dir = (d: string) =>
    readdirSync(join(ROOT, d))
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'testing.ts')
      .map((f) => join(ROOT, d, f));
  return [
    ...['ledger.ts', 'ledger-rules.ts', 'budget-versions.ts', 'budget-execution.ts'].map((f) => join(ROOT, 'core', f)),
    ...dir(join('services', 'ledger')),
    ...dir(join('services', 'budgets')),
  ];
};

/** Every ledger or budget rule key the code can raise, with the parameters it passes where they are literal. */
function rulesInSource(): Map<string, Set<string> | null> {
  const keys = new Map<string, Set<string> | null>();
  for (const f of sources()) {
    const text = readFileSync(f, 'utf8');
    for (const m of text.matchAll(/'((?:ledger|budget)\.[\w.]+)'/g))
      if (!keys.has(m[1]!) && !(m[1]! in ops)) keys.set(m[1]!, null);
    // `{ rule: 'x', params: { a: …, b } }` on one object: the placeholders its message must have.
    for (const m of text.matchAll(/rule: '((?:ledger|budget)\.[\w.]+)',\s*params: \{([^{}]*)\}/g)) {
      const names = [...m[2]!.matchAll(/(\w+)(?=\s*[:,]|\s*$)/g)].map((x) => x[1]!);
      keys.set(m[1]!, new Set(names));
    }
  }
  return keys;
}

describe('ledger and budget messages', () => {
  it.each(Object.entries(LEDGER_MESSAGES))('%s has the same placeholders in Chinese and English', (_k, m) => {
    expect(placeholders(m.zh)).toEqual(placeholders(m.en));
    expect(m.zh.length * m.en.length).toBeGreaterThan(0);
  });

  it('has a message for every rule the ledger and budget code raises, with the parameters it is given', () => {
    const keys = rulesInSource();
    expect(keys.size).toBeGreaterThan(40);
    expect([...keys.values()].filter((p) => p !== null).length).toBeGreaterThan(25);
    expect([...keys.keys()].filter((k) => !(k in RULE_MESSAGES))).toEqual([]);
    for (const [key, params] of keys) {
      if (params === null) continue;
      // Every placeholder is filled; a parameter may go unused only if the message has nothing to say with it.
      expect(
        placeholders(RULE_MESSAGES[key]!.zh).filter((p) => !params.has(p)),
        key,
      ).toEqual([]);
    }
  });

  it('reuses the applications wording for forbidden costs, naming source and basis', () => {
    const params = { costType: '@costType.management_fee', source: '@funds.CENTRAL', basis: '财社〔2012〕138号' };
    expect(ruleMessage('ledger.forbiddenCostType', 'zh', params)).toBe(
      '中央财政资金不得列支管理费（财社〔2012〕138号）',
    );
    expect(ruleMessage('budget.forbiddenCostType', 'zh', { ...params, line: '04' })).toBe(
      ruleMessage('application.forbiddenCostType', 'zh', { ...params, line: '04' }).replace(
        '预算第 04 行',
        '预算行 04',
      ),
    );
  });
});

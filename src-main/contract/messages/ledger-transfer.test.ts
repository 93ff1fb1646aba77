import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_MESSAGES, ruleMessage } from '../messages';
import { LEDGER_TRANSFER_MESSAGES } from './ledger-transfer';

const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();

/** Every import rule key the expenditure import raises, read from its source so a new one cannot be forgotten. */
function rulesInSource(): string[] {
  const dir = join(import.meta.dirname, '..', '..', 'services', 'transfer', 'expenditures');
  const keys = new Set<string>();
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.ts') && !n.endsWith('.test.ts')))
    for (const m of readFileSync(join(dir, f), 'utf8').matchAll(/'((?:ledgerImport|import|amount|schema)\.[\w.]+)'/g))
      keys.add(m[1]!);
  return [...keys].sort();
}

describe('expenditure import messages', () => {
  it.each(Object.entries(LEDGER_TRANSFER_MESSAGES))('%s has the same placeholders in Chinese and English', (_k, m) => {
    expect(placeholders(m.zh)).toEqual(placeholders(m.en));
    expect(m.zh.length * m.en.length).toBeGreaterThan(0);
  });

  it('has a message for every rule the import raises', () => {
    const keys = rulesInSource();
    expect(keys.filter((k) => k.startsWith('ledgerImport.')).length).toBeGreaterThan(10);
    expect(keys.filter((k) => !(k in RULE_MESSAGES))).toEqual([]);
  });

  it('names the allowed cost types in each language', () => {
    const params = { value: '咖啡', allowed: ['@costType.hospitality', '@costType.fine'] };
    expect(ruleMessage('ledgerImport.costTypeUnknown', 'zh', params)).toBe(
      '“咖啡”不是费用类型（可选：招待费、罚款；不填则按预算科目）',
    );
    expect(ruleMessage('ledgerImport.costTypeUnknown', 'en', params)).toBe(
      '"咖啡" is not a cost type (allowed: hospitality, fines; leave it blank to use the budget line\'s)',
    );
  });
});

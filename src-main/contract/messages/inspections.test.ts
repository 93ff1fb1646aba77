import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ops } from '../index';
import { fieldLabel } from '../fields';
import { PERMISSION_LABELS, RULE_MESSAGES } from '../messages';
import { valueLabel } from '../value-labels';
import { INSPECTIONS_MESSAGES } from './inspections';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Every inspection, finding, checklist and rectification rule key the code can raise, read from the source. */
function rulesInSource(): string[] {
  const root = join(import.meta.dirname, '..', '..');
  const folder = (name: string) =>
    readdirSync(join(root, 'services', name))
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map((f) => join(root, 'services', name, f));
  const files = [
    join(root, 'core', 'inspections.ts'),
    join(root, 'core', 'rectification.ts'),
    ...folder('inspections'),
    ...folder('rectifications'),
  ];
  const keys = new Set<string>();
  for (const f of files)
    for (const m of readFileSync(f, 'utf8').matchAll(/'((?:inspection|finding|checklist|rectification)\.[\w.]+)'/g))
      keys.add(m[1]!);
  return [...keys].sort();
}

describe('inspection and rectification messages', () => {
  it.each(Object.entries(INSPECTIONS_MESSAGES))('%s has the same placeholders in Chinese and English', (_k, m) => {
    expect(placeholders(m.zh)).toEqual(placeholders(m.en));
    expect(m.en, 'no Chinese in the English text').not.toMatch(/[\u3000-\u303f\uff00-\uffef\u4e00-\u9fff]/);
  });

  it('has a message for every rule the code raises', () => {
    const keys = rulesInSource();
    expect(keys).toContain('rectification.verifierInspected');
    expect(keys.length).toBeGreaterThan(30);
    expect(keys.filter((k) => !(k in RULE_MESSAGES))).toEqual([]);
  });

  it('names the permissions, the values and the fields of the new ops in both languages', () => {
    for (const p of ['inspections.record', 'rectifications.evidence', 'rectifications.verify', 'checklists.manage'])
      expect(PERMISSION_LABELS[p]?.en).toBeTruthy();
    expect(valueLabel('severity.severe', 'zh')).toBe('严重');
    expect(valueLabel('rectificationState.reopened', 'en')).toBe('reopened');
    const names = Object.keys(ops).filter((op) => /^(inspections|rectifications|findings|checklists)\./.test(op));
    for (const op of names) {
      const shape = (ops[op as keyof typeof ops].input as unknown as { shape: Record<string, unknown> }).shape;
      const scope = op.split('.')[0]!;
      for (const k of Object.keys(shape)) expect(fieldLabel([k], 'zh', scope), `${op} ${k}`).not.toBe(k);
    }
    expect(fieldLabel(['date'], 'zh', 'inspections')).toBe('检查日期');
    expect(fieldLabel(['voucherNo'], 'en', 'findings')).toBe('Recovery voucher number');
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ops } from '../index';
import { fieldLabel } from '../fields';
import { PERMISSION_LABELS, RULE_MESSAGES, ruleMessage } from '../messages';
import { MILESTONE_FIELD_LABELS, MILESTONES_MESSAGES } from './milestones';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Every milestone, indicator and attachment rule key the code can raise, read from the source. */
function rulesInSource(): string[] {
  const root = join(import.meta.dirname, '..', '..');
  const folder = (name: string) =>
    readdirSync(join(root, 'services', name))
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'testing.ts')
      .map((f) => join(root, 'services', name, f));
  const files = [join(root, 'core', 'milestones.ts'), ...folder('milestones'), ...folder('attachments')];
  const keys = new Set<string>();
  for (const f of files)
    for (const m of readFileSync(f, 'utf8').matchAll(/'((?:milestone|indicator|attachment)\.[\w.]+)'/g))
      keys.add(m[1]!);
  return [...keys].sort();
}

describe('milestone, indicator and attachment messages', () => {
  it.each(Object.entries(MILESTONES_MESSAGES))('%s has the same placeholders in Chinese and English', (_k, m) => {
    expect(placeholders(m.zh)).toEqual(placeholders(m.en));
    expect(m.zh.length * m.en.length).toBeGreaterThan(0);
  });

  it('has a message for every rule the code raises', () => {
    const keys = rulesInSource();
    expect(keys.length).toBeGreaterThan(30);
    expect(keys).toContain('milestone.sameUser');
    expect(keys.filter((k) => !(k in RULE_MESSAGES))).toEqual([]);
  });

  it('names the new permissions and the fields of the new ops in both languages', () => {
    for (const p of ['milestones.manage', 'attachments.upload']) expect(PERMISSION_LABELS[p]?.zh).toBeTruthy();
    const fields = new Set<string>();
    for (const op of ['milestones.plan', 'milestones.complete', 'indicators.record', 'attachments.upload'] as const) {
      const shape = (ops[op].input as unknown as { shape: Record<string, unknown> }).shape;
      for (const k of Object.keys(shape)) fields.add(`${op.split('.')[0]}:${k}`);
    }
    for (const scoped of fields) {
      const [scope, key] = scoped.split(':') as [string, string];
      expect(fieldLabel([key], 'zh', scope), scoped).not.toBe(key);
    }
    expect(fieldLabel(['name'], 'zh', 'milestones')).toBe('里程碑名称');
    expect(fieldLabel(['value'], 'en', 'indicators')).toBe('Achieved value');
    expect(Object.keys(MILESTONE_FIELD_LABELS).length).toBeGreaterThan(10);
    expect(ruleMessage('milestone.notApproved', 'zh', { state: '@applicationState.draft' })).toBe(
      '申报项目当前状态为“草稿”，立项后才有里程碑和绩效指标记录',
    );
  });
});

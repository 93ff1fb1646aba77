import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ops } from '../index';
import { RULE_MESSAGES, ruleMessage } from '../messages';
import { fieldLabel } from '../fields';
import { CLOSE_OUT_FIELD_LABELS, CLOSE_OUT_MESSAGES } from './close-out';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Every close-out, recovery and period rule key the code can raise, read from the source. */
function rulesInSource(): string[] {
  const root = join(import.meta.dirname, '..', '..');
  const folder = (name: string) =>
    readdirSync(join(root, 'services', name))
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map((f) => join(root, 'services', name, f));
  const files = [
    join(root, 'core', 'close-out.ts'),
    ...folder('close-out'),
    ...folder('periods'),
    join(root, 'services', 'tranches', 'load.ts'),
    join(root, 'services', 'tranches', 'step.ts'),
  ];
  const keys = new Set<string>();
  const pattern = /'((?:closeOut|recovery|period|tranche)\.[\w.]+)'/g;
  for (const f of files) for (const m of readFileSync(f, 'utf8').matchAll(pattern)) keys.add(m[1]!);
  // Op names ('closeOut.close') and the tranche rules the tranche catalogue covers are not ours.
  return [...keys].filter((k) => !(k in ops) && (!k.startsWith('tranche.') || k in CLOSE_OUT_MESSAGES)).sort();
}

describe('close-out messages', () => {
  it.each(Object.entries(CLOSE_OUT_MESSAGES))('%s has the same placeholders in Chinese and English', (_k, m) => {
    expect(placeholders(m.zh)).toEqual(placeholders(m.en));
    expect(m.zh.length * m.en.length).toBeGreaterThan(0);
  });

  it('has a message for every rule the close-out, recovery and period code raises', () => {
    const keys = rulesInSource();
    expect(keys.length).toBeGreaterThan(30);
    expect(keys).toEqual(expect.arrayContaining(['tranche.projectClosed', 'tranche.periodLocked', 'period.unposted']));
    expect(keys.filter((k) => !(k in RULE_MESSAGES))).toEqual([]);
  });

  it('names every kind of pending entry and reads the grade by name', () => {
    expect(ruleMessage('period.pendingKind.tranche', 'zh')).toBe('待确认的拨付');
    expect(
      ruleMessage('closeOut.finalEvaluationPresent', 'en', {
        score: '59.95',
        grade: '@grade.fail',
        date: '2016-12-20',
      }),
    ).toBe('the final evaluation scored 59.95 (fail, 2016-12-20)');
    expect(ruleMessage('closeOut.tranchesUnsettled', 'zh', { count: 2, seqs: '2、3' })).toBe(
      '有 2 期拨付尚未完成（第 2、3 期），须拨付或取消',
    );
  });

  it('labels the fields of the close-out and period ops in their scope', () => {
    for (const key of Object.keys(CLOSE_OUT_FIELD_LABELS))
      expect(key).toMatch(/^((closeOut|periods):\w+|closedDate|amountFen)$/);
    expect(fieldLabel(['voucherNo'], 'zh', 'closeOut')).toBe('收款凭证号');
    expect(fieldLabel(['year'], 'en', 'periods')).toBe('Fiscal year');
    expect(fieldLabel(['closedDate'], 'zh')).toBe('结项日期');
  });
});

import { describe, expect, it } from 'vitest';
import { ops } from './index';
import { entityTypesNamed, LOG_OP_NAMES, logEntityTypeName, logOpName, opsNamed } from './log-names';

describe('operation log names', () => {
  it('names every operation that changes data, in both languages', () => {
    const mutations = Object.entries(ops)
      .filter(([, def]) => def.mutation)
      .map(([op]) => op);
    expect(mutations.length).toBeGreaterThan(40);
    expect(mutations.filter((op) => !LOG_OP_NAMES[op]?.zh || !LOG_OP_NAMES[op]?.en)).toEqual([]);
  });

  it('has no Chinese punctuation in the English names and no Latin words in the Chinese ones', () => {
    for (const [op, n] of Object.entries(LOG_OP_NAMES)) {
      expect(n.en, op).not.toMatch(/[\u3000-\u303f\uff00-\uffef\u4e00-\u9fff]/);
      expect(n.zh, op).not.toMatch(/[A-Za-z]/);
    }
  });

  it('finds ops and object types by a part of their name in either language', () => {
    expect(opsNamed('冲销').sort()).toEqual(['ledger.reverse', 'tranches.reverse']);
    expect(opsNamed('REVERSE').sort()).toEqual(['ledger.reverse', 'tranches.reverse']);
    expect(opsNamed('  ')).toEqual([]);
    expect(entityTypesNamed('台账')).toEqual(['ledger', 'ledgerLine']);
    expect(logOpName('ledger.reverse', 'zh')).toBe('红字冲销');
    expect(logOpName('something.new', 'en')).toBe('something.new');
    expect(logEntityTypeName('ledgerLine', 'en')).toBe('Ledger line');
    expect(logEntityTypeName(null, 'zh')).toBe('—');
  });
});

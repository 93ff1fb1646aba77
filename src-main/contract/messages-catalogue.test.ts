import { describe, expect, it } from 'vitest';
import { RULE_MESSAGE_PARTS, RULE_MESSAGES } from './messages';

describe('the rule-message catalogue', () => {
  it('defines each rule key in one part only, so no message is replaced by another part’s', () => {
    const seen = new Map<string, number>();
    const twice: string[] = [];
    RULE_MESSAGE_PARTS.forEach((part, i) => {
      for (const key of Object.keys(part)) {
        if (seen.has(key)) twice.push(`${key} (parts ${seen.get(key)} and ${i})`);
        else seen.set(key, i);
      }
    });
    expect(twice).toEqual([]);
    expect(Object.keys(RULE_MESSAGES)).toHaveLength(seen.size);
  });
});

import { describe, expect, it } from 'vitest';
import { FIELD_LABEL_PARTS, fieldLabel } from './fields';
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

describe('the field-label catalogue', () => {
  it('gives a field key one label across the parts (an area’s own meaning goes under its scope, e.g. evaluations:…)', () => {
    const seen = new Map<string, number>();
    const twice: string[] = [];
    FIELD_LABEL_PARTS.forEach((part, i) => {
      for (const [key, label] of Object.entries(part)) {
        const first = seen.get(key);
        const before = first === undefined ? undefined : FIELD_LABEL_PARTS[first]![key]!;
        if (before && (before.zh !== label.zh || before.en !== label.en))
          twice.push(`${key} (${before.zh} / ${label.zh}; parts ${first} and ${i})`);
        else if (first === undefined) seen.set(key, i);
      }
    });
    expect(twice).toEqual([]);
  });

  it('labels the expert picker of the application review as 评审专家, an evaluation’s as 评估人员', () => {
    expect(fieldLabel(['evaluatorIds'], 'zh', 'applications.assignExperts')).toBe('评审专家');
    expect(fieldLabel(['evaluatorIds'], 'zh', 'evaluations.create')).toBe('评估人员');
  });
});

import { describe, expect, it } from 'vitest';
import { checkAnswer, checkFinding, checkInspectionDate, checkInspectors, type InspectorFacts } from './inspections';

const evaluator = (userId: number, name = `评估${userId}`): InspectorFacts => ({
  userId,
  name,
  unit: '',
  isEvaluator: true,
});
const expert = (name: string, unit: string): InspectorFacts => ({ userId: null, name, unit, isEvaluator: false });

describe('inspectors', () => {
  it('needs two, evaluators or external experts named with a unit', () => {
    expect(checkInspectors([evaluator(1), expert('张敏', '重庆市社会工作协会')])).toEqual([]);
    expect(checkInspectors([evaluator(1)]).map((v) => v.rule)).toEqual(['inspection.tooFewInspectors']);
    expect(checkInspectors([evaluator(1), expert('张敏', ' ')]).map((v) => v.rule)).toEqual([
      'inspection.expertIncomplete',
    ]);
    expect(checkInspectors([evaluator(1), { ...evaluator(2), isEvaluator: false }]).map((v) => v.rule)).toEqual([
      'inspection.inspectorNotEvaluator',
    ]);
  });
  it('counts nobody twice', () => {
    expect(checkInspectors([evaluator(1), evaluator(1)]).map((v) => v.rule)).toEqual(['inspection.inspectorTwice']);
    expect(checkInspectors([expert('张敏', '协会'), expert(' 张敏', '协会 ')]).map((v) => v.rule)).toEqual([
      'inspection.inspectorTwice',
    ]);
  });
});

describe('answers', () => {
  it('takes 是/否/不适用 for a yes/no item', () => {
    const item = { seq: 1, answerType: 'yes_no' as const, maxScore: null };
    for (const v of ['yes', 'no', 'na']) expect(checkAnswer(item, v)).toEqual([]);
    expect(checkAnswer(item, '是')[0]?.rule).toBe('inspection.answerYesNo');
  });
  it('takes a whole score from 0 to the maximum', () => {
    const item = { seq: 4, answerType: 'score' as const, maxScore: 10 };
    for (const v of ['0', '10', '7']) expect(checkAnswer(item, v)).toEqual([]);
    for (const v of ['11', '-1', '7.5', 'x', ''])
      expect(checkAnswer(item, v), v).toEqual([
        { rule: 'inspection.answerScore', params: { seq: 4, value: v, max: 10 } },
      ]);
  });
  it('takes a decimal for a number item and up to 1000 characters of text', () => {
    const num = { seq: 2, answerType: 'number' as const, maxScore: null };
    expect(checkAnswer(num, '12.5')).toEqual([]);
    expect(checkAnswer(num, '１２')).toEqual([]);
    expect(checkAnswer(num, '十二')[0]?.rule).toBe('inspection.answerNumber');
    const text = { seq: 3, answerType: 'text' as const, maxScore: null };
    expect(checkAnswer(text, '良'.repeat(1000))).toEqual([]);
    expect(checkAnswer(text, '良'.repeat(1001))[0]?.rule).toBe('inspection.answerText');
  });
});

describe('dates and findings', () => {
  it('dates an inspection within the project and not in the future', () => {
    expect(checkInspectionDate('2015-06-20', '2024-05-01', '2015-03-01')).toEqual([]);
    expect(checkInspectionDate('2015-02-30', '2024-05-01', '2015-03-01')[0]?.rule).toBe('inspection.dateInvalid');
    expect(checkInspectionDate('2024-05-02', '2024-05-01', '2015-03-01')[0]?.rule).toBe('inspection.dateInFuture');
    expect(checkInspectionDate('2015-02-28', '2024-05-01', '2015-03-01')[0]?.rule).toBe('inspection.dateBeforePeriod');
  });
  it('sets a deadline after the inspection and names the lines of a disallowance', () => {
    const f = { inspectionDate: '2015-06-20', deadline: '2015-08-31', disallowFen: 0, ledgerLineCount: 0 };
    expect(checkFinding(f)).toEqual([]);
    expect(checkFinding({ ...f, deadline: '2015-06-20' })[0]?.rule).toBe('finding.deadlineBeforeInspection');
    expect(checkFinding({ ...f, disallowFen: 100 })[0]?.rule).toBe('finding.disallowWithoutLines');
    expect(checkFinding({ ...f, disallowFen: 100, ledgerLineCount: 1 })).toEqual([]);
  });
});

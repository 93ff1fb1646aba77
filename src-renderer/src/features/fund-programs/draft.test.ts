import { describe, expect, it } from 'vitest';
import { fundProgramInput, fundProgramUpdateInput, ruleSetTemplate, type FundProgramView } from '@contract';
import { checkSchema } from '../../components/FormErrors/fieldErrors';
import { emptyProgram, programDraft, programInput, rubricSum, ruleSetDraft, trancheSum } from './draft';

const view: FundProgramView = {
  id: 9,
  code: 'CQ-FC-2016',
  name: '2016年市级福彩公益金社会工作服务项目',
  source: 'LOTTERY',
  year: 2016,
  totalAllocationFen: 950_000_000,
  applicationStart: '2016-03-01',
  applicationEnd: '2016-04-15',
  notes: '',
  ruleSet: ruleSetTemplate('LOTTERY'),
  createdAt: '2016-01-04T01:00:00.000Z',
  updatedAt: '2016-01-04T01:00:00.000Z',
};

describe('fund program draft', () => {
  it('round-trips a stored program into a valid update input', () => {
    const input = { id: view.id, ...programInput(programDraft(view)) };
    const r = fundProgramUpdateInput.safeParse(input);
    expect(r.success).toBe(true);
    if (r.success) expect(r.data.ruleSet).toEqual(view.ruleSet);
  });

  it('turns unfilled numbers into missing values, which the schema reports as required', () => {
    const draft = emptyProgram(2025);
    draft.ruleSet = ruleSetDraft(ruleSetTemplate('CENTRAL'));
    draft.ruleSet.classCaps[0]!.capFen = null;
    const input = programInput(draft);
    expect(input.totalAllocationFen).toBeUndefined();
    const r = fundProgramInput.safeParse(input);
    expect(r.success).toBe(false);
    const paths = r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining(['code', 'name', 'source', 'totalAllocationFen', 'ruleSet.classCaps.0.capFen']),
    );
  });

  it('sends a milestone name only where one belongs, and requires it for a milestone condition', () => {
    const draft = programDraft(view);
    const plan = (programInput(draft).ruleSet as { tranchePlan: Record<string, unknown>[] }).tranchePlan;
    expect(plan[0]).toEqual({ percent: 50, condition: 'on_signing' });
    expect(plan[2]).toEqual({ percent: 20, condition: 'milestone_verified', milestoneName: '结项评估' });
    draft.ruleSet.tranchePlan[2]!.milestoneName = '  ';
    const r = fundProgramInput.safeParse(programInput(draft));
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues[0]!.path.join('.')).toBe('ruleSet.tranchePlan.2.milestoneName');
  });

  it('sums tranche percentages, counting blanks as 0', () => {
    expect(trancheSum(ruleSetDraft(ruleSetTemplate('CENTRAL')).tranchePlan)).toBe(100);
    expect(
      trancheSum([
        { percent: 60, condition: 'on_signing', milestoneName: '' },
        { percent: null, condition: 'on_signing', milestoneName: '' },
      ]),
    ).toBe(60);
  });

  it('carries the rubric and review settings, naming a blank maximum and a repeated code', () => {
    const draft = programDraft(view);
    expect(rubricSum(draft.ruleSet.rubric)).toBe(100);
    draft.ruleSet.rubric[1]!.maxPoints = null;
    draft.ruleSet.rubric[2]!.code = draft.ruleSet.rubric[0]!.code;
    draft.ruleSet.noticeMinDays = null;
    expect(rubricSum(draft.ruleSet.rubric)).toBe(80);
    const r = checkSchema(fundProgramInput, programInput(draft), 'zh');
    expect(r.ok).toBe(false);
    expect(r.errors['ruleSet.rubric.1.maxPoints']).toBe('评分项满分：不能为空');
    expect(r.errors['ruleSet.noticeMinDays']).toBe('最短公示天数：不能为空');
    // The duplicate rule runs only once the rubric itself is well-formed.
    draft.ruleSet.rubric[1]!.maxPoints = 20;
    draft.ruleSet.noticeMinDays = 5;
    const r2 = checkSchema(fundProgramInput, programInput(draft), 'zh');
    expect(r2.errors['ruleSet.rubric.2.code']).toMatch(/^评分项编码：评分项编码“DESIGN”重复$/);
  });

  it('reports the central management fee while the rest of a new program is still empty', () => {
    const d = emptyProgram(2025);
    d.source = 'CENTRAL';
    d.ruleSet = ruleSetDraft(ruleSetTemplate('CENTRAL'));
    d.ruleSet.managementFeeCapPercent = 5;
    const r = checkSchema(fundProgramInput, programInput(d), 'zh');
    expect(r.ok).toBe(false);
    expect(r.errors['ruleSet.managementFeeCapPercent']).toBe(
      '管理费上限（%）：中央财政资金不得列支管理费，管理费上限必须为 0',
    );
    expect(r.errors.code).toBe('编号：不能为空');
  });
});

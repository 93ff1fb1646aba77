import { describe, expect, it } from 'vitest';
import { fundProgramInput, fundProgramUpdateInput, ruleSetTemplate, type FundProgramView } from '@contract';
import { emptyProgram, PROGRAM_SAMPLE, programDraft, programInput, ruleSetDraft, trancheSum } from './draft';

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

  it('has a sample that is itself a valid program (the probe relies on it)', () => {
    expect(fundProgramInput.safeParse(PROGRAM_SAMPLE).success).toBe(true);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { caught, messagesOf, openAppsFixture, rulesOf, type AppsFixture } from '../../testing/applications';
import * as svc from './index';
import { lockYear, milestoneProject } from '../../testing/milestones';

let f: AppsFixture;
let p: ReturnType<typeof milestoneProject>;
beforeEach(() => {
  f = openAppsFixture();
  p = milestoneProject(f);
});
afterEach(() => f.close());

const record = (value: string, date = '2015-10-31', user = f.users.evaluator) =>
  svc.record(f.as(user), { indicatorId: p.indicatorId, date, value, note: '' });

describe('indicator readings (indicators.record)', () => {
  it('shows the latest value against the target as 完成值 / 目标值 / 完成率', () => {
    const ctx = f.as(f.users.project);
    const v = svc.record(ctx, { indicatorId: p.indicatorId, date: '2015-06-30', value: '600', note: '上半年' });
    expect(v).toMatchObject({
      target: '1200',
      latest: { date: '2015-06-30', value: '600' },
      rate: '50.00%',
      met: false,
    });
    expect(v.readings).toMatchObject([
      { date: '2015-06-30', value: '600', note: '上半年', by: { id: f.users.project.id } },
    ]);
    expect(ctx.changes).toMatchObject([
      { entityType: 'indicatorReading', before: null, after: { indicatorId: p.indicatorId, value: '600' } },
    ]);
    expect(record('800.5').rate).toBe('66.71%');
    expect(record('1300', '2015-11-08')).toMatchObject({ rate: '108.33%', rateBasisPoints: 10833, met: true });
  });

  it('takes the latest date as achieved, and a later entry of the same date over an earlier one', () => {
    record('900', '2015-10-31');
    // Entered later but dated earlier: history, not the current value.
    expect(record('100', '2015-05-31').latest).toEqual({ date: '2015-10-31', value: '900' });
    const corrected = record('950', '2015-10-31');
    expect(corrected.latest).toEqual({ date: '2015-10-31', value: '950' });
    expect(corrected.readings.map((r) => r.value)).toEqual(['100', '900', '950']);
    expect(svc.list(f.as(f.users.auditor), { applicationId: p.id }).indicators[0]!.latest?.value).toBe('950');
  });

  it('keeps the value exact as entered, full-width digits included', () => {
    expect(record('０.５').latest?.value).toBe('0.5');
    expect(record('12.50').latest?.value).toBe('12.50');
  });

  it('refuses a negative, a non-number, too many decimals and too many digits, naming the value', () => {
    const negative = caught(() => record('-5'));
    expect([negative.field, ...messagesOf(negative)]).toEqual(['value', '完成值 -5 不能为负数']);
    expect(messagesOf(caught(() => record('十二')))).toEqual(['完成值“十二”不是有效数字']);
    expect(messagesOf(caught(() => record('1.1234567')))).toEqual(['完成值“1.1234567”最多 6 位小数']);
    expect(rulesOf(caught(() => record('1234567890123456')))).toEqual(['indicator.valueTooLarge']);
  });

  it('refuses a future date and a date in a locked year', () => {
    const future = caught(() => record('1', '2015-11-09'));
    expect([future.field, ...messagesOf(future)]).toEqual([
      'date',
      '日期 2015-11-09 晚于今天（2015-11-08），不能登记未来日期',
    ]);
    lockYear(f, 2014);
    expect(messagesOf(caught(() => record('1', '2014-12-31')))).toEqual([
      '2014 年度已结账，不能登记日期为 2014-12-31 的完成值',
    ]);
    expect(record('1', '2015-01-02').readings.length).toBe(1);
  });

  it('answers NotFound for an unknown indicator', () => {
    const e = caught(() =>
      svc.record(f.as(f.users.project), { indicatorId: 999, date: '2015-10-31', value: '1', note: '' }),
    );
    expect([e.kind, e.rule, e.field]).toEqual(['NotFound', 'indicator.notFound', 'indicatorId']);
  });
});

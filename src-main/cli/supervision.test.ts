import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { grants, tempDir } from '../testing/cli';

let tmp: ReturnType<typeof tempDir>;
let db: string;
beforeAll(() => {
  tmp = tempDir();
  db = join(tmp.dir, 'grants.db');
  expect(grants(['--db', db, 'init', '--demo']).code).toBe(0);
}, 120_000);
afterAll(() => tmp.cleanup());

const draw = (...args: string[]) => grants(['--db', db, 'supervision', 'draw', ...args]);
/** Each case spawns the real CLI a few times; on a busy 2-core machine that takes seconds per call. */
const pickLines = (stdout: string) => stdout.split('\n').filter((l) => /^ {2}\d+\. /.test(l));

describe('grants supervision draw', () => {
  it('re-runs the sample draw from its seed and says it checks out', () => {
    const r = draw('--verify', 'CC-2016-001');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('随机抽查 CC-2016-001：资金计划 CQ-ZY-2016（2016 年度），抽取 5 个项目');
    expect(r.stdout).toContain('随机种子 20160915-CQ');
    expect(pickLines(r.stdout)).toHaveLength(5);
    expect(r.stdout).toContain('按种子 20160915-CQ 重新抽取：结果一致');
    expect(r.stdout).toContain('操作日志：没有这次抽取的记录');
  }, 90_000);

  it('draws from a seed, logs it, and the same seed draws the same projects and inspectors again', () => {
    const first = draw(
      '--program',
      'CQ-FC-2015',
      '--year',
      '2015',
      '--count',
      '4',
      '--seed',
      'CLI-1',
      '--as',
      'evaluator',
    );
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/随机抽查 CC-\d{4}-001：资金计划 CQ-FC-2015（2015 年度），抽取 4 个项目/);
    expect(first.stdout).toMatch(/；刘洋 于 \d{4}-\d\d-\d\d \d\d:\d\d 抽取/);
    const picks = pickLines(first.stdout);
    expect(picks).toHaveLength(4);
    for (const line of picks) expect(line).toMatch(/渝民发〔2015〕\d+号 .+ 检查人员：\S+、\S+$/);
    const again = draw('--program', 'CQ-FC-2015', '--year', '2015', '--count', '4', '--seed', 'CLI-1', '--as', 'admin');
    expect(again.code).toBe(0);
    expect(pickLines(again.stdout)).toEqual(picks);
    const number = /随机抽查 (CC-\d{4}-002)/.exec(again.stdout)![1]!;
    const verified = grants(['--db', db, '--lang', 'en', 'supervision', 'draw', '--verify', number]);
    expect(verified.code).toBe(0);
    expect(verified.stdout).toContain('re-run from seed CLI-1: the same result');
    expect(verified.stdout).toContain('operation log: the entry made at the draw matches');
  }, 90_000);

  it('refuses what cannot be drawn with exit 1, naming what is missing', () => {
    const many = draw('--program', 'CQ-ZY-2016', '--year', '2016', '--count', '500', '--as', 'evaluator');
    expect(many.code).toBe(1);
    expect(many.stderr).toMatch(/资金计划 CQ-ZY-2016（2016 年度）可抽取的项目只有 \d+ 个，少于抽取数量 500 个/);
    const unknown = draw('--program', 'CQ-XX-1999', '--year', '2015', '--count', '1', '--as', 'evaluator');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('资金计划“CQ-XX-1999”不存在');
    expect(draw('--verify', 'CC-1999-001')).toMatchObject({ code: 1, stderr: expect.stringContaining('CC-1999-001') });
  }, 90_000);

  it('treats a malformed command line as usage (exit 2) and shows the command’s help', () => {
    const noAs = draw('--program', 'CQ-ZY-2016', '--year', '2016', '--count', '1');
    expect(noAs.code).toBe(2);
    expect(noAs.stderr).toContain('evaluator');
    const seed = draw('--program', 'CQ-ZY-2016', '--year', '2016', '--count', '1', '--seed', '种子');
    expect(seed.code).toBe(2);
    expect(seed.stderr).toContain('--seed 只能包含字母、数字');
    expect(seed.stderr).toContain('用法：grants [--db PATH] supervision draw');
    expect(draw('--verify', 'CC-2016-001', '--seed', 'A').code).toBe(2);
    const help = grants(['--lang', 'en', 'supervision', 'draw', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Random inspection draw');
  }, 90_000);
});

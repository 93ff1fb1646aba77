import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from './paths';
import { grants } from '../testing/cli';

const version = (JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

describe('grants help and version', () => {
  it.each([['--version'], ['-v'], ['init', '--version']])('%s prints the package version', (...args) => {
    const r = grants(args);
    expect(r).toEqual({ code: 0, stdout: `grants ${version}\n`, stderr: '' });
  });

  it.each([['--help'], ['-h'], ['help']])('%s prints the overview in Chinese', (...args) => {
    const r = grants(args);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    for (const command of ['init', 'serve', 'amount-words', '--db PATH', '--lang zh|en', '退出码']) {
      expect(r.stdout).toContain(command);
    }
  });

  it('prints the overview in English with --lang en', () => {
    const r = grants(['--lang', 'en', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: grants [global options] <command> [options]');
    expect(r.stdout).toContain('Exit codes: 0 success; 1 data or validation error; 2 usage error');
  });

  it.each([
    ['init', '用法：grants [--db PATH] init [--demo] [--projects N]'],
    ['serve', '用法：grants [--db PATH] serve [--port N] [--host 127.0.0.1]'],
    ['amount-words', '用法：grants amount-words <金额>'],
    ['help', '用法：grants help [命令]'],
  ])('%s --help and help %s print that command’s usage', (command, usage) => {
    for (const args of [
      [command, '--help'],
      [command, '-h'],
      ['help', command],
    ]) {
      const r = grants(args);
      expect(r.code, args.join(' ')).toBe(0);
      expect(r.stdout.split('\n')[0]).toBe(usage);
    }
  });

  it('shows the default database location and honours XDG_DATA_HOME', () => {
    const r = grants(['--help'], { XDG_DATA_HOME: '/srv/xdg' });
    expect(r.stdout).toContain('/srv/xdg/grants/grants.db');
  });
});

describe('usage errors exit 2 with the usage on stderr', () => {
  it.each([
    [[], '请指定命令'],
    [['frobnicate'], '未知命令“frobnicate”'],
    [['help', 'frobnicate'], '未知命令“frobnicate”'],
    [['--bogus'], '未知选项“--bogus”'],
    [['init', '--port', '5'], '未知选项“--port”'],
    [['init', '--demo=yes'], '选项 --demo 不接受值'],
    [['init', 'extra'], '多余的参数“extra”'],
    [['--db'], '选项 --db 需要一个值'],
    [['--db', '--lang', 'en', 'init'], '选项 --db 需要一个值'],
    [['--lang', 'fr', 'init'], '--lang 只能是 zh 或 en，收到“fr”'],
    [['init', '--projects', '5'], '--projects 只能与 --demo 一起使用'],
    [['init', '--demo', '--projects', 'many'], '--projects 应为 1 到 1000000 之间的整数，收到“many”'],
    [['init', '--demo', '--projects', '0'], '--projects 应为 1 到 1000000 之间的整数'],
    [['serve', '--port', '70000'], '--port 应为 0 到 65535 之间的整数'],
    [['serve', '--host', '0.0.0.0'], '不能使用“0.0.0.0”'],
    [['serve', '--host', '192.168.1.5'], '浏览器版只监听本机地址'],
  ])('%j', (args, message) => {
    const r = grants(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toContain(message);
    expect(r.stderr).toMatch(/用法：grants/);
  });

  it.each([
    [['import', 'expenditures', 'x.csv', '--bogus'], '未知选项“--bogus”'],
    [['import', 'expenditures'], '缺少参数 <FILE>'],
    [['import', 'expenditures', 'x.csv', '--as'], '选项 --as 需要一个值'],
  ])('%j prints the usage of import expenditures, not of import applications', (args, message) => {
    const r = grants(args);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toContain(message);
    expect(r.stderr).toContain('用法：grants [--db PATH] import expenditures FILE');
    expect(r.stderr).not.toContain('import applications');
  });

  it('prints the usage of import applications for its own mistakes, and both for import --help', () => {
    const r = grants(['import', 'applications', 'x.csv', '--bogus']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('用法：grants [--db PATH] import applications FILE');
    expect(r.stderr).not.toContain('import expenditures');
    const help = grants(['--lang', 'en', 'import', '--help']).stdout;
    expect(help).toContain('Usage: grants [--db PATH] import applications FILE');
    expect(help).toContain('Usage: grants [--db PATH] import expenditures FILE');
  });

  it('reports usage errors in English with --lang en', () => {
    const r = grants(['--lang', 'en', 'frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('error: unknown command "frobnicate"');
    expect(r.stderr).toContain('Usage: grants [global options] <command> [options]');
  });
});

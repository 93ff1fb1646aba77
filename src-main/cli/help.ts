import type { Locale } from '../contract';
import { defaultDataDir } from '../hosts/data-dir';
import type { CommandContext } from './context';
import { EXIT_OK, UsageError } from './output';

export const DEFAULT_PORT = 4800;

type HelpTopic = 'main' | 'init' | 'serve' | 'amount-words' | 'help';

function mainHelp(locale: Locale): string {
  const dir = defaultDataDir();
  return locale === 'zh'
    ? `grants — 资金项目管理（命令行）

用法：grants [全局选项] <命令> [选项]

命令：
  init [--demo] [--projects N]   创建或升级数据库；--demo 加载示例数据
  serve [--port N] [--host H]    启动浏览器版（只监听本机地址）
  amount-words <金额>            打印金额的人民币大写
  help [命令]                    显示帮助

全局选项：
  --db PATH        数据库文件（默认：环境变量 GRANTS_DB，否则 ${dir}/grants.db）
  --lang zh|en     输出语言（默认 zh）
  -h, --help       显示帮助；“grants <命令> --help”显示该命令的帮助
  -v, --version    显示版本

退出码：0 成功；1 数据或校验错误；2 用法错误`
    : `grants — grant and project-funding management (command line)

Usage: grants [global options] <command> [options]

Commands:
  init [--demo] [--projects N]   create or migrate the database; --demo loads sample data
  serve [--port N] [--host H]    start the browser host (listens on this machine only)
  amount-words <amount>          print the amount in Chinese capital numerals (人民币大写)
  help [command]                 show help

Global options:
  --db PATH        database file (default: $GRANTS_DB, else ${dir}/grants.db)
  --lang zh|en     language of the output (default zh)
  -h, --help       show help; "grants <command> --help" shows help for one command
  -v, --version    show the version

Exit codes: 0 success; 1 data or validation error; 2 usage error`;
}

const TOPICS: Record<Exclude<HelpTopic, 'main'>, Record<Locale, string>> = {
  init: {
    zh: `用法：grants [--db PATH] init [--demo] [--projects N]

创建数据库（不存在时）并执行全部迁移；已是最新时不做改动。
  --demo          加载示例数据：重庆市 38 个区县、2015–2016 年的资金计划、机构，以及各角色的演示账号
                  （含系统管理员）；只能用于空数据库
  --projects N    与 --demo 一起使用：按 N 个项目的规模生成合成数据（用于性能测试）`,
    en: `Usage: grants [--db PATH] init [--demo] [--projects N]

Creates the database if needed and applies all migrations; does nothing when it is up to date.
  --demo          load sample data: Chongqing's 38 districts, fund programs for 2015–2016, organizations
                  and a demo account for each role (administrator included); only into an empty database
  --projects N    with --demo: scale the synthetic data to N projects (for benchmarks)`,
  },
  serve: {
    zh: `用法：grants [--db PATH] serve [--port N] [--host 127.0.0.1]

启动浏览器版：在本机地址上提供界面和接口，并打印访问地址。界面尚未构建时先构建（npx electron-vite build）。
  --port N        端口（默认 ${DEFAULT_PORT}；0 表示自动选择空闲端口）
  --host H        监听地址：127.0.0.1、localhost 或 ::1（默认 127.0.0.1）

按 Ctrl+C 停止。`,
    en: `Usage: grants [--db PATH] serve [--port N] [--host 127.0.0.1]

Starts the browser host: serves the UI and the API on this machine and prints the address. Builds the UI
first (npx electron-vite build) when it has not been built.
  --port N        port (default ${DEFAULT_PORT}; 0 picks a free one)
  --host H        address to listen on: 127.0.0.1, localhost or ::1 (default 127.0.0.1)

Stop it with Ctrl+C.`,
  },
  'amount-words': {
    zh: `用法：grants amount-words <金额>

打印金额的人民币大写，例如：
  grants amount-words 100000001.01   →  人民币壹亿零壹元零壹分
  grants amount-words 1409.50        →  人民币壹仟肆佰零玖元伍角
金额为十进制数，最多两位小数，可带千位分隔符和 ¥，范围 0 至 9,999,999,999,999.99。`,
    en: `Usage: grants amount-words <amount>

Prints the amount in Chinese capital numerals (人民币大写), e.g.
  grants amount-words 100000001.01   →  人民币壹亿零壹元零壹分
  grants amount-words 1409.50        →  人民币壹仟肆佰零玖元伍角
The amount is a decimal number with at most 2 decimals, optionally with thousands separators and ¥,
from 0 to 9,999,999,999,999.99.`,
  },
  help: {
    zh: `用法：grants help [命令]

显示全部命令的帮助，或某一个命令的帮助。`,
    en: `Usage: grants help [command]

Shows help for all commands, or for one command.`,
  },
};

export function isHelpTopic(name: string): name is HelpTopic {
  return name === 'main' || Object.prototype.hasOwnProperty.call(TOPICS, name);
}

export function helpText(topic: HelpTopic, locale: Locale): string {
  return topic === 'main' ? mainHelp(locale) : TOPICS[topic][locale];
}

export function runHelp({ io, locale, positionals }: CommandContext): number {
  const topic = positionals[0] ?? 'main';
  if (!isHelpTopic(topic)) throw new UsageError('usage.unknownCommand', { command: topic });
  io.out(helpText(topic, locale));
  return EXIT_OK;
}

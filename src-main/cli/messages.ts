/** Everything the CLI says, in both languages. Help texts live in help.ts. */
export const CLI_MESSAGES = {
  'usage.unknownCommand': { zh: '未知命令“{command}”', en: 'unknown command "{command}"' },
  'usage.unknownOption': { zh: '未知选项“{option}”', en: 'unknown option "{option}"' },
  'usage.missingValue': { zh: '选项 {option} 需要一个值', en: 'option {option} needs a value' },
  'usage.unexpectedValue': { zh: '选项 {option} 不接受值', en: 'option {option} takes no value' },
  'usage.extraArgument': { zh: '多余的参数“{arg}”', en: 'unexpected argument "{arg}"' },
  'usage.missingArgument': { zh: '缺少参数 <{name}>', en: 'missing argument <{name}>' },
  'usage.missingCommand': { zh: '请指定命令', en: 'no command given' },
  'usage.badLang': { zh: '--lang 只能是 zh 或 en，收到“{value}”', en: '--lang must be zh or en, got "{value}"' },
  'usage.badInteger': {
    zh: '{option} 应为 {min} 到 {max} 之间的整数，收到“{value}”',
    en: '{option} must be a whole number from {min} to {max}, got "{value}"',
  },
  'usage.projectsWithoutDemo': {
    zh: '--projects 只能与 --demo 一起使用',
    en: '--projects can only be used together with --demo',
  },
  'usage.hostNotLoopback': {
    zh: '浏览器版只监听本机地址（127.0.0.1、localhost 或 ::1），不能使用“{host}”',
    en: 'the browser host listens on this machine only (127.0.0.1, localhost or ::1), not on "{host}"',
  },
  'error.prefix': { zh: '错误：{message}', en: 'error: {message}' },
  'amount.invalid': {
    zh: '金额“{text}”无效：{message}（规则 {rule}）',
    en: 'invalid amount "{text}": {message} (rule {rule})',
  },
  'init.ready': {
    zh: '数据库已就绪：{path}（结构版本 {version}）',
    en: 'database ready: {path} (schema version {version})',
  },
  'init.demoLoaded': {
    zh: '已加载示例数据：{fundPrograms} 个资金计划，{organizations} 个机构，{users} 个演示账号：',
    en: 'sample data loaded: {fundPrograms} fund programs, {organizations} organizations, {users} demo accounts:',
  },
  'init.demoNotEmpty': {
    zh: '数据库“{path}”中已有数据，不能加载示例数据（--demo 只能用于新数据库）',
    en: 'the database "{path}" already has data; sample data cannot be loaded (--demo needs a new database)',
  },
  'init.accountHeader': {
    zh: '  用户名     密码       角色',
    en: '  user name  password   roles',
  },
  'serve.building': {
    zh: '尚未构建界面（{dir} 中没有 index.html），正在运行 npx electron-vite build …',
    en: 'the renderer is not built ({dir} has no index.html); running npx electron-vite build …',
  },
  'serve.buildFailed': {
    zh: '界面构建失败（退出码 {code}），请查看上面的输出',
    en: 'building the renderer failed (exit code {code}); see the output above',
  },
  'serve.noRenderer': {
    zh: '界面目录 {dir} 中没有 index.html（GRANTS_RENDERER_DIR）',
    en: 'the renderer folder {dir} has no index.html (GRANTS_RENDERER_DIR)',
  },
  'serve.portInUse': {
    zh: '端口 {port} 已被占用，请换一个端口（--port）',
    en: 'port {port} is in use; pick another with --port',
  },
  'serve.stopped': { zh: '已停止', en: 'stopped' },
  'db.dirFailed': {
    zh: '无法创建数据目录“{dir}”：{reason}',
    en: 'cannot create the data folder "{dir}": {reason}',
  },
} as const satisfies Record<string, { zh: string; en: string }>;

export type CliMessageKey = keyof typeof CLI_MESSAGES;

/** What `grants supervision draw` says, in both languages; merged into CLI_MESSAGES. */
export const DRAW_CLI_MESSAGES = {
  'usage.supervisionAction': {
    zh: '未知的子命令“{action}”：请用 grants supervision draw',
    en: 'unknown subcommand "{action}": use grants supervision draw',
  },
  'usage.drawOptionsRequired': {
    zh: '请用 --program 资金计划编号 --year 年度 --count 数量 指定抽取范围，或用 --verify 抽查编号 复核',
    en: 'give --program CODE --year YEAR --count N for a draw, or --verify DRAW to check one',
  },
  'usage.drawVerifyAlone': {
    zh: '--verify 不能与 --program、--year、--count、--seed 一起使用',
    en: '--verify cannot be combined with --program, --year, --count or --seed',
  },
  'usage.drawSeed': {
    zh: '--seed 只能包含字母、数字和 - _ .，最多 64 个字符，收到“{value}”',
    en: '--seed may contain only letters, digits and - _ . (at most 64 characters), got "{value}"',
  },
  'draw.notFound': { zh: '没有抽查编号为“{id}”的随机抽查', en: 'there is no draw "{id}"' },
  'draw.header': {
    zh: '随机抽查 {number}：资金计划 {code}（{year} 年度），抽取 {count} 个项目',
    en: 'draw {number}: fund program {code} ({year}), {count} projects',
  },
  'draw.meta': {
    zh: '随机种子 {seed}（算法 {algorithm}）；候选项目 {candidates} 个，评估检查人员 {pool} 人；{by} 于 {at} 抽取',
    en: 'seed {seed} (algorithm {algorithm}); {candidates} candidate projects, {pool} evaluators; drawn by {by} at {at}',
  },
  'draw.pick': {
    zh: '  {seq}. {agreement} {project}（{organization}） 检查人员：{first}、{second}',
    en: '  {seq}. {agreement} {project} ({organization}) inspectors: {first}, {second}',
  },
  'draw.exclusionsHeader': { zh: '利益冲突回避：', en: 'Kept away for conflicts of interest:' },
  'draw.exclusion': {
    zh: '  {inspector} — {organization}：{why}{reason}',
    en: '  {inspector} — {organization}: {why}{reason}',
  },
  'draw.unstaffableHeader': {
    zh: '因利益冲突派不出 2 名检查人员、未参加抽取的项目：',
    en: 'Projects left out because conflicts leave fewer than 2 inspectors:',
  },
  'draw.unstaffable': {
    zh: '  {agreement} {project}（{organization}）',
    en: '  {agreement} {project} ({organization})',
  },
  'draw.verifyHint': {
    zh: '任何人都可以按种子重新抽取核对：grants supervision draw --verify {number}',
    en: 'anyone can re-run it from its seed to check: grants supervision draw --verify {number}',
  },
  'draw.verifySame': { zh: '按种子 {seed} 重新抽取：结果一致', en: 're-run from seed {seed}: the same result' },
  'draw.verifyDifferent': {
    zh: '按种子 {seed} 重新抽取：结果不一致，重新抽取的结果是：',
    en: 're-run from seed {seed}: a different result, namely:',
  },
  'draw.logMatches': { zh: '操作日志：抽取时的记录与之相符', en: 'operation log: the entry made at the draw matches' },
  'draw.logAbsent': {
    zh: '操作日志：没有这次抽取的记录（grants init --demo 的示例数据直接写入数据库，不经操作日志；其他抽取都有记录）',
    en: 'operation log: no entry for this draw (the sample data of grants init --demo is written directly; every other draw has one)',
  },
  'draw.logDiffers': {
    zh: '操作日志：抽取时记录的种子、输入或结果与现存记录不符',
    en: 'operation log: the seed, inputs or result recorded at the draw differ from the stored draw',
  },
  'draw.inconsistent': {
    zh: '随机抽查 {number} 复核不一致',
    en: 'draw {number} does not check out',
  },
} as const satisfies Record<string, { zh: string; en: string }>;

import type { Catalogue } from '../messages';

/** Rule messages for 随机抽查 draws (core/supervision-draw.ts, services/draws); merged into RULE_MESSAGES. */
export const DRAWS_MESSAGES: Catalogue = {
  'draw.programNotFound': { zh: '资金计划“{code}”不存在', en: 'there is no fund program "{code}"' },
  'draw.yearMismatch': {
    zh: '资金计划 {code} 是 {programYear} 年度的，不是 {year} 年度',
    en: 'fund program {code} belongs to {programYear}, not {year}',
  },
  'draw.countInvalid': { zh: '抽取数量至少为 1 个项目（当前为 {count}）', en: 'draw at least 1 project (not {count})' },
  'draw.poolTooSmall': {
    zh: '评估检查人员库只有 {pool} 名在用的评估检查人员，每个项目需要 {needed} 名检查人员',
    en: 'the evaluator pool has only {pool} active evaluators; each project needs {needed} inspectors',
  },
  'draw.tooFewCandidates': {
    zh: '资金计划 {code}（{year} 年度）可抽取的项目只有 {staffable} 个，少于抽取数量 {count} 个（在执行的项目共 {candidates} 个，其中 {unstaffable} 个因利益冲突派不出 2 名检查人员）',
    en: 'fund program {code} ({year}) has only {staffable} projects that can be drawn, fewer than the {count} asked for ({candidates} projects in execution, {unstaffable} of them without 2 inspectors free of conflicts)',
  },
  'draw.notFound': { zh: '抽查记录不存在（{id}）', en: 'draw {id} does not exist' },
  'draw.seedFormat': {
    zh: '只能包含字母、数字和 - _ .，最多 64 个字符',
    en: 'may contain only letters, digits and - _ . (at most 64 characters)',
  },
};

export const DRAW_FIELD_LABELS: Catalogue = {
  'draws:programCode': { zh: '资金计划编号', en: 'Fund program code' },
  'draws:year': { zh: '年度', en: 'Year' },
  'draws:count': { zh: '抽取项目数', en: 'Projects to draw' },
  'draws:seed': { zh: '随机种子', en: 'Seed' },
  'draws:id': { zh: '抽查记录', en: 'Draw' },
};

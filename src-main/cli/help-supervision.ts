import type { Locale } from '../contract';

const DRAW: Record<Locale, string> = {
  zh: `用法：grants [--db PATH] supervision draw --program 资金计划编号 --year 年度 --count 数量 [--seed 种子] [--as 用户名]
      grants [--db PATH] supervision draw --verify 抽查编号

随机抽查（双随机）：从资金计划该年度在执行的项目（已立项、有协议、未结项）中随机抽取若干个，并为每个项目从
在用的评估检查人员中随机选派 2 名检查人员。与项目所属机构有利益冲突的人员回避：在专家评审中对该机构声明过
利益冲突的，以及是该机构联系人或法定代表人的（按姓名）。抽取用带种子的随机数生成器：种子、当时的候选项目、
人员库、回避关系和结果都保存下来，并写入操作日志。
  --program 编号  资金计划编号，例如 CQ-ZY-2016
  --year 年度     资金计划的年度（须与资金计划一致）
  --count N       抽取的项目数（1–500）
  --seed 种子     随机种子（字母、数字和 - _ .，最多 64 个字符）；不给时自动生成并打印
  --as 用户名     以谁的名义抽取（评估检查或系统管理员；只有一个可用账号时可省略）
  --verify 编号   按保存的种子和输入重新抽取，与保存的结果及操作日志核对（抽查编号如 CC-2026-001）；
                  一致时退出码 0，不一致时退出码 1

项目或人员不足时拒绝并说明缺什么。`,
  en: `Usage: grants [--db PATH] supervision draw --program CODE --year YEAR --count N [--seed SEED] [--as USERNAME]
       grants [--db PATH] supervision draw --verify DRAW

Random inspection draw (双随机): draws projects at random from those of the fund program's year in execution
(approved, with an agreement, not closed) and, for each, 2 inspectors at random from the active evaluators.
Anyone with a conflict with the project's organization is kept away: whoever declared a conflict with it in
an expert review, and its contact person or legal representative (by name). The draw uses a seeded generator;
the seed, the candidates, the pool, the exclusions and the result are kept and written to the operation log.
  --program CODE  fund program code, e.g. CQ-ZY-2016
  --year YEAR     the program's year (must match the program)
  --count N       projects to draw (1–500)
  --seed SEED     the seed (letters, digits and - _ ., at most 64 characters); made up and printed if absent
  --as USERNAME   whom the draw is made by (an evaluator or administrator; may be left out when only one
                  account may draw)
  --verify DRAW   re-run a stored draw from its seed and inputs and compare with the stored result and the
                  operation log (a draw number like CC-2026-001); exits 0 when it checks out, 1 otherwise

Too few projects or inspectors: refused, saying what is missing.`,
};

/** Help for `grants supervision`; merged into help.ts's topics. */
export const SUPERVISION_TOPICS: Record<'supervision' | 'supervision draw', Record<Locale, string>> = {
  supervision: DRAW,
  'supervision draw': DRAW,
};

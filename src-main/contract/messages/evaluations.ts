import type { Catalogue } from '../messages';

/**
 * Rule messages for indicator systems and evaluations (评估); merged into RULE_MESSAGES. Keys follow
 * core/evaluation-*.ts and services/evaluations. Enum values arrive as '@group.value'.
 */
export const EVALUATIONS_MESSAGES: Catalogue = {
  'evaluation.notFound': { zh: '评估不存在（ID {id}）', en: 'evaluation {id} does not exist' },
  'evaluation.notApproved': {
    zh: '申报项目当前状态为“{state}”，立项后才能评估',
    en: 'the application is "{state}"; only an approved project can be evaluated',
  },
  'evaluation.projectClosed': {
    zh: '项目 {project} 已结项，不能再评估',
    en: 'project {project} is closed; it can no longer be evaluated',
  },
  'evaluation.notSigned': {
    zh: '项目 {project} 的协议尚未签订，不能评估',
    en: 'the agreement of project {project} is not signed yet; it cannot be evaluated',
  },
  'evaluation.dateOutsidePeriod': {
    zh: '评估日期 {date} 应在项目开始日期 {start} 之后，且不晚于今天（{today}）',
    en: 'the evaluation date {date} must be after the project start {start} and not after today ({today})',
  },
  'evaluation.openExists': {
    zh: '项目已有一项进行中的{kind}（{date}），请先完成它',
    en: 'the project already has an open {kind} ({date}); finish it first',
  },
  'evaluation.finalExists': {
    zh: '项目已于 {date} 完成结项评估，不能再评估',
    en: 'the project had its final evaluation on {date}; it cannot be evaluated again',
  },
  'evaluation.notEvaluator': {
    zh: '“{name}”不是启用的评估检查人员',
    en: '"{name}" is not an active evaluator',
  },
  'evaluation.evaluatorRepeated': { zh: '评估人员“{name}”重复', en: 'evaluator "{name}" is listed twice' },
  'evaluation.evaluatorConflicted': {
    zh: '“{name}”已声明与“{organization}”存在利益冲突，不能参与评估',
    en: '"{name}" declared a conflict of interest with "{organization}" and cannot evaluate it',
  },
  'evaluation.notAssigned': {
    zh: '您不是该评估的评估人员',
    en: 'you are not an evaluator of this evaluation',
  },
  'evaluation.alreadyDeclared': {
    zh: '已声明过（{declaration}），不能重复声明',
    en: 'you already declared ({declaration})',
  },
  'evaluation.declareFirst': {
    zh: '请先声明与该项目无利益冲突，再打分',
    en: 'declare that you have no conflict of interest before scoring',
  },
  'evaluation.conflictDeclared': {
    zh: '您已声明与该项目存在利益冲突，不能打分',
    en: 'you declared a conflict of interest with this project and cannot score it',
  },
  'evaluation.finalized': {
    zh: '该评估已于 {date} 完成（{score} 分，{grade}），不能再修改',
    en: 'the evaluation was finalized on {date} ({score}, {grade}) and cannot change',
  },
  'evaluation.notEnoughScored': {
    zh: '至少需要 {min} 名评估人员打分，当前 {scored} 名',
    en: 'at least {min} evaluators must score; {scored} have',
  },
  'evaluation.evaluatorsPending': {
    zh: '尚有评估人员未打分：{names}',
    en: 'evaluators still to score: {names}',
  },
  'evaluation.unknownIndicator': {
    zh: '指标“{code}”不在本评估的指标体系中',
    en: 'indicator "{code}" is not in this system',
  },
  'evaluation.indicatorRepeated': { zh: '指标“{indicator}”打了两次分', en: 'indicator "{indicator}" is scored twice' },
  'evaluation.indicatorUnscored': { zh: '指标“{indicator}”未打分', en: 'indicator "{indicator}" has no score' },
  'evaluation.pointsInvalid': {
    zh: '指标“{indicator}”的得分“{points}”应为 0–{max} 的数，最多两位小数',
    en: 'the score "{points}" of "{indicator}" must be a number 0–{max} with at most 2 decimals',
  },
  'evaluation.pointsAboveMax': {
    zh: '指标“{indicator}”的得分 {points} 超过分值 {max}',
    en: 'the score {points} of "{indicator}" is above its maximum of {max}',
  },
  'evaluation.indicatorsEmpty': { zh: '指标体系至少要有一项指标', en: 'the system needs at least one indicator' },
  'evaluation.weightsTopSum': {
    zh: '一级指标的权重之和应为 100，当前为 {sum}',
    en: 'the first-level weights must sum to 100; they sum to {sum}',
  },
  'evaluation.weightsChildSum': {
    zh: '“{parent}”的下级指标权重之和应为 100，当前为 {sum}',
    en: 'the weights under "{parent}" must sum to 100; they sum to {sum}',
  },
  'evaluation.indicatorCodeRepeated': { zh: '指标编号“{code}”重复', en: 'indicator code "{code}" is repeated' },
  'evaluation.indicatorNameMissing': { zh: '指标“{code}”没有名称', en: 'indicator "{code}" has no name' },
  'evaluation.weightRange': {
    zh: '指标“{indicator}”的权重 {weight} 应为 1–100 的整数',
    en: 'the weight {weight} of "{indicator}" must be a whole number 1–100',
  },
  'evaluation.indicatorsTooDeep': {
    zh: '指标“{indicator}”下的层级超过 {max} 级',
    en: 'indicators under "{indicator}" go deeper than {max} levels',
  },
  'evaluation.thresholdInvalid': {
    zh: '“{grade}”的分数线“{value}”应为 0–100 的数，最多两位小数',
    en: 'the threshold "{value}" for "{grade}" must be a number 0–100 with at most 2 decimals',
  },
  'evaluation.thresholdOrder': {
    zh: '分数线应为 优秀 > 良好 > 合格，当前为 {excellent}、{good}、{pass}',
    en: 'thresholds must be excellent > good > pass; they are {excellent}, {good}, {pass}',
  },
  'evaluation.programNotFound': { zh: '资金计划不存在（ID {id}）', en: 'fund program {id} does not exist' },
};

export const EVALUATION_VALUE_LABELS: Catalogue = {
  'evaluationKind.midterm': { zh: '中期评估', en: 'mid-term evaluation' },
  'evaluationKind.final': { zh: '结项评估', en: 'final evaluation' },
  'evaluationState.open': { zh: '评分中', en: 'scoring' },
  'evaluationState.finalized': { zh: '已完成', en: 'finalized' },
};

/** Field labels of the evaluation ops (scopes 'indicatorSystems' and 'evaluations'). */
export const EVALUATION_FIELD_LABELS: Catalogue = {
  'indicatorSystems:indicators': { zh: '评估指标', en: 'Indicators' },
  'indicatorSystems:indicators.code': { zh: '指标编号', en: 'Indicator code' },
  'indicatorSystems:indicators.name': { zh: '指标名称', en: 'Indicator name' },
  'indicatorSystems:indicators.weight': { zh: '权重', en: 'Weight' },
  'indicatorSystems:indicators.children': { zh: '下级指标', en: 'Sub-indicators' },
  'indicatorSystems:thresholds': { zh: '等级分数线', en: 'Grade thresholds' },
  'indicatorSystems:thresholds.excellent': { zh: '优秀分数线', en: 'Excellent from' },
  'indicatorSystems:thresholds.good': { zh: '良好分数线', en: 'Good from' },
  'indicatorSystems:thresholds.pass': { zh: '合格分数线', en: 'Pass from' },
  evaluationId: { zh: '评估', en: 'Evaluation' },
  'evaluations:kind': { zh: '评估类型', en: 'Evaluation kind' },
  'evaluations:date': { zh: '评估日期', en: 'Evaluation date' },
  'evaluations:evaluatorIds': { zh: '评估人员', en: 'Evaluators' },
  'evaluations:scores': { zh: '指标得分', en: 'Scores' },
  'evaluations:scores.points': { zh: '得分', en: 'Points' },
  'evaluations:scores.code': { zh: '指标', en: 'Indicator' },
  'evaluations:comment': { zh: '评估意见', en: 'Comments' },
  'evaluations:hasConflict': { zh: '利益冲突声明', en: 'Conflict of interest' },
  'evaluations:reason': { zh: '利益冲突情况说明', en: 'Conflict explanation' },
};

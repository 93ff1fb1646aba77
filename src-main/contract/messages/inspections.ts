import type { Catalogue } from '../messages';

/**
 * Rule messages, field labels and value names for inspections (监督检查), findings and rectification (整改);
 * merged into RULE_MESSAGES, the field labels and VALUE_LABELS. Keys follow core/inspections.ts,
 * core/rectification.ts and services/inspections.
 */
export const INSPECTIONS_MESSAGES: Catalogue = {
  'checklist.notFound': { zh: '检查模板不存在（ID {id}）', en: 'checklist template {id} does not exist' },
  'checklist.versionNotFound': {
    zh: '检查模板“{name}”没有第 {version} 版',
    en: 'checklist "{name}" has no version {version}',
  },
  'checklist.codeTaken': { zh: '检查模板编号“{code}”已存在', en: 'checklist code "{code}" already exists' },
  'checklist.codeChanged': {
    zh: '检查模板编号“{code}”不能修改',
    en: 'the checklist code "{code}" cannot change',
  },
  'checklist.maxScore': {
    zh: '第 {seq} 项：评分题必须填写满分，其他题型不填',
    en: 'item {seq}: a score item needs a maximum, other items have none',
  },
  'checklist.findingOnlyYesNo': {
    zh: '第 {seq} 项：只有“是/否”题可以设置“答否时的问题”',
    en: 'item {seq}: only a yes/no item can name a finding for a no answer',
  },
  'checklist.findingIncomplete': {
    zh: '第 {seq} 项：“答否时的问题”与建议严重程度须同时填写',
    en: 'item {seq}: the finding for a no answer and its suggested severity go together',
  },
  'inspection.notFound': { zh: '检查记录不存在（ID {id}）', en: 'inspection {id} does not exist' },
  'inspection.notApproved': {
    zh: '申报项目当前状态为“{state}”，立项后才能检查',
    en: 'the application is "{state}"; only an approved project is inspected',
  },
  'inspection.projectClosed': {
    zh: '项目 {project} 已结项，不能再登记检查',
    en: 'project {project} is closed; no inspection can be recorded',
  },
  'inspection.signedOff': {
    zh: '检查已于 {date} 签字确认，不能修改；如需更正请添加补充说明',
    en: 'the inspection was signed off on {date} and is read-only; add an addendum to correct it',
  },
  'inspection.notSignedOff': {
    zh: '检查尚未签字确认，请直接修改检查记录',
    en: 'the inspection is not signed off yet; edit it directly',
  },
  'inspection.notInspector': {
    zh: '{user}不是本次检查的检查人员',
    en: '{user} is not one of the inspectors',
  },
  'inspection.tooFewInspectors': {
    zh: '检查人员至少 {min} 名，当前 {count} 名',
    en: 'at least {min} inspectors are needed, there are {count}',
  },
  'inspection.inspectorNotEvaluator': {
    zh: '{name}不是评估检查人员，不能担任检查人员',
    en: '{name} does not hold the evaluator role and cannot inspect',
  },
  'inspection.inspectorUnknown': { zh: '用户不存在（ID {id}）', en: 'user {id} does not exist' },
  'inspection.expertIncomplete': {
    zh: '外部专家“{name}”须填写姓名和单位',
    en: 'external expert "{name}" needs a name and a unit',
  },
  'inspection.inspectorTwice': { zh: '检查人员“{name}”重复', en: 'inspector "{name}" is named twice' },
  'inspection.dateInvalid': { zh: '日期 {date} 不是有效日期', en: '{date} is not a valid date' },
  'inspection.dateInFuture': {
    zh: '检查日期 {date} 晚于今天（{today}）',
    en: 'the inspection date {date} is after today ({today})',
  },
  'inspection.dateBeforePeriod': {
    zh: '检查日期 {date} 早于项目开始日期 {start}',
    en: 'the inspection date {date} is before the project started ({start})',
  },
  'inspection.itemNotInChecklist': {
    zh: '检查项（ID {id}）不属于本次检查所用的模板版本',
    en: "item {id} is not on this inspection's checklist version",
  },
  'inspection.answerYesNo': {
    zh: '第 {seq} 项应回答“是”“否”或“不适用”',
    en: 'item {seq} takes yes, no or not applicable',
  },
  'inspection.answerScore': {
    zh: '第 {seq} 项应为 0 至 {max} 的整数分',
    en: 'item {seq} takes a whole score from 0 to {max}',
  },
  'inspection.answerNumber': { zh: '第 {seq} 项应为数字', en: 'item {seq} takes a number' },
  'inspection.answerText': { zh: '第 {seq} 项不能超过 1000 个字符', en: 'item {seq} takes at most 1000 characters' },
  'inspection.alreadySigned': {
    zh: '{name}已于 {at} 签字',
    en: '{name} signed on {at} already',
  },
  'inspection.notExpert': {
    zh: '第 {seq} 名检查人员不是外部专家；检查人员本人签字',
    en: 'inspector {seq} is not an external expert; inspectors with an account sign themselves',
  },
  'inspection.inspectorSeqUnknown': {
    zh: '本次检查没有第 {seq} 名检查人员',
    en: 'the inspection has no inspector {seq}',
  },
  'inspection.unanswered': {
    zh: '还有 {count} 个检查项未回答（第 {seqs} 项）',
    en: '{count} items are not answered yet (items {seqs})',
  },
  'inspection.attachmentNotFound': { zh: '附件不存在（ID {id}）', en: 'attachment {id} does not exist' },
  'inspection.attachmentOtherProject': {
    zh: '附件“{fileName}”不属于本项目',
    en: 'attachment "{fileName}" belongs to another project',
  },
  'inspection.attachedTwice': { zh: '附件“{fileName}”已添加', en: 'attachment "{fileName}" is already attached' },
  'inspection.addendumBeforeSignOff': {
    zh: '补充说明日期 {date} 早于签字确认日期 {signed}',
    en: 'the addendum date {date} is before the sign-off ({signed})',
  },
  'finding.notFound': { zh: '检查问题不存在（ID {id}）', en: 'finding {id} does not exist' },
  'finding.deadlineInvalid': { zh: '整改期限 {date} 不是有效日期', en: 'the deadline {date} is not a valid date' },
  'finding.deadlineBeforeInspection': {
    zh: '整改期限 {date} 应晚于检查日期 {inspected}',
    en: 'the deadline {date} must come after the inspection ({inspected})',
  },
  'finding.disallowWithoutLines': {
    zh: '核减金额须注明涉及的台账凭证号',
    en: 'a disallowance names the ledger lines (voucher numbers) it concerns',
  },
  'finding.voucherUnknown': {
    zh: '本项目台账中没有凭证号 {voucherNo}',
    en: 'the project ledger has no voucher {voucherNo}',
  },
  'finding.disallowOverLines': {
    zh: '核减金额 {amount} 元超过所涉凭证的财政资金合计 {lines} 元',
    en: 'the disallowance of {amount} yuan exceeds the grant spending of the lines named ({lines} yuan)',
  },
  'finding.noDisallowance': {
    zh: '检查问题“{ref}”没有核减金额',
    en: 'finding "{ref}" disallows nothing',
  },
  'finding.alreadyConfirmed': {
    zh: '检查问题“{ref}”的核减已于 {date} 确认',
    en: 'the disallowance of finding "{ref}" was confirmed on {date}',
  },
  'finding.notSignedOff': {
    zh: '检查尚未签字确认，核减不能确认',
    en: 'the inspection is not signed off; its disallowance cannot be confirmed yet',
  },
  'rectification.notFound': { zh: '整改事项不存在（ID {id}）', en: 'rectification {id} does not exist' },
  'rectification.wrongState': {
    zh: '整改事项 {ref} 当前为“{itemState}”，不能执行此操作',
    en: 'rectification {ref} is "{itemState}"; this is not possible now',
  },
  'rectification.verifierRecorded': {
    zh: '{user}登记了整改事项 {ref} 的整改材料，不能同时验证（不相容职务分离）',
    en: '{user} recorded evidence for rectification {ref} and cannot also verify it (separation of duties)',
  },
  'rectification.verifierInspected': {
    zh: '{user}是提出整改事项 {ref} 的检查人员，不能验证其整改（不相容职务分离）',
    en: '{user} inspected and raised rectification {ref} and cannot verify its fix (separation of duties)',
  },
  'rectification.verifierIsContact': {
    zh: '{user}是整改单位的联系人或整改责任人，不能验证整改事项 {ref}',
    en: "{user} is the organization's contact or the person responsible and cannot verify rectification {ref}",
  },
  'rectification.projectClosed': {
    zh: '项目 {project} 已结项，整改事项不能再变更',
    en: 'project {project} is closed; its rectifications can no longer change',
  },
  'rectification.evidenceNotFound': {
    zh: '整改材料附件不存在（ID {id}）',
    en: 'evidence attachment {id} does not exist',
  },
  'rectification.evidenceOtherProject': {
    zh: '附件“{fileName}”不属于本项目，不能作为整改材料',
    en: 'attachment "{fileName}" belongs to another project and cannot be evidence',
  },
};

export const INSPECTION_FIELD_LABELS: Catalogue = {
  inspectionId: { zh: '检查记录', en: 'Inspection' },
  templateId: { zh: '检查模板', en: 'Checklist' },
  'checklists:version': { zh: '模板版本', en: 'Checklist version' },
  'checklists:code': { zh: '模板编号', en: 'Checklist code' },
  'checklists:name': { zh: '模板名称', en: 'Checklist name' },
  'checklists:items': { zh: '检查项', en: 'Items' },
  'items.section': { zh: '分类', en: 'Section' },
  'items.text': { zh: '检查内容', en: 'Item' },
  answerType: { zh: '答题方式', en: 'Answer type' },
  maxScore: { zh: '满分', en: 'Maximum score' },
  findingText: { zh: '答否时的问题', en: 'Finding if no' },
  findingSeverity: { zh: '建议严重程度', en: 'Suggested severity' },
  'inspections:kind': { zh: '检查类型', en: 'Inspection kind' },
  'inspections:date': { zh: '检查日期', en: 'Inspection date' },
  place: { zh: '检查地点', en: 'Place' },
  inspectors: { zh: '检查人员', en: 'Inspectors' },
  'inspectors.userId': { zh: '检查人员', en: 'Inspector' },
  'inspectors.name': { zh: '专家姓名', en: 'Expert name' },
  'inspectors.unit': { zh: '专家单位', en: 'Expert unit' },
  'inspections:notes': { zh: '检查情况说明', en: 'Notes' },
  answers: { zh: '检查项答案', en: 'Answers' },
  'answers.itemId': { zh: '检查项', en: 'Item' },
  'answers.value': { zh: '答案', en: 'Answer' },
  'answers.note': { zh: '说明', en: 'Note' },
  itemId: { zh: '检查项', en: 'Item' },
  severity: { zh: '严重程度', en: 'Severity' },
  description: { zh: '问题描述', en: 'Finding' },
  requirement: { zh: '整改要求', en: 'Requirement' },
  responsiblePerson: { zh: '整改责任人', en: 'Person responsible' },
  deadline: { zh: '整改期限', en: 'Deadline' },
  disallowFen: { zh: '核减金额', en: 'Amount disallowed' },
  voucherNos: { zh: '涉及凭证号', en: 'Voucher numbers' },
  findingId: { zh: '检查问题', en: 'Finding' },
  'inspections:text': { zh: '补充说明', en: 'Addendum' },
  'findings:voucherNo': { zh: '收回凭证号', en: 'Recovery voucher number' },
  'findings:date': { zh: '收回日期', en: 'Recovery date' },
  rectificationId: { zh: '整改事项', en: 'Rectification' },
  'rectifications:note': { zh: '整改说明', en: 'Note' },
  attachmentIds: { zh: '整改材料', en: 'Evidence' },
  inspectorSeq: { zh: '检查人员', en: 'Inspector' },
  'supervision:year': { zh: '年度', en: 'Year' },
  signatures: { zh: '签字', en: 'Signatures' },
  takenOn: { zh: '拍摄日期', en: 'Taken on' },
};

export const INSPECTION_VALUE_LABELS: Catalogue = {
  'severity.minor': { zh: '一般', en: 'minor' },
  'severity.major': { zh: '较重', en: 'major' },
  'severity.severe': { zh: '严重', en: 'severe' },
  'inspectionKind.field': { zh: '实地检查', en: 'site inspection' },
  'inspectionKind.special': { zh: '专项检查', en: 'special inspection' },
  'inspectionKind.finance': { zh: '财务检查', en: 'financial inspection' },
  'inspectionKind.random': { zh: '随机抽查', en: 'random inspection' },
  'rectificationState.open': { zh: '待整改', en: 'open' },
  'rectificationState.submitted': { zh: '待验证', en: 'awaiting verification' },
  'rectificationState.verified': { zh: '已验证', en: 'verified' },
  'rectificationState.reopened': { zh: '退回重新整改', en: 'reopened' },
};

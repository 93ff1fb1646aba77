import type { Catalogue } from '../messages';

/**
 * Rule messages for milestones (里程碑), indicator readings (绩效指标完成值) and attachments (附件); merged into
 * RULE_MESSAGES. Keys follow core/milestones.ts and services/milestones, services/attachments.
 */
export const MILESTONES_MESSAGES: Catalogue = {
  'milestone.notFound': { zh: '里程碑不存在（ID {id}）', en: 'milestone {id} does not exist' },
  'milestone.notApproved': {
    zh: '申报项目当前状态为“{state}”，立项后才有里程碑和绩效指标记录',
    en: 'the application is "{state}"; milestones and indicator readings exist only once it is approved',
  },
  'milestone.projectClosed': {
    zh: '项目 {project} 已结项，不能再修改里程碑',
    en: 'project {project} is closed; its milestones can no longer change',
  },
  'milestone.nameTaken': {
    zh: '本项目已有名为“{milestone}”的里程碑',
    en: 'the project already has a milestone named "{milestone}"',
  },
  'milestone.plannedOutsidePeriod': {
    zh: '计划完成日期 {date} 不在项目执行期 {start} 至 {end} 内',
    en: 'the planned date {date} is outside the project period {start} to {end}',
  },
  'milestone.alreadyCompleted': {
    zh: '里程碑“{milestone}”已于 {date} 完成，不能重复登记',
    en: 'milestone "{milestone}" was already completed on {date}',
  },
  'milestone.dateInvalid': { zh: '日期 {date} 不是有效日期', en: '{date} is not a valid date' },
  'milestone.dateInFuture': {
    zh: '完成日期 {date} 晚于今天（{today}），不能登记未来日期',
    en: 'the completion date {date} is after today ({today})',
  },
  'milestone.dateBeforePeriod': {
    zh: '完成日期 {date} 早于项目开始日期 {start}',
    en: 'the completion date {date} is before the project started ({start})',
  },
  'milestone.periodLocked': {
    zh: '{year} 年度已结账，不能登记日期为 {date} 的完成情况',
    en: 'the fiscal year {year} is locked; nothing dated {date} can be recorded',
  },
  'milestone.evidenceRequired': {
    zh: '里程碑“{milestone}”完成须上传佐证材料',
    en: 'completing milestone "{milestone}" needs an evidence attachment',
  },
  'milestone.evidenceNotFound': { zh: '佐证材料不存在（附件 ID {id}）', en: 'evidence attachment {id} does not exist' },
  'milestone.evidenceOtherProject': {
    zh: '附件“{fileName}”不属于本项目，不能作为佐证材料',
    en: 'attachment "{fileName}" belongs to another project and cannot be the evidence',
  },
  'milestone.evidenceMissing': {
    zh: '佐证材料“{fileName}”的文件已丢失，请重新上传',
    en: 'the file of the evidence "{fileName}" is missing; upload it again',
  },
  'milestone.evidenceAltered': {
    zh: '佐证材料“{fileName}”的文件已被改动（校验值不符），请重新上传',
    en: 'the file of the evidence "{fileName}" has been altered (its hash does not match); upload it again',
  },
  'milestone.notCompleted': {
    zh: '里程碑“{milestone}”尚未完成，不能验收',
    en: 'milestone "{milestone}" is not completed yet and cannot be verified',
  },
  'milestone.alreadyVerified': {
    zh: '里程碑“{milestone}”已验收',
    en: 'milestone "{milestone}" is already verified',
  },
  'milestone.sameUser': {
    zh: '里程碑“{milestone}”须由完成登记人以外的人员验收',
    en: 'milestone "{milestone}" must be verified by someone other than the person who completed it',
  },
  // indicator readings
  'indicator.notFound': { zh: '绩效指标不存在（ID {id}）', en: 'indicator {id} does not exist' },
  'indicator.projectClosed': {
    zh: '项目 {project} 已结项，不能再登记指标完成值',
    en: 'project {project} is closed; no more indicator readings can be recorded',
  },
  'indicator.dateInvalid': { zh: '日期 {date} 不是有效日期', en: '{date} is not a valid date' },
  'indicator.dateInFuture': {
    zh: '日期 {date} 晚于今天（{today}），不能登记未来日期',
    en: 'the date {date} is after today ({today})',
  },
  'indicator.periodLocked': {
    zh: '{year} 年度已结账，不能登记日期为 {date} 的完成值',
    en: 'the fiscal year {year} is locked; no reading dated {date} can be recorded',
  },
  'indicator.negative': { zh: '完成值 {value} 不能为负数', en: 'the value {value} must not be negative' },
  'indicator.valueInvalid': { zh: '完成值“{value}”不是有效数字', en: '"{value}" is not a number' },
  'indicator.valueTooManyDecimals': {
    zh: '完成值“{value}”最多 {max} 位小数',
    en: '"{value}" may have at most {max} decimals',
  },
  'indicator.valueTooLarge': { zh: '完成值“{value}”超出允许范围', en: '"{value}" is too large' },
  // attachments
  'attachment.notFound': { zh: '附件不存在（ID {id}）', en: 'attachment {id} does not exist' },
  'attachment.projectClosed': {
    zh: '项目 {project} 已结项，不能再上传附件',
    en: 'project {project} is closed; no more attachments can be uploaded',
  },
  'attachment.tooLarge': {
    zh: '文件大小 {size} MB，超过上限 {max} MB',
    en: 'the file is {size} MB, more than the limit of {max} MB',
  },
  'attachment.empty': { zh: '文件为空', en: 'the file is empty' },
  'attachment.notBase64': {
    zh: '文件内容编码不正确（应为 Base64）',
    en: 'the file content is not valid base64',
  },
};

/** Field labels for the milestone, indicator and attachment ops (scoped by op area where a name is generic). */
export const MILESTONE_FIELD_LABELS: Catalogue = {
  milestoneId: { zh: '里程碑', en: 'Milestone' },
  plannedDate: { zh: '计划完成日期', en: 'Planned date' },
  completedDate: { zh: '完成日期', en: 'Completion date' },
  evidenceAttachmentId: { zh: '佐证材料', en: 'Evidence' },
  indicatorId: { zh: '绩效指标', en: 'Indicator' },
  attachmentId: { zh: '附件', en: 'Attachment' },
  contentBase64: { zh: '文件内容', en: 'File content' },
  fileName: { zh: '文件名', en: 'File name' },
  mimeType: { zh: '文件类型', en: 'File type' },
  'milestones:name': { zh: '里程碑名称', en: 'Milestone name' },
  'milestones:note': { zh: '完成说明', en: 'Note' },
  'indicators:date': { zh: '日期', en: 'Date' },
  'indicators:value': { zh: '完成值', en: 'Achieved value' },
  'indicators:note': { zh: '说明', en: 'Note' },
};

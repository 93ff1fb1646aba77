import type { Catalogue } from '../messages';

/** Rule messages for 检查包 (services/packs); merged into RULE_MESSAGES. */
export const PACKS_MESSAGES: Catalogue = {
  'pack.malformed': {
    zh: '不是检查包或检查结果文件，或文件已损坏',
    en: 'is not a field pack or result file, or the file is damaged',
  },
  'pack.notAPack': { zh: '这是检查结果文件，不是检查包', en: 'this is a result file, not a field pack' },
  'pack.notResults': { zh: '这是检查包，不是检查结果文件', en: 'this is a field pack, not a result file' },
  'pack.signatureInvalid': {
    zh: '检查包 {pack} 的签名不符：文件在传递中被改动过，已拒绝，未做任何更改',
    en: 'the signature of field pack {pack} does not match: the file was altered in transit; refused, nothing changed',
  },
  'pack.unknown': {
    zh: '本数据库没有导出过检查包 {pack}，不能导入它的结果',
    en: 'field pack {pack} was not exported from this database; its result cannot be imported here',
  },
  'pack.recordNotInPack': {
    zh: '检查结果中有不属于检查包 {pack} 的记录',
    en: 'the result holds a record that field pack {pack} did not carry',
  },
  'pack.photoAltered': { zh: '照片“{fileName}”与其哈希值不符', en: 'the photo "{fileName}" does not match its hash' },
  'pack.inspectorUnknown': { zh: '用户名“{username}”不存在', en: 'there is no user "{username}"' },
  'pack.projectUnknown': { zh: '项目编号“{project}”不存在', en: 'there is no project "{project}"' },
  'pack.notFieldDatabase': {
    zh: '这不是由检查包打开的现场数据库',
    en: 'this is not a field database opened from a pack',
  },
  'pack.fieldDatabaseNotNew': {
    zh: '现场数据库必须是新文件：该数据库已有数据',
    en: 'a field database must be a new file: this database already holds data',
  },
  'pack.inspectionNotInPack': {
    zh: '检查（ID {id}）不在本检查包中',
    en: 'inspection {id} is not in this field pack',
  },
  'pack.rectificationNotInPack': {
    zh: '整改事项（ID {id}）不在本检查包中',
    en: 'rectification item {id} is not in this field pack',
  },
  'pack.photoMissing': {
    zh: '照片 {sha256} 尚未添加到现场数据库',
    en: 'photo {sha256} has not been added to the field database',
  },
  'pack.inspectionSignedOff': {
    zh: '{project} 的检查已在办公室签字确认，不能采用现场版本；请保留办公室版本，必要时添加补充说明',
    en: 'the inspection of {project} was signed off at the office; the field version cannot be taken. Keep the office version and add an addendum if needed',
  },
  'pack.fieldReadOnly': {
    zh: '这是检查包 {pack} 的现场数据库：只能记录检查、检查问题、整改材料和照片，其他数据只读',
    en: 'this is the field database of pack {pack}: only inspections, findings, evidence and photos can be recorded here; everything else is read-only',
  },
};

export const PACK_FIELD_LABELS: Catalogue = {
  'packs:projects': { zh: '项目', en: 'Projects' },
  'packs:inspectors': { zh: '检查人员', en: 'Inspectors' },
  'packs:templateId': { zh: '检查模板', en: 'Checklist' },
  'packs:contentBase64': { zh: '检查结果文件', en: 'Result file' },
  'packs:fileName': { zh: '文件名', en: 'File name' },
  'packs:resolutions': { zh: '冲突处理', en: 'Conflict decisions' },
  'packs:file': { zh: '检查包文件', en: 'Pack file' },
  'packs:db': { zh: '现场数据库', en: 'Field database' },
  'packs:inspectionId': { zh: '检查', en: 'Inspection' },
  'packs:rectificationId': { zh: '整改事项', en: 'Rectification item' },
  'packs:photos': { zh: '照片', en: 'Photos' },
  'packs:answers': { zh: '检查表答案', en: 'Answers' },
  'packs:findings': { zh: '检查问题', en: 'Findings' },
  'packs:place': { zh: '检查地点', en: 'Place' },
  'packs:kind': { zh: '检查类型', en: 'Kind' },
};

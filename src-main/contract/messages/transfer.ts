import type { Catalogue } from '../messages';

/** Rule messages for the transfer area; merged into RULE_MESSAGES. Placeholders are {name}. */
export const TRANSFER_MESSAGES: Catalogue = {
  // One line per failing cell, as the CLI prints it and the import preview lists it.
  'import.rowLine': { zh: '第{row}行 {column}: {message}', en: 'Row {row} {column}: {message}' },
  // the file as a whole
  'import.fileType': { zh: '只能导入 .xlsx 或 .csv 文件', en: 'only .xlsx and .csv files can be imported' },
  'import.xlsxTooLarge': {
    zh: '工作簿解压后过大：其中的“{entry}”解压后为 {size}（全部内容上限 {limit}，压缩比上限 {ratio} 倍），可能是恶意构造的文件，未读取、未导入',
    en: 'the workbook inflates too far: its entry "{entry}" unpacks to {size} (the limit is {limit} in all, and {ratio}× compression); it may be a crafted file and was neither read nor imported',
  },
  'import.notXlsx': {
    zh: '不是有效的 .xlsx 工作簿（文件可能已损坏，或扩展名与内容不符）',
    en: 'is not a valid .xlsx workbook (the file may be damaged, or its extension does not match its content)',
  },
  'import.legacyXls': {
    zh: '这是旧版 Excel 97-2003（.xls）文件，请在 Excel 中“另存为” .xlsx 后再导入',
    en: 'this is an old Excel 97-2003 (.xls) file; save it as .xlsx in Excel and import that',
  },
  'import.csvQuote': {
    zh: 'CSV 格式错误：第 {row} 行的引号没有闭合',
    en: 'malformed CSV: the quote opened in row {row} is never closed',
  },
  'import.empty': {
    zh: '文件是空的：第 1 行应为表头（{columns}）',
    en: 'the file is empty: row 1 should be the header ({columns})',
  },
  'import.noRows': {
    zh: '文件中只有表头（第 {row} 行），没有数据行',
    en: 'the file has a header (row {row}) but no data rows',
  },
  'import.missingColumns': {
    zh: '缺少必填列：{columns}（表头在第 {row} 行）',
    en: 'required columns are missing: {columns} (the header is row {row})',
  },
  'import.duplicateColumn': {
    zh: '表头第 {row} 行中“{column}”与“{other}”是同一列，只能保留一个',
    en: 'in the header (row {row}) "{column}" and "{other}" are the same column; keep only one',
  },
  'import.tooManyRows': {
    zh: '一次最多导入 {max} 行，文件中有 {rows} 行，请分批导入',
    en: 'at most {max} rows can be imported at once, the file has {rows}; split it',
  },
  'import.rowErrors': {
    zh: '共 {rows} 行数据，其中 {badRows} 行有错误（{count} 处），未导入任何数据',
    en: '{badRows} of {rows} rows have errors ({count} in all); nothing was imported',
  },
  // one cell
  'import.organizationNotFound': {
    zh: '没有统一社会信用代码为“{code}”的机构，请先在“机构管理”中登记该机构',
    en: 'no organization has the credit code "{code}"; register it under Organizations first',
  },
  'import.programNotFound': {
    zh: '资金计划编号“{code}”不存在',
    en: 'there is no fund program with the code "{code}"',
  },
  'import.classUnknown': {
    zh: '资金计划“{program}”的规则集中没有项目类别“{value}”（可选：{allowed}）',
    en: 'the rule set of fund program "{program}" has no project class "{value}" (allowed: {allowed})',
  },
  'import.serviceAreaUnknown': {
    zh: '“{value}”不是服务领域（可选：{allowed}）',
    en: '"{value}" is not a service area (allowed: {allowed})',
  },
  'import.districtUnknown': {
    zh: '“{value}”不是重庆市的区县：请填写区县名称（如“渝中区”）或 6 位代码（如 500103），市级项目填“市级”',
    en: '"{value}" is not a Chongqing district: give its name (e.g. 渝中区 or Yuzhong District) or 6-digit code (e.g. 500103), or 市级 for the municipal level',
  },
  'import.projectKindUnknown': {
    zh: '“{value}”不是项目类型（可选：{allowed}）',
    en: '"{value}" is not a project kind (allowed: {allowed})',
  },
  'import.dateFormat': {
    zh: '“{value}”不是日期，应为 YYYY-MM-DD 或 YYYY/M/D（如 2016-03-01）',
    en: '"{value}" is not a date; use YYYY-MM-DD or YYYY/M/D (e.g. 2016-03-01)',
  },
  'import.dateInvalid': { zh: '“{value}”不是存在的日期', en: '"{value}" is not a real calendar date' },
  'import.timeInvalid': {
    zh: '“{value}”中日期后的时间无效：应为 00:00 至 23:59:59 之间的时间（如 2016-03-01 09:30），或只填日期',
    en: '"{value}" has an invalid time after the date: expected a time from 00:00 to 23:59:59 (e.g. 2016-03-01 09:30), or the date alone',
  },
  'import.requestedPositive': { zh: '申请金额必须大于 0', en: 'the requested amount must be more than 0' },
  'import.duplicateInFile': {
    zh: '与第 {row} 行重复：同一机构对同一资金计划（{program}）只能申报一次',
    en: 'repeats row {row}: an organization may apply to a fund program ({program}) only once',
  },
  'import.duplicateExisting': {
    zh: '该机构已申报资金计划 {program}（申报编号 {code}），同一机构对同一资金计划只能申报一次',
    en: 'this organization already applied to fund program {program} (application {code}); it may apply only once',
  },
};

/** Labels of the transfer ops' input fields (for fields.ts), so "文件名：只能导入 .xlsx 或 .csv 文件" reads right. */
export const TRANSFER_FIELD_LABELS: Catalogue = {
  fileName: { zh: '文件', en: 'File' },
  contentBase64: { zh: '文件内容', en: 'File content' },
  format: { zh: '文件格式', en: 'File format' },
};

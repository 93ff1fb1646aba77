import type { OpOutput, OpParsedInput } from '../../contract/index';
import {
  PROJECT_KIND_NAMES,
  SERVICE_AREA_NAMES,
  SERVICE_AREAS,
  PROJECT_KINDS,
} from '../../core/application-vocabulary';
import { DISTRICTS } from '../../core/districts';
import { formatFen } from '../../core/money';
import { getFundProgram, listFundPrograms } from '../../db/fund-programs-repo';
import type { ServiceContext } from '../context';
import { writeSpreadsheet, type Cell } from '../spreadsheet/write';
import { IMPORT_COLUMNS, TEMPLATE_COLUMNS } from './columns';
import { IMPORT_MAX_ROWS } from './check';

const COLUMN_NOTES: Record<string, string> = {
  name: '最多 100 个字符',
  creditCode: '18 位，机构须已在“机构管理”中登记',
  programCode: '见下方“资金计划与项目类别”',
  classCode: '资金计划规则集中的类别代码或名称，见下方',
  serviceArea: '见下方“服务领域”，填名称或代码',
  district: '区县名称（如 渝中区）或 6 位代码；市级项目填“市级”',
  periodStart: 'YYYY-MM-DD 或 YYYY/M/D，也可用 Excel 日期单元格',
  periodEnd: '不早于开始日期',
  requested: '单位：元，最多两位小数，可带千位分隔符（如 12,000.50）',
  matching: '单位：元；不填为 0',
  projectKind: '可选列；不填为“社会工作服务项目”',
};

/** Every program with its classes, newest year first (list pages are capped, so read them page by page). */
function* programClassRows(ctx: ServiceContext): Generator<Cell[]> {
  for (let page = 1; ; page++) {
    const { rows, total } = listFundPrograms(ctx.db, { page, pageSize: 500, sort: [], search: '', filters: {} });
    for (const row of rows) {
      const p = getFundProgram(ctx.db, row.id);
      for (const c of p?.ruleSet.classCaps ?? [])
        yield ['项目类别', c.code, c.name, `${row.code}（${row.name}）单个项目上限 ${formatFen(c.capFen)} 元`];
    }
    if (page * 500 >= total) return;
  }
}

function* instructionRows(ctx: ServiceContext): Generator<Cell[]> {
  yield ['填写说明', `第 1 行为表头，第 2 行起每行一个申报项目，一次最多 ${IMPORT_MAX_ROWS} 行`, '', ''];
  yield ['填写说明', '全部行无误才会导入（有一行出错则整个文件都不导入），导入后为草稿', '', ''];
  yield ['填写说明', '预算明细和绩效指标导入后在系统中补充，再提交申报', '', ''];
  for (const c of IMPORT_COLUMNS)
    yield ['列', c.zh, c.required ? '必填' : '选填', `${COLUMN_NOTES[c.key] ?? ''}；英文表头：${c.en}`];
  yield* programClassRows(ctx);
  for (const a of SERVICE_AREAS) yield ['服务领域', SERVICE_AREA_NAMES[a].zh, a, SERVICE_AREA_NAMES[a].en];
  for (const k of PROJECT_KINDS) yield ['项目类型', PROJECT_KIND_NAMES[k].zh, k, PROJECT_KIND_NAMES[k].en];
  for (const d of DISTRICTS) yield ['区县', d.code === '500000' ? '市级' : d.name, d.code, d.nameEn];
}

/**
 * applications.template: the blank import template. The .xlsx has the header row (bold, frozen, sized) and a
 * second sheet 说明 listing what each column takes, with the classes of every fund program, the service
 * areas, the project kinds and the districts; the .csv is the header line alone.
 */
export function template(
  ctx: ServiceContext,
  input: OpParsedInput<'applications.template'>,
): OpOutput<'applications.template'> {
  const file = writeSpreadsheet(
    input.format,
    {
      name: '申报项目',
      headers: TEMPLATE_COLUMNS.map((c) => c.zh),
      rows: [],
      widths: TEMPLATE_COLUMNS.map((c) => c.width),
    },
    {
      name: '说明',
      headers: ['类别', '可填写的值', '代码/要求', '说明'],
      rows: instructionRows(ctx),
      widths: [12, 26, 16, 70],
    },
  );
  return {
    fileName: `申报项目导入模板.${input.format}`,
    mimeType: file.mimeType,
    base64: file.buffer.toString('base64'),
    rowCount: 0,
  };
}

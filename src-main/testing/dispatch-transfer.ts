import type { OpInput } from '../contract/index';

/**
 * Valid inputs for the import/export ops, for validInputs() in testing.ts: one clean row for the fixture's
 * organization `orgCode` (organization 1, which has no application yet) to the fixture's program CQ-ZY-2015.
 */
export function transferSamples(orgCode: string): {
  'applications.importPreview': OpInput<'applications.importPreview'>;
  'applications.import': OpInput<'applications.import'>;
  'applications.template': OpInput<'applications.template'>;
  'applications.export': OpInput<'applications.export'>;
} {
  const csv = [
    '项目名称,申报机构统一社会信用代码,资金计划编号,项目类别,服务领域,区县,开始日期,结束日期,申请金额(元),配套资金(元)',
    `“心语”社区助老服务项目,${orgCode},CQ-ZY-2015,C,扶老,渝中区,2015-03-01,2015-12-31,"120,000.00",0`,
  ].join('\r\n');
  const upload = { fileName: '申报导入.csv', contentBase64: Buffer.from(csv).toString('base64') };
  return {
    'applications.importPreview': upload,
    'applications.import': upload,
    'applications.template': { format: 'xlsx' },
    'applications.export': {
      format: 'csv',
      search: '守护',
      filters: { year: 2015, serviceArea: 'orphans' },
      sort: [{ id: 'code', desc: false }],
    },
  };
}

import type { OpInput } from '../contract/index';
import { FIXTURE_APPS } from './dispatch-applications';

/** The fixture's approved application's agreement number (项目编号), as approval gives it. */
export const FIXTURE_PROJECT_CODE = '渝民发〔2015〕10号';

/** A two-line matching-fund ledger file for the fixture's approved project (no tranche released yet). */
export function fixtureLedgerCsv(): string {
  const rows = [
    '项目编号,日期,发票号,预算科目,资金性质,收款方,摘要,金额(元)',
    `${FIXTURE_PROJECT_CODE},2015-06-01,No.1,02,配套资金,渝中区文印服务部,小组活动材料印制,"1,200.00"`,
    `${FIXTURE_PROJECT_CODE},2015/6/2,No.2,活动经费,配套资金,重庆公交集团有限公司,入户探访交通费,35.50`,
  ];
  return Buffer.from(`${rows.join('\r\n')}\r\n`, 'utf8').toString('base64');
}

/** Valid inputs for the ledger import and export ops. */
export function ledgerTransferSamples() {
  return {
    'ledger.importCheck': { fileName: 'ledger.csv', contentBase64: fixtureLedgerCsv() },
    'ledger.import': { fileName: 'ledger.csv', contentBase64: fixtureLedgerCsv() },
    'ledger.export': { applicationId: FIXTURE_APPS.approved, format: 'xlsx' },
  } satisfies { [N in 'ledger.importCheck' | 'ledger.import' | 'ledger.export']: OpInput<N> };
}

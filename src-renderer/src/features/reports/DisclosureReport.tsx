import { PAGE_SIZE_MAX, type FundSource } from '@contract';
import { Select, Space, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOp } from '../../api/hooks';
import { ReportActions } from './ReportActions';

/** The welfare-lottery sources the notice covers (municipal and central special). */
const LOTTERY_SOURCES: readonly FundSource[] = ['LOTTERY', 'CENTRAL_LOTTERY'];

const lotteryPrograms = (source: FundSource) => ({
  page: 1,
  pageSize: PAGE_SIZE_MAX,
  sort: [{ id: 'year' as const, desc: true }],
  search: '',
  filters: { source },
});

/**
 * 彩票公益金使用情况公告 beside the fund programs: a finance officer picks the year (only years that have a
 * lottery-fund program are offered; the latest is preselected, since the notice is due by June for the year
 * before) and generates it like any other report.
 */
export function DisclosureReport() {
  const { t } = useTranslation();
  const municipal = useOp('fundPrograms.list', lotteryPrograms(LOTTERY_SOURCES[0]!));
  const central = useOp('fundPrograms.list', lotteryPrograms(LOTTERY_SOURCES[1]!));
  const years = [...new Set([...(municipal.data?.rows ?? []), ...(central.data?.rows ?? [])].map((p) => p.year))].sort(
    (a, b) => b - a,
  );
  const [picked, setPicked] = useState<number | undefined>(undefined);
  const year = picked ?? years[0];
  const loading = municipal.isPending || central.isPending;
  const unavailable =
    year !== undefined ? undefined : loading ? t('common.loading') : t('reports.generate.noLotteryYears');
  return (
    <Space size={8} className="disclosure-report">
      <Tooltip title={t('reports.generate.disclosureHint')} placement="left">
        <Select<number>
          aria-label={t('reports.generate.disclosureYear')}
          placeholder={t('reports.generate.disclosureYear')}
          style={{ width: 120 }}
          loading={loading}
          disabled={years.length === 0}
          value={year}
          onChange={setPicked}
          options={years.map((y) => ({ value: y, label: t('reports.generate.yearOption', { year: y }) }))}
        />
      </Tooltip>
      <ReportActions subject={{ kind: 'disclosure', year: year ?? 0 }} unavailable={unavailable} />
    </Space>
  );
}

import { Empty, Timeline } from 'antd';
import { useTranslation } from 'react-i18next';
import { useOp } from '../../../api/hooks';
import { ExportMenu } from '../../../components/DataTable/ExportMenu';
import { QueryState } from '../../../components/QueryState';
import { STATE_COLORS } from '../display';
import type { ProjectTabProps } from '../projectTabs';
import { TrancheCard } from './TrancheCard';
import { ReportActions } from '../../reports/ReportActions';

/** 资金拨付: the agreement's tranches in order, each with its conditions, records and what may be done now. */
export function TranchesTab({ applicationId }: ProjectTabProps) {
  const { t } = useTranslation();
  const plan = useOp('tranches.list', { applicationId });
  if (!plan.data) return <QueryState pending={plan.isPending} error={plan.error} />;
  const tranches = [...plan.data.tranches].sort((a, b) => a.seq - b.seq);
  if (tranches.length === 0) return <Empty description={t('tranches.none')} />;
  // The cards' fields, in the order a card shows them, as the export's columns.
  const columns = (
    [
      ['seq', t('table.seq')],
      ['percent', t('tranches.percent')],
      ['amountFen', t('tranches.amount')],
      ['condition', t('tranches.condition')],
      ['state', t('tranches.state')],
      ['voucherNo', t('tranches.voucherNo')],
      ['voucherDate', t('tranches.voucherDate')],
      ['preparedBy', t('tranches.preparedBy')],
      ['releasedBy', t('tranches.releasedBy')],
    ] as const
  ).map(([id, label]) => ({ id, label }));
  return (
    <section aria-label={t('tranches.timelineLabel')} className="tranche-timeline">
      <div className="tranche-toolbar">
        <ExportMenu op="exports.tranches" input={(format) => ({ applicationId, format, columns })} />
      </div>
      <Timeline
        items={tranches.map((tr) => ({
          key: tr.id,
          color: STATE_COLORS[tr.state],
          content: (
            <>
              <TrancheCard tranche={tr} />
              <div className="tranche-report">
                <ReportActions size="small" subject={{ kind: 'tranche', applicationId, seq: tr.seq }} />
              </div>
            </>
          ),
        }))}
      />
    </section>
  );
}

import { Alert, Empty } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOp } from '../../api/hooks';
import { useSession } from '../../app/session';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { LockDialog } from './LockDialog';
import { YearCard } from './YearCard';
import './periods.css';

/**
 * 结账: every fiscal year with money posted, pending entries or a lock, newest first — locked (by whom, when,
 * why), or what keeps it from being locked (not ended, entries not posted) — and 结账 where main offers it.
 */
export function PeriodsPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const query = useOp('periods.list', {});
  const [locking, setLocking] = useState<number | null>(null);
  const view = query.data;

  return (
    <>
      <PageHeader
        title={t('periods.title')}
        sub={view ? <span className="muted">{t('periods.today', { date: view.today })}</span> : null}
      />
      <div className="periods-page">
        <p className="period-intro">{t('periods.intro')}</p>
        {can('periods.lock') ? null : <Alert type="info" showIcon title={t('periods.readOnly')} />}
        {!view ? (
          <QueryState pending={query.isPending} error={query.error} />
        ) : view.years.length === 0 ? (
          <Empty description={t('periods.none')} />
        ) : (
          <section className="period-list" aria-label={t('periods.listLabel')}>
            {view.years.map((y) => (
              <YearCard key={y.year} y={y} onLock={setLocking} />
            ))}
          </section>
        )}
      </div>
      {locking !== null ? <LockDialog year={locking} onClose={() => setLocking(null)} /> : null}
    </>
  );
}

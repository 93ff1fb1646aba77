import type { ApplicationDetail } from '@contract';
import { Card, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOp } from '../../api/hooks';
import { goBack } from '../../app/backTo';
import { useSession } from '../../app/session';
import { ErrorAlert } from '../../components/FormErrors/FormAlert';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { EntityLog } from '../log/LogTable';
import { ActionBar, type ActionFailure } from './ActionBar';
import { AgreementTab } from './AgreementTab';
import { BasicTab, BudgetTab, IndicatorsTab } from './InfoTabs';
import { StateTag } from './labels';
import { ReviewTab } from './ReviewTab';

/** #/applications/:id — everything about one application, and what the user may do with it now. */
export function ApplicationDetailPage({ id }: { id: number }) {
  const { t } = useTranslation();
  const app = useOp('applications.get', { id });
  const a = app.data;
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  return (
    <>
      <PageHeader
        title={a?.name ?? t('applications.title')}
        sub={
          a ? (
            <>
              {a.code} <StateTag state={a.state} />
            </>
          ) : undefined
        }
        onBack={() => goBack({ name: 'detail', area: 'applications', id }, { name: 'list', area: 'applications' })}
      />
      {a ? (
        <div className="detail-stack">
          <ActionBar a={a} onError={setFailure} />
          {failure ? (
            <ErrorAlert
              error={failure.error}
              title={failure.error.violations.length > 0 ? failure.rulesTitle : undefined}
              onRetry={failure.retry}
            />
          ) : null}
          <DetailTabs a={a} />
        </div>
      ) : (
        <QueryState pending={app.isPending} error={app.error} />
      )}
    </>
  );
}

export function DetailTabs({ a, withLog = true }: { a: ApplicationDetail; withLog?: boolean }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const items = [
    { key: 'basic', label: t('detail.tabBasic'), children: <BasicTab a={a} /> },
    { key: 'indicators', label: t('detail.tabIndicators'), children: <IndicatorsTab a={a} /> },
    { key: 'budget', label: t('detail.tabBudget'), children: <BudgetTab a={a} /> },
    { key: 'review', label: t('detail.tabReview'), children: <ReviewTab a={a} /> },
    { key: 'agreement', label: t('detail.tabAgreement'), children: <AgreementTab a={a} /> },
    ...(withLog && can('log.read')
      ? [{ key: 'log', label: t('detail.tabLog'), children: <EntityLog entityType="application" entityId={a.id} /> }]
      : []),
  ];
  return (
    <Card size="small" className="detail-tabs">
      <Tabs items={items} destroyOnHidden />
    </Card>
  );
}

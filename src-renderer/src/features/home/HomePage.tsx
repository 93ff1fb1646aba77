import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useOp } from '../../api/hooks';
import { routeHash } from '../../app/router';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { ReviewQueuePage } from '../reviews/ReviewQueuePage';
import { FinanceHome } from './FinanceHome';
import { AuditHome, ExpertHome, ProjectHome } from './OtherHomes';
import './home.css';

/**
 * Where the app opens after sign-in: main says which sections the user's roles get (a user with several roles
 * sees each). An expert with no other work lands straight in the review workspace.
 */
export function HomePage() {
  const { t } = useTranslation();
  const summary = useOp('home.summary', {});
  const s = summary.data;
  const onlyExpert = s !== undefined && s.expert !== null && !s.finance && !s.project && !s.audit;
  // An expert's home is the review workspace: go there in place, so the address and the menu say so too.
  useEffect(() => {
    if (onlyExpert) window.location.replace(routeHash({ name: 'reviews' }));
  }, [onlyExpert]);
  if (!s)
    return (
      <>
        <PageHeader title={t('home.title')} />
        <QueryState pending={summary.isPending} error={summary.error} />
      </>
    );
  if (onlyExpert) return <ReviewQueuePage />;
  return (
    <>
      <PageHeader title={t('home.title')} />
      <div className="home-stack">
        {s.finance ? <FinanceHome f={s.finance} /> : null}
        {s.project ? <ProjectHome p={s.project} /> : null}
        {s.expert ? <ExpertHome e={s.expert} /> : null}
        {s.audit ? <AuditHome a={s.audit} /> : null}
      </div>
    </>
  );
}

import type { DrawView } from '@contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOp } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { DrawForm } from './DrawForm';
import { DrawHistory } from './DrawHistory';
import { DrawResult } from './DrawResult';
import './draws.css';

/**
 * 随机抽查: a new draw (evaluators and administrators; shown disabled with the reason to others), the draw just
 * made, and every draw so far, each of which anyone can re-run from its seed to see that it is 一致.
 */
export function DrawsPage() {
  const { t } = useTranslation();
  const query = useOp('draws.list', {});
  const [drawn, setDrawn] = useState<DrawView | null>(null);
  return (
    <>
      <PageHeader title={t('draws.title')} />
      <div className="draws-page">
        <p className="draws-intro">{t('draws.intro')}</p>
        {!query.data ? (
          <QueryState pending={query.isPending} error={query.error} />
        ) : (
          <>
            <DrawForm mayDraw={query.data.mayDraw} onDrawn={setDrawn} />
            {drawn ? <DrawResult draw={drawn} /> : null}
            <DrawHistory draws={query.data.draws} />
          </>
        )}
      </div>
    </>
  );
}

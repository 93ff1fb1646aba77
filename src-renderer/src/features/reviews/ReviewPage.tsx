import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { useOp } from '../../api/hooks';
import { navigate } from '../../app/router';
import { useSession } from '../../app/session';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { DetailTabs } from '../applications/ApplicationDetailPage';
import { formatScore, StateTag } from '../applications/labels';
import { DeclarationStep } from './DeclarationStep';
import { reviewStep, rubricMax } from './scoring';
import { ScoreSheet } from './ScoreSheet';

/**
 * #/reviews/:id — one application in the evaluator's workspace. The declaration comes first; the score sheet
 * is not even rendered until "no conflict" has been declared and recorded by main.
 */
export function ReviewPage({ id }: { id: number }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const app = useOp('applications.get', { id });
  const a = app.data;
  const step = a ? reviewStep(a.assignments, user.id) : null;
  return (
    <>
      <PageHeader
        title={a?.name ?? t('reviews.title')}
        sub={
          a ? (
            <>
              {a.code} <StateTag state={a.state} />
            </>
          ) : undefined
        }
        onBack={() => navigate({ name: 'reviews' })}
      />
      {a && step ? (
        <div className="detail-stack">
          {step.step === 'notAssigned' ? <Alert type="info" showIcon title={t('reviews.notAssigned')} /> : null}
          {step.step === 'withdrawn' ? <Alert type="warning" showIcon title={t('reviews.withdrawn')} /> : null}
          {step.step === 'declare' ? <DeclarationStep a={a} /> : null}
          {step.step === 'score' ? <ScoreSheet a={a} /> : null}
          {step.step === 'scored' ? (
            <Alert
              type="success"
              showIcon
              title={t('reviews.alreadyScored')}
              description={
                step.assignment.totalPoints !== null
                  ? t('reviews.total', { total: formatScore(step.assignment.totalPoints), max: rubricMax(a.rubric) })
                  : undefined
              }
            />
          ) : null}
          <DetailTabs a={a} withLog={false} />
        </div>
      ) : (
        <QueryState pending={app.isPending} error={app.error} />
      )}
    </>
  );
}

import type { EvaluationDetail } from '@contract';
import { Alert, App, Button, Card, Descriptions, Input, List, Popconfirm, Space, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOp, useOpMutation } from '../../api/hooks';
import { navigate, routeHash } from '../../app/router';
import { useSession } from '../../app/session';
import { formatShanghaiTime } from '../settings/shanghai-time';
import { PageHeader } from '../../components/PageHeader';
import { ReportActions } from '../reports/ReportActions';
import { QueryState } from '../../components/QueryState';
import { Evidence } from './Evidence';
import { GradeTag } from './labels';
import { ScoreSheet } from './ScoreSheet';
import './evaluations.css';

/**
 * #/evaluations/:id — one evaluation. An evaluator declares no conflict first; only then does the score sheet
 * open, beside the project's evidence. Whoever organizes it finalizes it once everyone has scored.
 */
export function EvaluationPage({ id }: { id: number }) {
  const { t } = useTranslation();
  const q = useOp('evaluations.get', { evaluationId: id });
  const e = q.data;
  return (
    <>
      <PageHeader
        title={e ? e.projectName : t('evaluations.title')}
        sub={
          e ? (
            <>
              <span className="mono">{e.agreementNumber}</span> · {t(`evaluations.kinds.${e.kind}`)} ·{' '}
              {t(`evaluations.states.${e.state}`)}
            </>
          ) : undefined
        }
        onBack={() => navigate({ name: 'evaluations' })}
        extra={
          e ? (
            <>
              <ReportActions subject={{ kind: 'evaluation', evaluationId: id }} />
              <Button href={routeHash({ name: 'project', id: e.applicationId, tab: 'evaluations' })}>
                {t('evaluations.openProject')}
              </Button>
            </>
          ) : undefined
        }
      />
      {e ? <Body e={e} /> : <QueryState pending={q.isPending} error={q.error} />}
    </>
  );
}

function Body({ e }: { e: EvaluationDetail }) {
  const { t } = useTranslation();
  const mine = e.mine;
  return (
    <div className="evaluation-layout">
      <div className="detail-stack">
        <Summary e={e} />
        {e.state === 'open' && !mine ? <Alert type="info" showIcon title={t('evaluations.notAssigned')} /> : null}
        {mine?.declaration === 'conflict' ? <Alert type="warning" showIcon title={t('evaluations.withdrawn')} /> : null}
        {e.availableActions.includes('declare') ? <Declaration e={e} /> : null}
        {e.availableActions.includes('score') ? <ScoreSheet key={mine?.scoredAt ?? 'new'} e={e} /> : null}
        <Evaluators e={e} />
      </div>
      <div className="detail-stack">
        <Evidence e={e} />
      </div>
    </div>
  );
}

function Summary({ e }: { e: EvaluationDetail }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const { message } = App.useApp();
  const finalize = useOpMutation('evaluations.finalize');
  const [error, setError] = useState<string | null>(null);
  const run = async () => {
    setError(null);
    try {
      await finalize.mutateAsync({ evaluationId: e.id });
      void message.success(t('evaluations.finalized'));
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };
  const mayFinalize = e.availableActions.includes('finalize');
  return (
    <Card size="small" title={<h2 className="card-title">{t('evaluations.resultTitle')}</h2>}>
      <Descriptions size="small" column={2}>
        <Descriptions.Item label={t('evaluations.organization')}>
          <a href={routeHash({ name: 'detail', area: 'organizations', id: e.organizationId })}>{e.organizationName}</a>
        </Descriptions.Item>
        <Descriptions.Item label={t('evaluations.date')}>{e.date}</Descriptions.Item>
        <Descriptions.Item label={t('evaluations.score')}>{e.score ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('evaluations.grade')}>
          <GradeTag grade={e.grade} />
        </Descriptions.Item>
      </Descriptions>
      <Typography.Paragraph type="secondary">{t('evaluations.thresholds', e.thresholds)}</Typography.Paragraph>
      {e.state === 'finalized' && e.kind === 'final' && e.grade === 'fail' ? (
        <Alert
          type="error"
          showIcon
          title={t('evaluations.failNotice', {
            withheld:
              e.withheldTrancheSeq !== null
                ? t('evaluations.withheld', { seq: e.withheldTrancheSeq })
                : t('evaluations.noWithheld'),
            years:
              e.barYears && e.barYears.fromYear !== e.barYears.toYear
                ? `${e.barYears.fromYear}–${e.barYears.toYear}`
                : String(e.barYears?.fromYear ?? ''),
          })}
        />
      ) : null}
      {e.state === 'open' && e.preview ? (
        <Alert
          type="info"
          showIcon
          title={t('evaluations.preview', {
            score: e.preview.score,
            grade: t(`evaluations.grades.${e.preview.grade}`),
          })}
        />
      ) : null}
      {error ? <Alert type="error" showIcon title={error} /> : null}
      {e.state === 'open' && can('evaluations.manage') ? (
        <Space style={{ marginTop: 12 }} wrap>
          <Popconfirm title={t('evaluations.finalizeConfirm')} onConfirm={() => void run()} disabled={!mayFinalize}>
            <Tooltip title={e.finalizeBlocked ?? undefined}>
              <Button type="primary" disabled={!mayFinalize} loading={finalize.isPending}>
                {t('evaluations.finalize')}
              </Button>
            </Tooltip>
          </Popconfirm>
          {e.finalizeBlocked ? <Typography.Text type="secondary">{e.finalizeBlocked}</Typography.Text> : null}
        </Space>
      ) : null}
    </Card>
  );
}

function Declaration({ e }: { e: EvaluationDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const declare = useOpMutation('evaluations.declare');
  const [conflict, setConflict] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const send = async (hasConflict: boolean) => {
    setError(null);
    try {
      await declare.mutateAsync({ evaluationId: e.id, hasConflict, reason: hasConflict ? reason : '' });
      void message.success(hasConflict ? t('evaluations.withdrawn') : t('evaluations.declared'));
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <Card size="small" title={<h2 className="card-title">{t('evaluations.declarationTitle')}</h2>}>
      <Typography.Paragraph>
        {t('evaluations.declarationText', { org: e.organizationName, project: e.projectName })}
      </Typography.Paragraph>
      {error ? <Alert type="error" showIcon title={error} /> : null}
      {conflict ? (
        <Space direction="vertical" style={{ width: '100%' }}>
          <label className="field-label" htmlFor="conflict-reason">
            {t('evaluations.conflictReason')}
          </label>
          <Input.TextArea id="conflict-reason" autoFocus value={reason} onChange={(ev) => setReason(ev.target.value)} />
          <Space>
            <Button onClick={() => setConflict(false)}>{t('common.cancel')}</Button>
            <Button danger type="primary" loading={declare.isPending} onClick={() => void send(true)}>
              {t('evaluations.confirmConflict')}
            </Button>
          </Space>
        </Space>
      ) : (
        <Space>
          <Button type="primary" loading={declare.isPending} onClick={() => void send(false)}>
            {t('evaluations.declareNone')}
          </Button>
          <Button onClick={() => setConflict(true)}>{t('evaluations.declareConflict')}</Button>
        </Space>
      )}
    </Card>
  );
}

function Evaluators({ e }: { e: EvaluationDetail }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={<h2 className="card-title">{t('evaluations.evaluatorsTitle')}</h2>}>
      <List
        size="small"
        dataSource={e.evaluators}
        renderItem={(a) => (
          <List.Item>
            <Space wrap>
              <strong>{a.evaluator.displayName}</strong>
              <span>{t(`evaluations.declarationOf.${a.declaration}`)}</span>
              <span>
                {a.scoredAt
                  ? `${t('evaluations.scoredAt')} ${formatShanghaiTime(a.scoredAt)}`
                  : t('evaluations.notScored')}
              </span>
              {a.total !== null ? (
                <span>
                  {t('evaluations.score')} {a.total}
                </span>
              ) : null}
              {a.comment ? <Typography.Text type="secondary">{a.comment}</Typography.Text> : null}
            </Space>
          </List.Item>
        )}
      />
      {e.state === 'open' ? (
        <Typography.Text type="secondary">{t('evaluations.hiddenUntilFinal')}</Typography.Text>
      ) : null}
    </Card>
  );
}

import type { HomeSummary } from '@contract';
import { Alert, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useOpMutation } from '../../api/hooks';
import { linkHref } from '../../app/linkQuery';
import { routeHash } from '../../app/router';
import { formatTimestamp } from '../../components/format';
import { CountRow, CountTile, HomeSection } from './CountTile';

/** 项目管理: drafts and returned applications to finish, milestones past their planned date. */
export function ProjectHome({ p }: { p: NonNullable<HomeSummary['project']> }) {
  const { t } = useTranslation();
  return (
    <HomeSection id="project" title={t('home.projectSection')}>
      <CountRow label={t('home.countsLabel', { section: t('home.projectSection') })}>
        <CountTile
          label={t('home.counts.drafts')}
          count={p.drafts}
          href={linkHref({ name: 'list', area: 'applications' }, { state: 'draft' })}
        />
        <CountTile
          label={t('home.counts.returned')}
          count={p.returned}
          href={linkHref({ name: 'list', area: 'applications' }, { state: 'returned' })}
        />
        <CountTile
          label={t('home.counts.overdueMilestones')}
          count={p.overdueMilestones}
          href={linkHref({ name: 'milestones' }, { overdue: true })}
        />
      </CountRow>
    </HomeSection>
  );
}

/** An expert who has other roles too: their reviews to do, opening the review workspace. */
export function ExpertHome({ e }: { e: NonNullable<HomeSummary['expert']> }) {
  const { t } = useTranslation();
  return (
    <HomeSection id="expert" title={t('home.expertSection')}>
      <CountRow label={t('home.countsLabel', { section: t('home.expertSection') })}>
        <CountTile
          label={t('home.counts.pendingReviews')}
          count={e.pendingReviews}
          href={linkHref({ name: 'reviews' }, { pendingOnly: true })}
        />
      </CountRow>
    </HomeSection>
  );
}

/** 审计: the log's size and its chain's last check (result and time), with the check offered. */
export function AuditHome({ a }: { a: NonNullable<HomeSummary['audit']> }) {
  const { t } = useTranslation();
  const check = useOpMutation('home.checkChain');
  const last = a.lastCheck;
  return (
    <HomeSection id="audit" title={t('home.auditSection')}>
      <div className="audit-home">
        <p>
          <a href={routeHash({ name: 'log' })}>{t('home.log')}</a> {t('home.logEntries', { count: a.entries })}
        </p>
        <h3 className="home-subtitle">{t('home.lastCheck')}</h3>
        {last ? (
          <Alert
            type={last.ok ? 'success' : 'error'}
            showIcon
            title={last.ok ? t('home.checkOk', { count: last.entries }) : t('home.checkBad', { message: last.message })}
            description={t('home.checkedBy', { by: last.by, at: formatTimestamp(last.at) })}
          />
        ) : (
          <p>{t('home.neverChecked')}</p>
        )}
        {check.error ? <Alert type="error" showIcon role="alert" title={check.error.message} /> : null}
        <Space>
          <Button type={last ? 'default' : 'primary'} loading={check.isPending} onClick={() => check.mutate({})}>
            {last ? t('home.checkAgain') : t('home.checkNow')}
          </Button>
          <Button href={routeHash({ name: 'log' })}>{t('home.openLog')}</Button>
        </Space>
      </div>
    </HomeSection>
  );
}

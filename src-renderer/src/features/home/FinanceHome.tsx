import type { HomeSummary, ProgramCard } from '@contract';
import { formatFen } from '@contract';
import { Card, Progress } from 'antd';
import { useTranslation } from 'react-i18next';
import { linkHref } from '../../app/linkQuery';
import { routeHash } from '../../app/router';
import { CountRow, CountTile, HomeSection } from './CountTile';

type Finance = NonNullable<HomeSummary['finance']>;

/** 财务: the queues with their counts, each opening the finance page on its tab; then each program's money. */
export function FinanceHome({ f }: { f: Finance }) {
  const { t } = useTranslation();
  const tile = (key: Exclude<keyof Finance, 'programs'>, tab: string, hint?: string) => (
    <CountTile
      key={key}
      label={t(`home.counts.${key}`)}
      count={f[key]}
      href={linkHref({ name: 'finance' }, { tab })}
      hint={hint}
    />
  );
  return (
    <HomeSection id="finance" title={t('home.financeSection')}>
      <CountRow label={t('home.countsLabel', { section: t('home.financeSection') })}>
        {tile('financeReview', 'finance_review')}
        {tile('financeReviewed', 'finance_reviewed')}
        {tile('noticeRunning', 'notice_running')}
        {tile('noticeEnded', 'notice_ended')}
        {tile('tranchesToRelease', 'tranches', t('home.hints.tranchesToRelease'))}
        {tile('adjustmentsToDecide', 'adjustments', t('home.hints.adjustmentsToDecide'))}
        {tile('openAdvances', 'advances', t('home.hints.openAdvances'))}
      </CountRow>
      <h3 className="home-subtitle">{t('home.programs')}</h3>
      <div className="program-cards" role="list" aria-label={t('home.programsLabel')}>
        {f.programs.map((p) => (
          <ProgramMoneyCard key={p.id} p={p} />
        ))}
      </div>
    </HomeSection>
  );
}

function ProgramMoneyCard({ p }: { p: ProgramCard }) {
  const { t } = useTranslation();
  const yuan = (fen: number) => t('home.yuan', { amount: formatFen(fen) });
  const rate = p.executionBasisPoints;
  return (
    <Card
      size="small"
      role="listitem"
      className="program-card"
      title={
        <a href={routeHash({ name: 'detail', area: 'fundPrograms', id: p.id })}>
          <span className="mono">{p.code}</span> {p.name}
        </a>
      }
    >
      <dl className="program-money">
        <dt>{t('home.allocated')}</dt>
        <dd>{yuan(p.allocatedFen)}</dd>
        <dt>{t('home.approved')}</dt>
        <dd>{yuan(p.approvedFen)}</dd>
        <dt>{t('home.released')}</dt>
        <dd>{yuan(p.releasedFen)}</dd>
        <dt>{t('home.spent')}</dt>
        <dd>{yuan(p.spentFen)}</dd>
        <dt>{t('home.executionRate')}</dt>
        <dd>
          {rate === null ? (
            t('home.noApproved')
          ) : (
            <Progress
              percent={Math.min(100, rate / 100)}
              format={() => `${(rate / 100).toFixed(2)}%`}
              size="small"
              aria-label={t('home.executionRate')}
            />
          )}
        </dd>
      </dl>
    </Card>
  );
}

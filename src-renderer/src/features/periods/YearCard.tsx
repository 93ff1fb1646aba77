import { CheckCircleFilled, CloseCircleFilled, LockFilled } from '@ant-design/icons';
import { Button, Descriptions, Tag } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { routeHash } from '../../app/router';
import { formatTimestamp } from '../../components/format';
import { pendingShown, yearState, type FiscalYearView, type YearState } from './display';

const TAG_COLORS: Record<YearState, string> = { locked: 'default', ready: 'success', blocked: 'warning' };
const ICONS: Record<YearState, typeof LockFilled> = {
  locked: LockFilled,
  ready: CheckCircleFilled,
  blocked: CloseCircleFilled,
};

/** Pending entries of the year (what keeps it from being locked), each linked to its project. */
function PendingList({ y }: { y: FiscalYearView }) {
  const { t } = useTranslation();
  const { shown, more } = pendingShown(y.pending);
  return (
    <div className="period-pending">
      <div className="period-subtitle">{t('periods.pendingTitle', { count: y.pending.length })}</div>
      <table className="period-pending-table" aria-label={t('periods.pendingLabel', { year: y.year })}>
        <thead>
          <tr>
            <th scope="col">{t('periods.pendingColumns.date')}</th>
            <th scope="col">{t('periods.pendingColumns.kind')}</th>
            <th scope="col">{t('periods.pendingColumns.project')}</th>
            <th scope="col">{t('periods.pendingColumns.ref')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((p) => (
            <tr key={`${p.kind}-${p.applicationId}-${p.ref}`}>
              <td>{p.date}</td>
              <td>{t(`periods.pendingKinds.${p.kind}`)}</td>
              <td>
                <a className="mono" href={routeHash({ name: 'project', id: p.applicationId, tab: 'tranches' })}>
                  {p.agreementNumber}
                </a>
              </td>
              <td>{t(`periods.pendingRef.${p.kind}`, { ref: p.ref })}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {more > 0 ? <p className="muted period-more">{t('periods.more', { count: more })}</p> : null}
    </div>
  );
}

/** One fiscal year: locked (by, at, note), or what keeps it from being locked, and 结账 when main offers it. */
export function YearCard({ y, onLock }: { y: FiscalYearView; onLock: (year: number) => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const state = yearState(y);
  const Icon = ICONS[state];
  return (
    <article className={`period-card period-${state}`} aria-labelledby={titleId}>
      <header className="period-head">
        <Icon className="period-icon" aria-hidden="true" />
        <h2 id={titleId} className="period-title">
          {t('periods.yearN', { year: y.year })}
        </h2>
        <Tag color={TAG_COLORS[state]} variant="filled" className="period-tag">
          {t(`periods.states.${state}`)}
        </Tag>
        {y.availableActions.includes('lock') ? (
          <Button
            className="period-lock"
            type="primary"
            aria-label={t('periods.lockOf', { year: y.year })}
            onClick={() => onLock(y.year)}
          >
            {t('periods.lock')}
          </Button>
        ) : null}
      </header>
      {state === 'ready' ? <p className="period-ready-note">{t('periods.readyNote')}</p> : null}
      {y.locked ? (
        <Descriptions size="small" column={{ xs: 1, md: 3 }} className="period-facts">
          <Descriptions.Item label={t('periods.lockedBy')}>{y.locked.by.displayName}</Descriptions.Item>
          <Descriptions.Item label={t('periods.lockedAt')}>{formatTimestamp(y.locked.at)}</Descriptions.Item>
          <Descriptions.Item label={t('periods.note')}>
            {y.locked.note ? <span className="pre-wrap">{y.locked.note}</span> : t('periods.noNote')}
          </Descriptions.Item>
        </Descriptions>
      ) : null}
      {/* A locked year's only blocker is that it is locked (period.alreadyLocked): the state says so already. */}
      {!y.locked && y.blockers.length > 0 ? (
        <ul className="period-blockers" aria-label={t('periods.blockersLabel', { year: y.year })}>
          {y.blockers.map((b) => (
            <li key={b.rule} data-rule={b.rule}>
              {b.message}
            </li>
          ))}
        </ul>
      ) : null}
      {!y.locked && y.pending.length > 0 ? <PendingList y={y} /> : null}
    </article>
  );
}

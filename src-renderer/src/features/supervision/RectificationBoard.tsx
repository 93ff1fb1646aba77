import type { RectificationAction, RectificationRow } from '@contract';
import { Alert, Button, Form, Input, Modal, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOp, useOpMutation } from '../../api/hooks';
import { routeHash } from '../../app/router';
import { QueryState } from '../../components/QueryState';
import { ReportActions } from '../reports/ReportActions';
import { laneOf, LANES, RectificationStateTag, SeverityTag } from './labels';

/** What the board is narrowed to (from the overview's numbers, or the filter bar). */
export interface BoardFilters {
  overdue?: boolean;
  districtCode?: string;
  organizationId?: number;
  organizationName?: string;
}

/**
 * 整改看板: one lane per stage (待整改 incl. 退回, 待验证, 已验证), deadlines and overdue marks on each card. The
 * actions are main's (availableActions); one the role allows but separation of duties holds back is shown
 * disabled with main's reason.
 */
export function RectificationBoard({
  applicationId,
  filters: narrowed,
}: {
  applicationId?: number;
  filters?: BoardFilters;
}) {
  const { t } = useTranslation();
  const filters = {
    ...(applicationId ? { applicationId } : {}),
    ...(narrowed?.overdue ? { overdue: true } : {}),
    ...(narrowed?.districtCode ? { districtCode: narrowed.districtCode } : {}),
    ...(narrowed?.organizationId ? { organizationId: narrowed.organizationId } : {}),
  };
  const list = useOp('rectifications.list', { page: 1, pageSize: 500, sort: [], search: '', filters });
  const [acting, setActing] = useState<{ row: RectificationRow; action: RectificationAction } | null>(null);
  if (!list.data) return <QueryState pending={list.isPending} error={list.error} />;
  const rows = list.data.rows;
  // The notice lists an organization's items not yet verified; with none open there is nothing to notify.
  const openOrgs = new Set(rows.filter((r) => r.state !== 'verified').map((r) => r.organizationId));
  const noticeWhy = (r: RectificationRow) =>
    openOrgs.has(r.organizationId) ? undefined : t('reports.generate.noOpenItems');
  return (
    <section className="rect-board" aria-label={t('supervision.boardLabel')}>
      {list.data.total > rows.length ? (
        <Alert
          type="info"
          showIcon
          title={t('supervision.boardTruncated', { shown: rows.length, total: list.data.total })}
        />
      ) : null}
      <div className="rect-lanes">
        {LANES.map((lane) => {
          const cards = rows.filter((r) => laneOf(r.state) === lane);
          return (
            <section key={lane} className={`rect-lane lane-${lane}`} aria-labelledby={`rect-lane-${lane}`}>
              <header className="rect-lane-head">
                <h4 id={`rect-lane-${lane}`}>{t(`supervision.lanes.${lane}`)}</h4>
                <span className="muted">{t('supervision.laneCount', { count: cards.length })}</span>
              </header>
              {cards.length === 0 ? <p className="muted">{t('supervision.laneEmpty')}</p> : null}
              {cards.map((r) => (
                <RectificationCard
                  key={r.id}
                  row={r}
                  noticeUnavailable={noticeWhy(r)}
                  onAct={(action) => setActing({ row: r, action })}
                />
              ))}
            </section>
          );
        })}
      </div>
      {acting ? <StepDialog row={acting.row} action={acting.action} onClose={() => setActing(null)} /> : null}
    </section>
  );
}

function RectificationCard({
  row: r,
  noticeUnavailable,
  onAct,
}: {
  row: RectificationRow;
  /** Why the organization's 整改通知书 cannot be made now, if so. */
  noticeUnavailable: string | undefined;
  onAct: (a: RectificationAction) => void;
}) {
  const { t } = useTranslation();
  return (
    <article className={`rect-card${r.overdue ? ' is-overdue' : ''}`} aria-label={r.ref}>
      <div className="rect-card-head">
        <SeverityTag severity={r.severity} />
        <RectificationStateTag state={r.state} />
        {r.overdue ? <Tag color="red">{t('supervision.overdue')}</Tag> : null}
      </div>
      <div className="rect-card-title">{r.ref}</div>
      <div className="muted">{r.requirement}</div>
      <div className="rect-card-meta">
        <a href={routeHash({ name: 'project', id: r.applicationId, tab: 'inspections' })}>{r.agreementNumber}</a>
        <span>{r.organizationName}</span>
      </div>
      <div className="rect-card-meta">
        <span>{t('supervision.deadlineOn', { date: r.deadline })}</span>
        <span>{t('supervision.responsibleOf', { name: r.responsiblePerson })}</span>
      </div>
      <div className="rect-card-actions">
        {r.availableActions.map((a) => (
          <Button key={a} size="small" type={a === 'verify' ? 'primary' : 'default'} onClick={() => onAct(a)}>
            {t(`supervision.actions.${a}`)}
          </Button>
        ))}
        {r.blocked.map((b) => (
          <Tooltip key={b.action} title={b.reason}>
            <Button size="small" disabled aria-description={b.reason}>
              {t(`supervision.actions.${b.action}`)}
            </Button>
          </Tooltip>
        ))}
      </div>
      {r.blocked.length > 0 ? <div className="rect-card-reason muted">{r.blocked[0]!.reason}</div> : null}
      <div
        className="rect-card-actions"
        role="group"
        aria-label={t('supervision.noticeFor', { name: r.organizationName })}
      >
        <ReportActions
          size="small"
          subject={{ kind: 'rectificationNotice', organizationId: r.organizationId }}
          unavailable={noticeUnavailable}
        />
      </div>
    </article>
  );
}

/** 登记整改材料 (a note), 验证 (a note) or 退回 (a reason); main checks the state and the duties again. */
function StepDialog({
  row,
  action,
  onClose,
}: {
  row: RectificationRow;
  action: RectificationAction;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const evidence = useOpMutation('rectifications.submitEvidence');
  const verify = useOpMutation('rectifications.verify');
  const reopen = useOpMutation('rectifications.reopen');
  const [text, setText] = useState('');
  const m = action === 'submitEvidence' ? evidence : action === 'verify' ? verify : reopen;
  const run = () =>
    action === 'submitEvidence'
      ? evidence.mutateAsync({ rectificationId: row.id, note: text, attachmentIds: [] })
      : action === 'verify'
        ? verify.mutateAsync({ rectificationId: row.id, note: text })
        : reopen.mutateAsync({ rectificationId: row.id, reason: text });
  return (
    <Modal
      open
      title={t(`supervision.actions.${action}`)}
      okText={t(`supervision.actions.${action}`)}
      cancelText={t('common.cancel')}
      confirmLoading={m.isPending}
      onOk={() => void run().then(onClose, () => undefined)}
      onCancel={onClose}
    >
      <p>
        <strong>{row.ref}</strong> · {row.agreementNumber}
      </p>
      <p className="muted">{row.requirement}</p>
      <Form layout="vertical" component="div">
        <Form.Item label={t(`supervision.stepText.${action}`)} required={action !== 'verify'} htmlFor="step-text">
          <Input.TextArea id="step-text" autoFocus value={text} onChange={(e) => setText(e.target.value)} />
        </Form.Item>
      </Form>
      {m.error ? <Alert type="error" showIcon title={m.error.message} /> : null}
    </Modal>
  );
}

import type { MilestoneView } from '@contract';
import { ClockCircleOutlined, FlagOutlined } from '@ant-design/icons';
import { App, Button, Tag, Tooltip } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../api/errors';
import { useOpMutation } from '../../../api/hooks';
import { useLocale } from '../../../app/i18n';
import { useSession } from '../../../app/session';
import { AttachmentItem } from '../../../components/attachments/AttachmentItem';
import { ErrorAlert } from '../../../components/FormErrors/FormAlert';
import { formatTimestamp } from '../../../components/format';
import { seqList, type MilestoneAction } from './display';
import { CompleteDialog } from './MilestoneDialogs';

interface Props {
  applicationId: number;
  milestone: MilestoneView;
  /** The project is closed (结项): read-only, so no repair of a broken evidence file either. */
  closed: boolean;
}

/**
 * One milestone on the board: its dates, who completed and who verified it, the evidence with its integrity
 * status, and only the actions main offers this user now — the completer never sees 验收.
 */
export function MilestoneCard({ applicationId, milestone: m, closed }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { user, can } = useSession();
  const { modal, message } = App.useApp();
  const titleId = useId();
  const [completing, setCompleting] = useState(false);
  const [refusal, setRefusal] = useState<{ action: MilestoneAction; error: ApiError } | null>(null);
  // A verification is a tranche gate: useOpMutation makes the tranche timeline stale with the board.
  const verify = useOpMutation('milestones.verify');
  const none = t('common.none');
  const seqs = seqList(m.trancheSeqs, locale);
  const isCompleter = m.state === 'completed' && m.completedBy?.id === user.id;

  const confirmVerify = () =>
    modal.confirm({
      title: t('milestones.titles.verify', { name: m.name }),
      content: t('milestones.verifyConfirm', { name: m.name }),
      okText: t('milestones.confirm.verify'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        setRefusal(null);
        try {
          await verify.mutateAsync({ milestoneId: m.id });
          void message.success(t('milestones.done.verify', { name: m.name }));
        } catch (e) {
          setRefusal({ action: 'verify', error: e as ApiError });
        }
      },
    });

  return (
    <article
      className={`milestone-card milestone-${m.state}${m.overdue ? ' milestone-overdue' : ''}`}
      aria-labelledby={titleId}
    >
      <header className="milestone-head">
        <h5 id={titleId} className="milestone-name">
          {m.name}
        </h5>
        <span className="milestone-tags">
          {m.trancheSeqs.length > 0 ? (
            <Tooltip title={t('milestones.trancheHint', { seqs })}>
              <Tag color="gold" icon={<FlagOutlined aria-hidden="true" />} className="milestone-tranche-tag">
                {t('milestones.trancheTagText', { seqs })}
              </Tag>
            </Tooltip>
          ) : null}
          {m.overdue ? (
            <Tooltip title={t('milestones.overdueHint', { date: m.plannedDate })}>
              <Tag color="error" icon={<ClockCircleOutlined aria-hidden="true" />}>
                {t('milestones.overdue')}
              </Tag>
            </Tooltip>
          ) : null}
        </span>
      </header>
      <dl className="milestone-facts">
        <dt>{t('milestones.plannedDate')}</dt>
        <dd className={m.overdue ? 'milestone-late' : undefined}>{m.plannedDate}</dd>
        {m.state !== 'planned' ? (
          <>
            <dt>{t('milestones.completedDate')}</dt>
            <dd>{m.completedDate ?? none}</dd>
            <dt>{t('milestones.completedBy')}</dt>
            <dd>
              {m.completedBy
                ? t('milestones.byAt', { name: m.completedBy.displayName, at: formatTimestamp(m.completedAt) })
                : none}
            </dd>
            <dt>{t('milestones.evidence')}</dt>
            <dd>
              {m.evidence ? (
                <AttachmentItem
                  attachment={m.evidence}
                  listed={m.evidence}
                  canRepair={!closed && can('attachments.upload')}
                />
              ) : (
                none
              )}
            </dd>
            {m.note ? (
              <>
                <dt>{t('milestones.note')}</dt>
                <dd className="milestone-note">{m.note}</dd>
              </>
            ) : null}
          </>
        ) : null}
        {m.state === 'verified' ? (
          <>
            <dt>{t('milestones.verifiedBy')}</dt>
            <dd>
              {m.verifiedBy
                ? t('milestones.byAt', { name: m.verifiedBy.displayName, at: formatTimestamp(m.verifiedAt) })
                : none}
            </dd>
          </>
        ) : null}
      </dl>
      {refusal ? (
        <ErrorAlert
          className="milestone-alert"
          error={refusal.error}
          title={t('milestones.refused', { name: m.name, action: t(`milestones.actions.${refusal.action}`) })}
        />
      ) : null}
      {isCompleter ? <p className="muted milestone-hint">{t('milestones.completerNote')}</p> : null}
      {m.state === 'completed' && m.evidence && m.evidence.status !== 'ok' ? (
        <p className="milestone-hint milestone-warning">{t('milestones.evidenceBroken')}</p>
      ) : null}
      {m.availableActions.length > 0 ? (
        <div className="milestone-actions" role="toolbar" aria-label={t('milestones.actionsOf', { name: m.name })}>
          {m.availableActions.includes('complete') ? (
            <Button
              size="small"
              type="primary"
              onClick={() => {
                setRefusal(null);
                setCompleting(true);
              }}
            >
              {t('milestones.actions.complete')}
            </Button>
          ) : null}
          {m.availableActions.includes('verify') ? (
            <Button size="small" type="primary" loading={verify.isPending} onClick={confirmVerify}>
              {t('milestones.actions.verify')}
            </Button>
          ) : null}
        </div>
      ) : null}
      {completing ? (
        <CompleteDialog applicationId={applicationId} milestone={m} onClose={() => setCompleting(false)} />
      ) : null}
    </article>
  );
}

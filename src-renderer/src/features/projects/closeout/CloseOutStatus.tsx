import type { CloseOutView } from '@contract';
import { Button, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { failedEntries, statusOf } from './display';

const STATUS_COLORS = { open: 'warning', ready: 'success', closed: 'default' } as const;

interface Props {
  view: CloseOutView;
  onRecord: () => void;
  onClose: () => void;
}

/**
 * Where the project stands (未结项 / 可以结项) and why, and only the actions main offers this user now
 * (permission ∩ project open ∩, for 结项, every item held). Main checks each call again.
 */
export function CloseOutStatus({ view, onRecord, onClose }: Props) {
  const { t } = useTranslation();
  const status = statusOf(view);
  const actions = view.closed ? [] : view.availableActions;
  const failed = failedEntries(view.checklist).length;
  const why =
    status === 'ready'
      ? actions.includes('close')
        ? t('closeOut.ready')
        : t('closeOut.readyNoPermission')
      : t('closeOut.notReady', { count: failed });

  return (
    <div className="closeout-status" role="group" aria-label={t('closeOut.statusLabel')}>
      <Tag color={STATUS_COLORS[status]} variant="filled" className="closeout-status-tag">
        {t(`closeOut.status.${status}`)}
      </Tag>
      <span className={status === 'ready' ? 'closeout-why' : 'closeout-why closeout-why-blocked'}>{why}</span>
      {actions.length > 0 ? (
        <div className="action-bar closeout-actions" role="toolbar" aria-label={t('closeOut.actionsLabel')}>
          {actions.includes('recordRecovery') ? (
            <Button onClick={onRecord}>{t('closeOut.recordRecovery')}</Button>
          ) : null}
          {actions.includes('close') ? (
            <Button type="primary" danger onClick={onClose}>
              {t('closeOut.close')}
            </Button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

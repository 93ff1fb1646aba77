import type { TrancheView } from '@contract';
import { formatFen } from '@contract';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../api/errors';
import { useOpMutation } from '../../../api/hooks';
import { orderedActions, type TrancheAction } from '../display';
import { PrepareDialog, ReasonDialog, ReverseDialog } from './TrancheDialogs';

interface Props {
  tranche: TrancheView;
  /** A refused release goes to the card's alert, naming the tranche and the action. */
  onError: (refusal: { action: TrancheAction; error: ApiError } | null) => void;
}

/**
 * Only what main offers this user now (state machine ∩ permission ∩ maker–checker): the maker of a
 * preparation never sees 确认拨付, an auditor sees no buttons. Main checks every call again.
 */
export function TrancheActions({ tranche, onError }: Props) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const release = useOpMutation('tranches.release');
  const [dialog, setDialog] = useState<Exclude<TrancheAction, 'release'> | null>(null);
  const actions = orderedActions(tranche.availableActions);
  if (actions.length === 0) return null;
  const n = tranche.seq;

  const confirmRelease = () =>
    modal.confirm({
      title: t('tranches.titles.release', { n }),
      content: t('tranches.releaseConfirm', {
        n,
        amount: formatFen(tranche.amountFen),
        voucherNo: tranche.voucherNo ?? '',
        date: tranche.voucherDate ?? '',
      }),
      okText: t('tranches.confirm.release'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        onError(null);
        try {
          await release.mutateAsync({ trancheId: tranche.id });
          void message.success(t('tranches.done.release', { n }));
        } catch (e) {
          onError({ action: 'release', error: e as ApiError });
        }
      },
    });

  return (
    <div className="action-bar tranche-actions" role="toolbar" aria-label={t('tranches.actionsOfN', { n })}>
      {actions.map((a) => (
        <Button
          key={a}
          type={a === 'prepare' || a === 'release' ? 'primary' : 'default'}
          danger={a === 'reverse' || a === 'cancel'}
          loading={a === 'release' && release.isPending}
          onClick={() => {
            onError(null);
            if (a === 'release') confirmRelease();
            else setDialog(a);
          }}
        >
          {t(`tranches.actions.${a}`)}
        </Button>
      ))}
      {dialog === 'prepare' ? <PrepareDialog tranche={tranche} onClose={() => setDialog(null)} /> : null}
      {dialog === 'withdraw' || dialog === 'cancel' ? (
        <ReasonDialog tranche={tranche} kind={dialog} onClose={() => setDialog(null)} />
      ) : null}
      {dialog === 'reverse' ? <ReverseDialog tranche={tranche} onClose={() => setDialog(null)} /> : null}
    </div>
  );
}

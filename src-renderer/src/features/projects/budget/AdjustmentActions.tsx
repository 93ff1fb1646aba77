import type { BudgetAdjustmentView } from '@contract';
import { ops } from '@contract';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../api/errors';
import { useOpMutation } from '../../../api/hooks';
import { FormDialog } from '../../../components/FormErrors/FormDialog';
import { useSchemaForm } from '../../../components/FormErrors/useSchemaForm';
import { ReasonField } from '../../../components/FormErrors/ReasonField';

export type AdjustmentAction = BudgetAdjustmentView['availableActions'][number];
const ORDER: readonly AdjustmentAction[] = ['approve', 'reject', 'withdraw'];

interface Props {
  adjustment: BudgetAdjustmentView;
  /** Its number within the project, for the titles and messages. */
  seq: number;
  /** The version an approval makes (the current one + 1), for the confirmation. */
  nextVersion: number;
  onError: (refusal: { action: AdjustmentAction; error: ApiError } | null) => void;
}

/** 驳回 needs a reason, which the requester then reads on the request. */
function RejectDialog({
  adjustment,
  seq,
  onClose,
}: {
  adjustment: BudgetAdjustmentView;
  seq: number;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reject = useOpMutation('budgets.rejectAdjustment');
  const id = adjustment.id;
  const schema = ops['budgets.rejectAdjustment'].input;
  const form = useSchemaForm({
    formId: `adjustment-${id}-reject`,
    schema,
    initial: { reason: '' },
    toInput: (d: { reason: string }) => ({ adjustmentId: id, reason: d.reason }),
    knownPaths: ['reason'],
    onValid: async (input) => {
      await reject.mutateAsync(input);
      void message.success(t('budget.done.reject', { seq }));
      onClose();
    },
  });
  return (
    <FormDialog
      title={t('budget.rejectTitle', { seq })}
      form={form}
      onClose={onClose}
      okText={t('budget.rejectOk')}
      danger
    >
      <ReasonField form={form} autoFocus />
    </FormDialog>
  );
}

/**
 * Only what main offers this user on this request: the requester sees 撤回 and never 批准 (separation of
 * duties), a colleague in finance sees 批准 / 驳回, an auditor nothing. Main checks every call again.
 */
export function AdjustmentActions({ adjustment: a, seq, nextVersion, onError }: Props) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const approve = useOpMutation('budgets.approveAdjustment');
  const withdraw = useOpMutation('budgets.withdrawAdjustment');
  const [rejecting, setRejecting] = useState(false);
  const actions = ORDER.filter((x) => a.availableActions.includes(x));
  if (actions.length === 0) return null;
  const id = a.id;

  const confirm = (action: 'approve' | 'withdraw') =>
    modal.confirm({
      title: t(action === 'approve' ? 'budget.approveTitle' : 'budget.withdrawTitle', { seq }),
      content: action === 'approve' ? t('budget.approveText', { n: nextVersion }) : t('budget.withdrawText'),
      okText: t(action === 'approve' ? 'budget.approveOk' : 'budget.withdrawOk'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        onError(null);
        try {
          if (action === 'approve') {
            const done = await approve.mutateAsync({ adjustmentId: id });
            void message.success(t('budget.done.approve', { seq, n: done.resultVersion ?? nextVersion }));
          } else {
            await withdraw.mutateAsync({ adjustmentId: id });
            void message.success(t('budget.done.withdraw', { seq }));
          }
        } catch (e) {
          onError({ action, error: e as ApiError });
        }
      },
    });

  return (
    <div className="action-bar budget-actions" role="toolbar" aria-label={t('budget.actionsOfN', { seq })}>
      {actions.map((x) => (
        <Button
          key={x}
          type={x === 'approve' ? 'primary' : 'default'}
          danger={x === 'reject'}
          loading={(x === 'approve' && approve.isPending) || (x === 'withdraw' && withdraw.isPending)}
          onClick={() => {
            onError(null);
            if (x === 'reject') setRejecting(true);
            else confirm(x);
          }}
        >
          {t(`budget.actions.${x}`)}
        </Button>
      ))}
      {rejecting ? <RejectDialog adjustment={a} seq={seq} onClose={() => setRejecting(false)} /> : null}
    </div>
  );
}

import type { BudgetView } from '@contract';
import { ops } from '@contract';
import { App } from 'antd';
import dayjs from 'dayjs';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../components/FormErrors/FormDialog';
import { useSchemaForm } from '../../../components/FormErrors/useSchemaForm';
import { ExpenditureFields } from './ExpenditureFields';
import {
  defaultPostingDate,
  emptyExpenditure,
  EXPENDITURE_FIELDS,
  toExpenditure,
  type ExpenditureDraft,
} from './expenditure';
import { useOpMutation } from '../../../api/hooks';

/**
 * 登记支出: one expenditure against a line of the current budget. Main assigns the voucher number and checks
 * every posting rule (period, category, forbidden cost types, tolerance, grant received or 垫支, locked year);
 * a refusal names the rule above the form and the field it concerns.
 */
export function PostDialog({ view, onClose }: { view: BudgetView; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const post = useOpMutation('ledger.post');
  const { applicationId } = view;
  const toInput = useCallback((d: ExpenditureDraft) => ({ applicationId, ...toExpenditure(d) }), [applicationId]);
  const schema = ops['ledger.post'].input;
  const form = useSchemaForm({
    formId: `ledger-${applicationId}-post`,
    schema,
    initial: () => emptyExpenditure(defaultPostingDate(dayjs().format('YYYY-MM-DD'), view.periodStart, view.periodEnd)),
    toInput,
    knownPaths: [...EXPENDITURE_FIELDS],
    onValid: async (input) => {
      const row = await post.mutateAsync(input);
      void message.success(t('ledger.posted', { voucherNo: row.voucherNo }));
      onClose();
    },
  });
  return (
    <FormDialog
      title={t('ledger.postTitle')}
      form={form}
      onClose={onClose}
      okText={t('ledger.postOk')}
      width={760}
      notice={<p className="muted">{t('ledger.postHint')}</p>}
    >
      <ExpenditureFields
        form={form}
        prefix=""
        value={form.draft}
        lines={view.execution.rows}
        autoFocus
        onChange={(patch, key) => form.update((d) => ({ ...d, ...patch }), [key])}
      />
    </FormDialog>
  );
}

import type { BudgetView } from '@contract';
import { ops } from '@contract';
import { App } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../components/FormErrors/FormDialog';
import { useSchemaForm } from '../../../components/FormErrors/useSchemaForm';
import { useOwnLabels } from '../budget/ownLabels';
import { ExpenditureFields } from './ExpenditureFields';
import {
  defaultPostingDate,
  emptyExpenditure,
  EXPENDITURE_FIELDS,
  toExpenditure,
  type ExpenditureDraft,
} from './expenditure';
import { useOpMutation } from '../../../api/hooks';

/** The labels refusals name a field by, as the form shows them ("费用类型：中央财政资金不得列支管理费…"). */
export function useExpenditureLabels(prefix: '' | 'replacement.' = ''): Record<string, string> {
  const { t } = useTranslation();
  return useMemo(
    () =>
      Object.fromEntries(
        EXPENDITURE_FIELDS.map((k) => {
          const label = t(`ledger.fields.${k}`);
          return [`${prefix}${k}`, prefix ? t('ledger.replacementField', { field: label }) : label];
        }),
      ),
    [t, prefix],
  );
}

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
  const labels = useExpenditureLabels();
  const toInput = useCallback((d: ExpenditureDraft) => ({ applicationId, ...toExpenditure(d) }), [applicationId]);
  const schema = ops['ledger.post'].input;
  const form = useOwnLabels(
    useSchemaForm({
      formId: `ledger-${applicationId}-post`,
      schema,
      initial: () =>
        emptyExpenditure(defaultPostingDate(dayjs().format('YYYY-MM-DD'), view.periodStart, view.periodEnd)),
      toInput,
      knownPaths: [...EXPENDITURE_FIELDS],
      onValid: async (input) => {
        const row = await post.mutateAsync(input);
        void message.success(t('ledger.posted', { voucherNo: row.voucherNo }));
        onClose();
      },
    }),
    labels,
    schema,
  );
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

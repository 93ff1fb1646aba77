import type { CloseOutView } from '@contract';
import { formatFen, ops } from '@contract';
import { Alert, App, Input } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useOpMutation } from '../../../api/hooks';
import { Field } from '../../../components/FormErrors/Field';
import { FormDialog } from '../../../components/FormErrors/FormDialog';
import { useSchemaForm } from '../../../components/FormErrors/useSchemaForm';
import { shanghaiToday } from './display';
import { DateField } from './formParts';

const SCHEMA = ops['closeOut.close'].input;

interface Draft {
  closedDate: string | null;
  note: string;
}

/**
 * 结项, confirmed knowing what it means: the project becomes read-only for good. Main evaluates the checklist
 * again; a refusal names every item that fails (and any problem with the date) above the form.
 */
export function CloseDialog({ view, onClose }: { view: CloseOutView; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const close = useOpMutation('closeOut.close');
  const { applicationId, balance: b } = view;
  const toInput = useCallback((d: Draft) => ({ applicationId, ...d }), [applicationId]);
  const form = useSchemaForm({
    formId: `closeout-${applicationId}-close`,
    schema: SCHEMA,
    initial: (): Draft => ({ closedDate: shanghaiToday(), note: '' }),
    toInput,
    knownPaths: ['closedDate', 'note'],
    onValid: async (input) => {
      await close.mutateAsync(input);
      void message.success(t('closeOut.closeDialog.done'));
      onClose();
    },
  });
  const label = (k: keyof Draft) => t(`closeOut.closeDialog.fields.${k}`);

  return (
    <FormDialog
      title={t('closeOut.closeDialog.title')}
      form={form}
      onClose={onClose}
      okText={t('closeOut.closeDialog.ok')}
      danger
      width={620}
      notice={
        <div className="closeout-dialog-notice">
          <Alert
            type="warning"
            showIcon
            title={t('closeOut.closeDialog.warningTitle')}
            description={t('closeOut.closeDialog.warning')}
          />
          <p className="muted">
            {t('closeOut.closeDialog.summary', {
              received: formatFen(b.grantReceivedFen),
              spent: formatFen(b.grantSpentFen),
              recovered: formatFen(b.grantRecoveredFen),
              after: formatFen(b.grantBalanceAfterRecoveryFen),
            })}
          </p>
        </div>
      }
    >
      <DateField form={form} path="closedDate" label={label('closedDate')} />
      <Field form={form} path="note" label={label('note')}>
        {(c) => (
          <Input.TextArea
            {...c}
            autoSize={{ minRows: 3, maxRows: 8 }}
            maxLength={1000}
            value={form.draft.note}
            onChange={(e) => form.set('note', e.target.value)}
          />
        )}
      </Field>
    </FormDialog>
  );
}

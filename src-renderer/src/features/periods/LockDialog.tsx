import { ops } from '@contract';
import { Alert, App, Input } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useOpMutation } from '../../api/hooks';
import { Field } from '../../components/FormErrors/Field';
import { FormDialog } from '../../components/FormErrors/FormDialog';
import { useSchemaForm } from '../../components/FormErrors/useSchemaForm';

const SCHEMA = ops['periods.lock'].input;

/**
 * 结账 of one fiscal year, confirmed knowing it is final. Main checks again (the year has ended, nothing in it
 * waits to be posted, not locked already); a refusal names each rule above the form.
 */
export function LockDialog({ year, onClose }: { year: number; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const lock = useOpMutation('periods.lock');
  const toInput = useCallback((d: { note: string }) => ({ year, note: d.note }), [year]);
  const form = useSchemaForm({
    formId: `period-${year}-lock`,
    schema: SCHEMA,
    initial: { note: '' },
    toInput,
    knownPaths: ['note', 'year'],
    onValid: async (input) => {
      await lock.mutateAsync(input);
      void message.success(t('periods.dialog.done', { year }));
      onClose();
    },
  });
  return (
    <FormDialog
      title={t('periods.dialog.title', { year })}
      form={form}
      onClose={onClose}
      okText={t('periods.dialog.ok')}
      danger
      notice={
        <Alert
          className="period-dialog-warning"
          type="warning"
          showIcon
          title={t('periods.dialog.warningTitle')}
          description={t('periods.dialog.warning', { year })}
        />
      }
    >
      <Field form={form} path="note" label={t('periods.dialog.note')}>
        {(c) => (
          <Input.TextArea
            {...c}
            autoFocus
            autoSize={{ minRows: 3, maxRows: 8 }}
            maxLength={500}
            value={form.draft.note}
            onChange={(e) => form.set('note', e.target.value)}
          />
        )}
      </Field>
    </FormDialog>
  );
}

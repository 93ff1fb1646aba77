import type { CloseOutView, Locale, RecoveryKind } from '@contract';
import { fieldLabel, fieldMessage, formatFen, ops, RECOVERY_KINDS, ruleMessage } from '@contract';
import { App, Input, Radio } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useOpMutation } from '../../../api/hooks';
import { AmountInput } from '../../../components/AmountInput/AmountInput';
import { Field } from '../../../components/FormErrors/Field';
import { FormDialog } from '../../../components/FormErrors/FormDialog';
import { useSchemaForm } from '../../../components/FormErrors/useSchemaForm';
import { shanghaiToday } from './display';
import { DateField } from './formParts';

const SCHEMA = ops['closeOut.recordRecovery'].input;
const PATHS = ['kind', 'amountFen', 'voucherNo', 'date', 'reason'];

/** Main asks a reason for disallowed spending only; say so under the field before the call, in main's words. */
function reasonCheck(d: Draft, locale: Locale): Record<string, string> {
  if (d.kind !== 'disallowed' || d.reason.trim() !== '') return {};
  const label = fieldLabel(['reason'], locale, 'closeOut');
  return { reason: fieldMessage(label, ruleMessage('recovery.reasonRequired', locale), locale) };
}

interface Draft {
  kind: RecoveryKind;
  amountFen: number | null;
  voucherNo: string;
  date: string | null;
  reason: string;
}

/**
 * 登记资金收回: unspent grant money paid back, or spending found ineligible and paid back, with the bureau's
 * receipt voucher. Main checks it again (never beyond the grant received, not into a locked year) and a
 * refusal lists every rule above the form.
 */
export function RecoveryDialog({ view, onClose }: { view: CloseOutView; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const record = useOpMutation('closeOut.recordRecovery');
  const { applicationId } = view;
  const label = (k: keyof Draft) => t(`closeOut.recovery.fields.${k}`);
  const toInput = useCallback((d: Draft) => ({ applicationId, ...d }), [applicationId]);
  const form = useSchemaForm({
    formId: `closeout-${applicationId}-recovery`,
    schema: SCHEMA,
    initial: (): Draft => ({ kind: 'unspent', amountFen: null, voucherNo: '', date: shanghaiToday(), reason: '' }),
    toInput,
    knownPaths: PATHS,
    extraCheck: reasonCheck,
    onValid: async (input) => {
      await record.mutateAsync(input);
      void message.success(t('closeOut.recovery.done', { amount: formatFen(input.amountFen) }));
      onClose();
    },
  });
  const d = form.draft;
  const outstanding = view.recoveryDue.outstandingFen;

  return (
    <FormDialog
      title={t('closeOut.recovery.title')}
      form={form}
      onClose={onClose}
      okText={t('closeOut.recovery.ok')}
      width={620}
      notice={<p className="muted">{t('closeOut.recovery.hint')}</p>}
    >
      <Field form={form} path="kind" label={label('kind')} required group>
        {(c) => (
          <Radio.Group
            aria-labelledby={c['aria-labelledby']}
            aria-invalid={c['aria-invalid']}
            value={d.kind}
            onChange={(e) => form.set('kind', e.target.value as RecoveryKind)}
            options={RECOVERY_KINDS.map((k) => ({ value: k, label: t(`closeOut.kinds.${k}`) }))}
          />
        )}
      </Field>
      <Field
        form={form}
        path="amountFen"
        label={label('amountFen')}
        required
        extra={outstanding > 0 ? t('closeOut.recovery.outstanding', { amount: formatFen(outstanding) }) : undefined}
      >
        {(c) => (
          <AmountInput
            {...c}
            fieldLabel={label('amountFen')}
            value={d.amountFen}
            onChange={(fen, error) => {
              form.setAmountInvalid('amountFen', error !== null);
              form.set('amountFen', fen);
            }}
          />
        )}
      </Field>
      <Field form={form} path="voucherNo" label={label('voucherNo')} required>
        {(c) => (
          <Input
            {...c}
            autoComplete="off"
            maxLength={40}
            value={d.voucherNo}
            onChange={(e) => form.set('voucherNo', e.target.value)}
          />
        )}
      </Field>
      <DateField form={form} path="date" label={label('date')} />
      <Field
        form={form}
        path="reason"
        label={label('reason')}
        required={d.kind === 'disallowed'}
        extra={d.kind === 'disallowed' ? t('closeOut.recovery.disallowedHint') : undefined}
      >
        {(c) => (
          <Input.TextArea
            {...c}
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={500}
            value={d.reason}
            onChange={(e) => form.set('reason', e.target.value)}
          />
        )}
      </Field>
    </FormDialog>
  );
}

import type { IndicatorView } from '@contract';
import { App, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useOpMutation } from '../../../api/hooks';
import { Field } from '../../../components/FormErrors/Field';
import { FormDialog } from '../../../components/FormErrors/FormDialog';
import { useSchemaForm } from '../../../components/FormErrors/useSchemaForm';
import { DateField, SCHEMAS, today } from './formParts';

interface RecordDraft {
  date: string | null;
  value: string;
  note: string;
}

/**
 * 记录完成值: a date, the value as decimal text (main parses it exactly: "95.5", full-width digits too) and a
 * note. Main's refusals (not a number, negative, too many decimals, a future date) appear once, under the
 * field main names.
 */
export function RecordDialog({ indicator, onClose }: { indicator: IndicatorView; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  // The readings live on the milestone board (milestones.list): useOpMutation makes it stale too.
  const record = useOpMutation('indicators.record');
  const form = useSchemaForm({
    formId: `indicator-${indicator.indicatorId}-record`,
    schema: SCHEMAS.record,
    initial: (): RecordDraft => ({ date: today(), value: '', note: '' }),
    toInput: (d: RecordDraft) => ({ indicatorId: indicator.indicatorId, date: d.date, value: d.value, note: d.note }),
    knownPaths: ['date', 'value', 'note'],
    onValid: async (input) => {
      const view = await record.mutateAsync(input);
      // The value as main stored it (canonical decimal): the reading just added has the highest id.
      const added = view.readings.reduce<(typeof view.readings)[number] | null>(
        (a, r) => (a === null || r.id > a.id ? r : a),
        null,
      );
      void message.success(t('indicators.done.record', { name: view.name, value: added?.value ?? input.value }));
      onClose();
    },
  });
  return (
    <FormDialog
      title={t('indicators.titles.record', { name: indicator.name })}
      form={form}
      onClose={onClose}
      okText={t('indicators.confirm.record')}
      notice={<p className="muted">{t('indicators.recordHint')}</p>}
    >
      <DateField form={form} path="date" />
      <Field
        form={form}
        path="value"
        required
        extra={t('indicators.valueHint', { target: indicator.target, unit: indicator.unit })}
      >
        {(c) => (
          <Input
            {...c}
            autoFocus
            autoComplete="off"
            inputMode="decimal"
            maxLength={32}
            suffix={indicator.unit || undefined}
            value={form.draft.value}
            onChange={(e) => form.set('value', e.target.value)}
          />
        )}
      </Field>
      <Field form={form} path="note">
        {(c) => (
          <Input.TextArea
            {...c}
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={500}
            value={form.draft.note}
            onChange={(e) => form.set('note', e.target.value)}
          />
        )}
      </Field>
    </FormDialog>
  );
}

import { ops } from '@contract';
import { DatePicker } from 'antd';
import dayjs from 'dayjs';
import { Field } from '../../../components/FormErrors/Field';
import type { FormApi } from '../../../components/FormErrors/useSchemaForm';

/**
 * The op schemas as the dialogs validate with them, scoped by area like main scopes its messages, so a field
 * is named by its own label ("里程碑名称", "完成值") rather than by a generic one.
 */
export const SCHEMAS = {
  plan: ops['milestones.plan'].input,
  complete: ops['milestones.complete'].input,
  record: ops['indicators.record'].input,
};

export const today = () => dayjs().format('YYYY-MM-DD');

interface DateFieldProps<D> {
  form: FormApi<D>;
  path: keyof D & string;
  extra?: string;
  autoFocus?: boolean;
}

/** A required 'YYYY-MM-DD' field; typing a date and pressing Enter works as well as picking one. */
export function DateField<D>({ form, path, extra, autoFocus }: DateFieldProps<D>) {
  const value = form.draft[path] as string | null;
  return (
    <Field form={form} path={path} required extra={extra}>
      {(c) => (
        <DatePicker
          {...c}
          autoFocus={autoFocus}
          style={{ width: '100%' }}
          format="YYYY-MM-DD"
          value={value ? dayjs(value) : null}
          onChange={(v) => {
            form.update((d) => ({ ...d, [path]: v ? v.format('YYYY-MM-DD') : null }), [path]);
            form.touch(path);
          }}
        />
      )}
    </Field>
  );
}

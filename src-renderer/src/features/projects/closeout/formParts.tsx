import { DatePicker } from 'antd';
import dayjs from 'dayjs';
import { Field } from '../../../components/FormErrors/Field';
import type { FormApi } from '../../../components/FormErrors/useSchemaForm';

interface DateFieldProps<D> {
  form: FormApi<D>;
  path: keyof D & string;
  label: string;
  autoFocus?: boolean;
}

/** A required 'YYYY-MM-DD' date with its label and error, typed or picked. */
export function DateField<D>({ form, path, label, autoFocus }: DateFieldProps<D>) {
  const value = form.draft[path] as string | null;
  return (
    <Field form={form} path={path} label={label} required>
      {(c) => (
        <DatePicker
          {...c}
          autoFocus={autoFocus}
          style={{ width: '100%' }}
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
